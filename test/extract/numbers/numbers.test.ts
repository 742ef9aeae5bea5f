// Number recognition: digits, words, ranges, qualifiers, article-like words, in French and English.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import type { NumberMention } from '../../../src/extract/numbers/index.js';
import { numberLexicon as en } from '../../../src/lang/en/numbers.js';
import { numberLexicon as fr } from '../../../src/lang/fr/numbers.js';

const brief = (ms: readonly NumberMention[]): [string, number, string, number | null, number | null][] =>
  ms.filter((m) => !m.isArticleLike).map((m) => [m.text, m.value, m.qualifier, m.low, m.high]);

describe('French', () => {
  test.each([
    ['5 morts', [['5', 5, 'exact', 5, 5]]],
    ['1 200 morts', [['1 200', 1200, 'exact', 1200, 1200]]],
    ['1\u00a0200 et 1\u202f300', [['1\u00a0200', 1200, 'exact', 1200, 1200], ['1\u202f300', 1300, 'exact', 1300, 1300]]],
    ['1.200 déplacés', [['1.200', 1200, 'exact', 1200, 1200]]],
    ['6,7 %', [['6,7', 6.7, 'exact', 6.7, 6.7]]],
    ['1,5 million de réfugiés', [['1,5 million', 1_500_000, 'exact', 1_500_000, 1_500_000]]],
    ['cinq violations', [['cinq', 5, 'exact', 5, 5]]],
    ['deux cents soldats', [['deux cents', 200, 'exact', 200, 200]]],
    ['vingt-trois', [['vingt-trois', 23, 'exact', 23, 23]]],
    ['soixante-dix-sept', [['soixante-dix-sept', 77, 'exact', 77, 77]]],
    ['quatre-vingt-dix', [['quatre-vingt-dix', 90, 'exact', 90, 90]]],
    ['quatre-vingt-dix-neuf', [['quatre-vingt-dix-neuf', 99, 'exact', 99, 99]]],
    ['vingt et un', [['vingt et un', 21, 'exact', 21, 21]]],
    ['mille', [['mille', 1000, 'exact', 1000, 1000]]],
    ['trois mille cinq cents', [['trois mille cinq cents', 3500, 'exact', 3500, 3500]]],
    ['une dizaine de morts', [['une dizaine', 10, 'about', null, null]]],
    ['des dizaines de blessés', [['des dizaines', 20, 'at_least', 20, null]]],
    ['une centaine de civils', [['une centaine', 100, 'about', null, null]]],
    ['entre 10 et 15 morts', [['entre 10 et 15', 10, 'range', 10, 15]]],
    ['de 10 à 15 morts', [['de 10 à 15', 10, 'range', 10, 15]]],
    ['10 à 15 morts', [['10 à 15', 10, 'range', 10, 15]]],
    ['10-15 morts', [['10-15', 10, 'range', 10, 15]]],
    ['au moins 200 morts', [['au moins 200', 200, 'at_least', 200, null]]],
    ['plus de 30 blessés', [['plus de 30', 30, 'at_least', 30, null]]],
    ['près de 40 disparus', [['près de 40', 40, 'about', null, null]]],
    ['environ 50 personnes', [['environ 50', 50, 'about', null, null]]],
    ['quelque 60 soldats', [['quelque 60', 60, 'about', null, null]]],
    ["jusqu'à 70 morts", [["jusqu'à 70", 70, 'at_most', null, 70]]],
    ['moins de 5 blessés', [['moins de 5', 5, 'at_most', null, 5]]],
    ['Chucha (deux) et Mardakert (trois)', [['deux', 2, 'exact', 2, 2], ['trois', 3, 'exact', 3, 3]]],
    ['deux trois', [['deux', 2, 'exact', 2, 2], ['trois', 3, 'exact', 3, 3]]],
  ] as const)('%s', (text, want) => {
    expect(brief(findNumbers(text, fr))).toEqual(want);
  });

  test('mention text is the exact slice; core points at the number', () => {
    const text = 'a fait au moins 200 morts';
    const [m] = findNumbers(text, fr);
    expect(m).toMatchObject({ text: 'au moins 200', value: 200, words: false, ordinal: false });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(text.slice(m!.core.start, m!.core.end)).toBe('200');
  });

  test('articles are flagged, or dropped on request; "un million" is a number', () => {
    const text = 'un homme et une femme, un million de personnes';
    const all = findNumbers(text, fr);
    expect(all.filter((m) => m.isArticleLike).map((m) => m.text)).toEqual(['un', 'une']);
    expect(findNumbers(text, fr, { skipArticleLike: true }).map((m) => [m.text, m.value])).toEqual([['un million', 1_000_000]]);
  });

  test('ordinals are marked', () => {
    expect(findNumbers('le 1er mars, la deuxième fois', fr).map((m) => [m.text, m.value, m.ordinal])).toEqual([
      ['1er', 1, true], ['deuxième', 2, true],
    ]);
  });

  test.each([
    ['au moins 200 morts et 400 blessés', 'at_least'],
    ['près de 30 morts et 12 blessés', 'about'],
    ['au moins 200 morts. 400 blessés', undefined],
    ['200 morts et 400 blessés', undefined],
    ['au moins 200 morts, selon un bilan publié par les autorités et 400 blessés', undefined],
  ] as const)('coordinated count shares the qualifier: %s', (text, want) => {
    const last = findNumbers(text, fr).at(-1)!;
    expect(last.qualifier).toBe('exact');
    expect(last.listQualifier).toBe(want);
  });

  test('numbers inside excluded spans (dates) are dropped', () => {
    const text = 'le 21 septembre, 200 morts';
    expect(findNumbers(text, fr, { exclude: [{ start: 3, end: 15 }] }).map((m) => m.value)).toEqual([200]);
  });
});

