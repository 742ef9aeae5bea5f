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
