// Pattern matching of language-pack rows: whole words, apostrophes, longest match, one-pass tables.
import { describe, expect, it } from 'vitest';
import { compileTable, findInTable } from '../../src/extract/lexicon/table.js';
import { longestNonOverlapping, matchAll, normaliseApostrophes, wordRegex } from '../../src/extract/lexicon/word-regex.js';

describe('word patterns', () => {
  it('match whole words only, case-insensitively, as exact spans', () => {
    const text = 'Attaque de Gao; les attaquants; contre-attaques';
    const hits = matchAll(wordRegex('attaques?'), text);
    // a hyphen separates words: the second part of a compound is a word of its own
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Attaque', 'attaques']);
  });

  it('a straight apostrophe in a pattern matches a typographic one, also when the pattern ends with it', () => {
    const re = wordRegex("près d'");
    expect(matchAll(re, 'près d’Andéranboukane').length).toBe(1);
    expect(normaliseApostrophes("[\\p{L}'-]+")).toBe("[\\p{L}'’-]+");
  });

  it('keeps the longest of overlapping matches', () => {
    const kept = longestNonOverlapping([{ start: 0, end: 4 }, { start: 2, end: 12 }, { start: 13, end: 15 }]);
    expect(kept).toEqual([{ start: 2, end: 12 }, { start: 13, end: 15 }]);
  });

  it('a table finds what each row finds on its own', () => {
    const rows = [{ pattern: 'cessez-le-feu' }, { pattern: 'violations? du cessez-le-feu' }, { pattern: 'tirs?' }];
    const text = 'Des tirs et des violations du cessez-le-feu; le cessez-le-feu tient.';
    const one = findInTable(compileTable(rows), text).map((m) => `${m.start}:${m.text}`).sort();
    const each = rows.flatMap((r) => matchAll(wordRegex(r.pattern), text).map((m) => `${m.start}:${m.text}`)).sort();
    expect(one).toEqual(each);
  });
});

describe('first characters of patterns', () => {
  it('are read from simple sources and unknown otherwise', async () => {
    const { firstChars } = await import('../../src/extract/lexicon/first-chars.js');
    expect([...(firstChars('attaqu(?:e|es)|(?:assaut|embuscade)s?|Émeutes?') ?? [])].sort()).toEqual(['a', 'e', 'é']);
    expect(firstChars('(?:le )?bilan')).toBeNull();
    expect(firstChars('[\\p{L}]+:')).toBeNull();
    expect(firstChars('d?après')).toBeNull();
  });

  it('a table with a prefilter finds the same matches, whatever the case of the text', () => {
    const rows = [{ pattern: 'émeutes?' }, { pattern: "(?:à la demande|au nom) d(?:e|')" }, { pattern: 'tirs?' }];
    const text = "ÉMEUTES à Gao; tirs À LA DEMANDE de l'ONU; Émeute";
    const one = findInTable(compileTable(rows), text).map((m) => `${m.start}:${m.text}`).sort();
    const each = rows.flatMap((r) => matchAll(wordRegex(r.pattern), text).map((m) => `${m.start}:${m.text}`)).sort();
    expect(one).toEqual(each);
    expect(one.length).toBe(4);
  });
});

describe('one-pass tables over every language pack (property)', () => {
  it('each table finds exactly what its rows find one by one, on text made of the pack\'s own words', async () => {
    const fc = (await import('fast-check')).default;
    const { LANGUAGE_PACKS } = await import('../../src/lang/index.js');
    const { compilePack } = await import('../../src/extract/lexicon/compiled-pack.js');
    for (const pack of LANGUAGE_PACKS) {
      const cp = compilePack(pack);
      const tables = Object.values(cp.tables) as import('../../src/extract/lexicon/table.js').Table<{ readonly pattern: string; readonly example?: string }>[];
      const pieces = tables.flatMap((t) => t.rows.flatMap((r) => (r.example ? r.example.split(/\s+/) : [])));
      const words = fc.constantFrom(...pieces, 'Le', "L'", 'd’', 'CETTE', 'ÉMEUTE', '-', '12', 'é', '.', ',', '«', '»');
      const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', '', '\n', ' ’', '-')), { maxLength: 40 }).map((p) => p.map(([w, s]) => w + s).join(''));
      fc.assert(
        fc.property(texts, (text) => {
          for (const t of tables) {
            const one = findInTable(t, text).map((m) => `${m.start}:${m.text}:${t.rows.indexOf(m.row)}`);
            const each = t.rows.flatMap((r, i) => matchAll(wordRegex(r.pattern), text).map((m) => ({ k: `${m.start}:${m.text}:${i}`, start: m.start, i })))
              .sort((a, b) => a.start - b.start || a.i - b.i).map((x) => x.k);
            expect(one).toEqual(each);
          }
        }),
        { numRuns: 150 },
      );
    }
  });

  it('the demonstrative before a trigger is found as the whole pattern finds it', async () => {
    const fc = (await import('fast-check')).default;
    const { LANGUAGE_PACKS } = await import('../../src/lang/index.js');
    const { compilePack } = await import('../../src/extract/lexicon/compiled-pack.js');
    const { demonstrativeBefore } = await import('../../src/extract/triggers/find-triggers.js');
    for (const pack of LANGUAGE_PACKS) {
      const cp = compilePack(pack);
      const dem = pack.coref.demonstrative.split('|');
      const words = fc.constantFrom(...dem, ...dem.map((d) => d.toUpperCase()), 'même', 'offensive', 'l’', 'x', '1', 'é', '-', ',');
      const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', '', '  ', '\u00a0', '\n')), { maxLength: 8 }).map((p) => p.map(([w, s]) => w + s).join(''));
      fc.assert(fc.property(texts, (before) => {
        expect(demonstrativeBefore(before, cp)).toBe(cp.demonstrative.test(before));
      }), { numRuns: 500 });
      expect(demonstrativeBefore(`la veille, ${dem[0]} `, cp)).toBe(true);
    }
  });
});