describe('English', () => {
  test.each([
    ['1,200 people', [['1,200', 1200, 'exact', 1200, 1200]]],
    ['3.5 million', [['3.5 million', 3_500_000, 'exact', 3_500_000, 3_500_000]]],
    ['twenty-one', [['twenty-one', 21, 'exact', 21, 21]]],
    ['two hundred and four', [['two hundred and four', 204, 'exact', 204, 204]]],
    ['a dozen soldiers', [['a dozen', 12, 'exact', 12, 12]]],
    ['two dozen', [['two dozen', 24, 'exact', 24, 24]]],
    ['dozens of civilians', [['dozens', 24, 'at_least', 24, null]]],
    ['hundreds of people', [['hundreds', 200, 'at_least', 200, null]]],
    ['between 10 and 15 dead', [['between 10 and 15', 10, 'range', 10, 15]]],
    ['10 to 15 dead', [['10 to 15', 10, 'range', 10, 15]]],
    // A wire tag glued to a number word is no range: the tag and the count are two numbers.
    ['UPDATE 2-Forty dead', [['2', 2, 'exact', 2, 2], ['Forty', 40, 'exact', 40, 40]]],
    ['10-15 dead', [['10-15', 10, 'range', 10, 15]]],
    ['at least 5 killed', [['at least 5', 5, 'at_least', 5, null]]],
    ['more than 1,200 displaced', [['more than 1,200', 1200, 'at_least', 1200, null]]],
    ['some 300 troops', [['some 300', 300, 'about', null, null]]],
    ['about 4', [['about 4', 4, 'about', null, null]]],
    ['nearly 9', [['nearly 9', 9, 'about', null, null]]],
    ['up to 20', [['up to 20', 20, 'at_most', null, 20]]],
  ] as const)('%s', (text, want) => {
    expect(brief(findNumbers(text, en))).toEqual(want);
  });

  test('"a" is article-like, "a hundred" is 100', () => {
    expect(findNumbers('a man and a hundred others', en).map((m) => [m.text, m.value, m.isArticleLike])).toEqual([
      ['a', 1, true], ['a hundred', 100, false],
    ]);
  });
});

describe('robustness (property-based)', () => {
  test('any text: no crash, offsets inside the text, text is the exact slice, ranges ordered', () => {
    const piece = fc.constantFrom('1', '200', ' ', '\u00a0', ',', '.', '-', 'à', 'et', 'entre', 'au moins', 'vingt', 'deux',
      'cents', 'mille', 'une dizaine', 'a', 'dozen', 'between', 'and', 'x', '€', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((a) => a.join(' ')), fc.boolean(), (text, useFr) => {
        for (const m of findNumbers(text, useFr ? fr : en)) {
          expect(m.start >= 0 && m.end <= text.length && m.start < m.end).toBe(true);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(Number.isFinite(m.value)).toBe(true);
          if (m.qualifier === 'range') expect(m.low! < m.high!).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  test('arbitrary unicode strings do not crash', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
      for (const m of findNumbers(text, fr)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }), { numRuns: 300, seed: 11 });
  });
});
