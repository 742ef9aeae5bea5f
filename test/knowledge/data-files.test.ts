// Contract over the committed knowledge data (as the language-pack contract does for packs):
// every row of every file loads, and every alias finds the actor of its row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeDataDir, loadKnowledge, nameKey } from '../../src/knowledge/index.js';
import { gunzipSync } from 'node:zlib';
import { parsePlural, pluralize, tsvRows } from '../../src/knowledge/lang-data.js';
import type { CountryRecord } from '../../src/knowledge/index.js';
import { forcePhrases } from '../../src/extract/actors/place-forces.js';

const DATA = knowledgeDataDir();
const k = loadKnowledge();
const tsv = (dir: string): string[] => readdirSync(join(DATA, dir)).filter((f) => f.endsWith('.tsv')).sort();
const LANGS = readdirSync(join(DATA, 'lang')).sort();

interface AliasCase { file: string; line: number; id: string; lang: string; alias: string }
const aliasCases: AliasCase[] = tsv('actors')
  .filter((f) => f !== 'state-roles.tsv' && f !== 'tenures.tsv')
  .flatMap((file) =>
    tsvRows(readFileSync(join(DATA, 'actors', file), 'utf8')).flatMap(({ line, cols }) =>
      (cols[5] ?? '').split('|').filter(Boolean).flatMap((alias) =>
        (cols[4] === '*' ? LANGS : [cols[4] ?? '']).map((lang) => ({ file, line, id: cols[0] ?? '', lang, alias: alias.trim() })),
      ),
    ),
  );

describe('actor data files', () => {
  it('has aliases to check', () => {
    expect(aliasCases.length).toBeGreaterThan(500);
  });

  it.each(aliasCases)('$file:$line $alias ($lang) → $id', ({ id, lang, alias }) => {
    const [m] = k.findActors(alias, lang, null);
    expect(m, `"${alias}" not found`).toBeDefined();
    expect(m!.text).toBe(alias);
    expect(m!.actor.id).toBe(id);
  });

  it('every tenure names a person and a role that exist', () => {
    for (const { cols } of tsvRows(readFileSync(join(DATA, 'actors', 'tenures.tsv'), 'utf8'))) {
      expect(k.getActor(cols[0] ?? '')?.roles?.some((r) => r.org === cols[1])).toBe(true);
    }
  });
});

const countries = JSON.parse(gunzipSync(readFileSync(join(DATA, 'compiled', 'countries.json.gz'))).toString('utf8')) as CountryRecord[];
const ukraine = countries.find((c) => c.iso3 === 'UKR')!;
/** Ukraine's demonym in a language, in the form a pattern asks for (plural by the language's rules). */
function demonym(lang: string, form: string): string {
  const d = ukraine.demonyms[lang] ?? { m: 'Ukrainian', f: 'Ukrainian' };
  const plural = parsePlural(readFileSync(join(DATA, 'lang', lang, 'plural.tsv'), 'utf8'), 'plural.tsv');
  return { m: d.m, f: d.f, mp: pluralize(d.m, plural), fp: pluralize(d.f, plural) }[form] ?? d.m;
}

describe.each(LANGS)('language %s', (lang) => {
  const dir = join(DATA, 'lang', lang);
  it('every actor pattern generates the actor of its role for a country with demonyms', () => {
    for (const { cols } of tsvRows(readFileSync(join(dir, 'actor-patterns.tsv'), 'utf8'))) {
      const [role, pattern] = cols as [string, string];
      if (pattern.includes('{place}')) continue; // read around a place in the text: the next test
      const probe = pattern
        .replace('{country}', ukraine.names[lang]?.[0] ?? 'Ukraine')
        .replace(/\{dem\.(m|f|mp|fp)\}/, (_, f: string) => demonym(lang, f));
      const hits = k.findActors(probe, lang, null);
      expect(hits.map((h) => h.actor.id), `${pattern} → "${probe}"`).toContain(`UKR-${role}`);
    }
  });

  it('every {place} pattern reads the force of the country of the place it names', () => {
    const kk = { resolvePlace: k.resolvePlace.bind(k), getActor: k.getActor.bind(k) };
    const patterns = k.placeForces?.get(lang) ?? [];
    const rows = tsvRows(readFileSync(join(dir, 'actor-patterns.tsv'), 'utf8')).filter(({ cols }) => (cols[1] ?? '').includes('{place}'));
    expect(patterns).toHaveLength(rows.length);
    for (const { cols } of rows) {
      const [role, pattern] = cols as [string, string];
      const probe = `Hier, ${pattern.replace('{place}', 'Kharkiv')} a arrêté deux hommes.`;
      const found = forcePhrases(probe, k.findPlaces(probe), patterns, kk).map((f) => f.hit.actor.id);
      expect(found, `${pattern} → "${probe}"`).toContain(`UKR-${role}`);
    }
  });

  it('every admin hint makes the hinted class win', () => {
    for (const { cols } of tsvRows(readFileSync(join(dir, 'place-hints.tsv'), 'utf8'))) {
      const [phrase, cls, pos] = cols as [string, string, string];
      const name = cls === 'admin2' ? 'Mardakert' : cls === 'admin1' ? 'Kidal' : 'Kidal';
      const text = pos === 'before' ? `${phrase}${/\bd$/.test(phrase) ? "'" : ' '}${name}` : `${name} ${phrase}`;
      const r = k.lookupPlace(text);
      expect(r?.place.precision, text).toBe(cls);
    }
  });

  it('no stop word is empty', () => {
    for (const { cols } of tsvRows(readFileSync(join(dir, 'place-stopwords.txt'), 'utf8'))) expect(nameKey(cols[0] ?? '')).not.toBe('');
  });
});

describe('curated places', () => {
  const rows = tsv('places').flatMap((file) =>
    tsvRows(readFileSync(join(DATA, 'places', file), 'utf8')).map(({ line, cols }) => ({ file, line, cls: cols[1], country: cols[2] || null, name: cols[9] ?? '', names: (cols[10] ?? '').split('|').filter(Boolean) })),
  );
  it.each(rows)('$file:$line $name', ({ cls, country, name, names }) => {
    for (const n of [name, ...names]) {
      const r = k.lookupPlace(n, { hint: cls as never, ...(country ? { focusCountries: [country] } : {}) });
      expect(r?.entry.curated, n).toBe(true);
      expect(r?.place.precision).toBe(cls);
    }
  });
});

describe('countryCode with the committed data', () => {
  it.each([
    ['Azerbaïdjan', 'AZE'],
    ['Côte d’Ivoire', 'CIV'],
    ['RDC', 'COD'],
    ['Birmanie', 'MMR'],
    ['Bakou', null],
    ['FR', 'FRA'],
  ])('%s → %s', (name, want) => {
    expect(k.countryCode(name)).toBe(want);
  });
});
