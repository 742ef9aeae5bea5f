// {place} patterns of data/lang/<code>/actor-patterns.tsv: parsed with clear errors, kept out of the generated aliases,
// and read as the words around a place ("police de {place}").
import { describe, expect, it } from 'vitest';
import { parseActorPatterns, placeForcePatterns, type LangData } from '../../src/knowledge/lang-data.js';
import { createKnowledge } from '../../src/knowledge/create-knowledge.js';
import { KnowledgeDataError } from '../../src/knowledge/errors.js';

const roles = new Set(['GOV', 'POL']);

describe('{place} actor patterns', () => {
  it('parse at the start or the end of a phrase', () => {
    const rows = parseActorPatterns('POL\tpolice de {place}\nPOL\t{place} police\n', 'x.tsv', roles);
    expect(rows.map((r) => r.pattern)).toEqual(['police de {place}', '{place} police']);
  });

  it('reject {place} inside a phrase, alone, or beside another placeholder, naming file, line and field', () => {
    const bad = (text: string) => () => parseActorPatterns(text, 'fr/actor-patterns.tsv', roles);
    expect(bad('GOV\t{country}\nPOL\tla {place} police\n')).toThrow(KnowledgeDataError);
    expect(bad('GOV\t{country}\nPOL\tla {place} police\n')).toThrow(/fr\/actor-patterns\.tsv.*2.*pattern/);
    expect(bad('POL\t{place}\n')).toThrow(/\{place\} stands alone/);
    expect(bad('POL\tpolice {dem.f} de {place}\n')).toThrow(KnowledgeDataError);
  });

  it('become words before or after the place, per language', () => {
    const lang = (code: string, patterns: string): LangData => ({ code, placeStopwords: [], placeHints: [], plural: [], actorPatterns: parseActorPatterns(patterns, `${code}.tsv`, roles) });
    const m = placeForcePatterns([lang('fr', 'GOV\t{country}\nPOL\tpolice de {place}\n'), lang('en', 'POL\t{place} police\n'), lang('xx', 'GOV\t{country}\n')]);
    expect(m.get('fr')).toEqual([{ role: 'POL', words: 'police de', position: 'before' }]);
    expect(m.get('en')).toEqual([{ role: 'POL', words: 'police', position: 'after' }]);
    expect(m.has('xx')).toBe(false);
  });

  it('generate no alias of their own for a country', () => {
    const fr: LangData = { code: 'fr', placeStopwords: [], placeHints: [], plural: [], actorPatterns: parseActorPatterns('POL\tpolice de {place}\nPOL\tpolice {dem.f}\n', 'fr.tsv', roles) };
    const k = createKnowledge({
      langs: [fr],
      stateRoles: { text: 'GOV\tgovernment\t{country}\nPOL\tmilitary\tPolice forces of {country}\n', source: 'state-roles.tsv' },
      countries: [{ iso3: 'JPN', iso2: 'JP', name: 'Japan', gid: null, capital: null, names: { fr: ['Japon'] }, demonyms: { fr: { m: 'japonais', f: 'japonaise' } } }],
    });
    expect(k.findActors('La police japonaise a arrêté deux hommes.', 'fr').map((a) => a.actor.id)).toContain('JPN-POL');
    expect(k.findActors('La police de {place} a arrêté deux hommes.', 'fr').map((a) => a.actor.id)).not.toContain('JPN-POL');
    expect(k.placeForces?.get('fr')).toEqual([{ role: 'POL', words: 'police de', position: 'before' }]);
  });
});
