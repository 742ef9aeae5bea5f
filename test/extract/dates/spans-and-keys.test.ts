// Date rules of round 5, on sentences written for these tests with pinned publication dates: after a span of days the
// story goes on from its last day; report wording of ranges ("in the period 10 and 16 September"); headline
// "over week"; and the key every date word is looked up by (a fast path that must equal the full rewrite).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { key } from '../../../src/extract/dates/compile.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const brief = (ms: readonly DateMention[]): [string, string | null, string | null][] => ms.map((m) => [m.text, m.start, m.end]);

describe('the narrative goes on from the last day of a span', () => {
  test('"deux jours plus tard" after a night between two days counts from the second day', () => {
    const text = 'Dans la nuit du 14 au 15 mars 2021, des hommes armés ont attaqué un poste. Deux jours plus tard, un convoi a été visé.';
    expect(brief(findDates(text, fr, null))).toEqual([
      ['Dans la nuit du 14 au 15 mars 2021', '2021-03-14', '2021-03-15'],
      ['Deux jours plus tard', '2021-03-17', '2021-03-17'],
    ]);
  });

  test('"dans la nuit du 14 au 15 mars" is one expression: the night is no separate date of the publication day', () => {
    const doc: PartialDate = { value: '2021-03-20', precision: 'day' };
    const text = 'Des tirs ont été entendus dans la nuit du 14 au 15 mars près de Gao.';
    expect(brief(findDates(text, fr, doc))).toEqual([['dans la nuit du 14 au 15 mars', '2021-03-14', '2021-03-15']]);
    expect(brief(findDates('Shots were heard on the night of 14-15 March near Gao.', en, doc))).toEqual([['night of 14-15 March', '2021-03-14', '2021-03-15']]);
  });

  test('"le lendemain" after a range of days is the day after its last day', () => {
    const text = 'Du 3 au 5 juin 2019, l’armée a mené une opération. Le lendemain, les rebelles ont riposté.';
    const last = findDates(text, fr, null).at(-1)!;
    expect([last.text, last.start]).toEqual(['Le lendemain', '2019-06-06']);
  });

  test('a range after the publication day does not move the narrative', () => {
    const doc: PartialDate = { value: '2019-06-02', precision: 'day' };
    const text = 'Une conférence se tiendra du 3 au 5 juin. Hier, deux soldats ont été tués.';
    expect(findDates(text, fr, doc).at(-1)).toMatchObject({ text: 'Hier', start: '2019-06-01' });
  });
});

describe('report wording', () => {
  const doc: PartialDate = { value: '2022-09-17', precision: 'day' };

  test('"in the period 10 and 16 September" is the span from the 10th to the 16th', () => {
    const ms = findDates('Civilian casualties in the period 10 and 16 September 2022', en, doc);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ kind: 'range', start: '2022-09-10', end: '2022-09-16' });
  });

  test('a bare "10 and 16 September" stays two dates, not a span', () => {
    const ms = findDates('Shelling on 10 and 16 September', en, doc);
    expect(ms.some((m) => m.kind === 'range')).toBe(false);
  });

  test('headline "over week" is the seven days up to the report', () => {
    expect(brief(findDates('Two soldiers killed by shelling over week', en, doc))).toEqual([['over week', '2022-09-11', '2022-09-17']]);
  });
});

describe('key', () => {
  const full = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\.$/, '').trim();

  test('folds case, typographic apostrophes, blanks and a final dot', () => {
    expect(key('Au  Lendemain\u00a0de l’attaque.')).toBe("au lendemain de l'attaque");
    expect(key(' sept.')).toBe('sept');
    expect(key('jeudi')).toBe('jeudi');
  });

  test('equals the full rewrite on any string of words, blanks, apostrophes and dots', () => {
    const piece = fc.constantFrom('a', 'É', 'x', ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '’', "'", '.', '-', 'ß', 'İ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(key(s)).toBe(full(s));
    }), { numRuns: 2000 });
  });
});

describe('a span running past the publication day', () => {
  test('the narrative stays at its first day', () => {
    const doc: PartialDate = { value: '2019-06-04', precision: 'day' };
    const text = 'Du 3 au 7 juin 2019, le festival se tient à Gao. Le lendemain de l’ouverture, une explosion a eu lieu. Le lendemain, deux blessés.';
    expect(findDates(text, fr, doc).at(-1)).toMatchObject({ text: 'Le lendemain', start: '2019-06-04' });
  });
});

describe('tallies since the start of the year', () => {
  const doc: PartialDate = { value: '2024-05-02', precision: 'day' };

  test('"depuis le début de l’année" runs from 1 January to the publication day', () => {
    expect(findDates('Depuis le début de l’année, 120 civils ont été tués dans la région.', fr, doc)[0])
      .toMatchObject({ kind: 'since', start: '2024-01-01', end: '2024-05-02' });
  });

  test('"since the beginning of the year" likewise in English', () => {
    expect(findDates('Since the beginning of the year, 40 soldiers have been killed.', en, doc)[0])
      .toMatchObject({ kind: 'since', start: '2024-01-01', end: '2024-05-02' });
  });
});

describe('parts of a year', () => {
  const doc: PartialDate = { value: '2024-05-02', precision: 'day' };

  test.each([
    ["En fin d'année dernière, des combats ont éclaté dans le nord.", fr, '2023-11-01', '2023-12-31'],
    ["En début d'année, trois attaques ont visé Gao.", fr, '2024-01-01', '2024-02-29'],
    ['Fighting escalated late last year near the border.', en, '2023-11-01', '2023-12-31'],
    ['Early this year, rebels seized the town.', en, '2024-01-01', '2024-02-29'],
  ] as const)('%s', (text, lex, start, end) => {
    expect(findDates(text, lex, doc)[0]).toMatchObject({ start, end, precision: 'month' });
  });

  test('a part of this year still to come is, in news, last year\'s, with this year\'s kept for a plan', () => {
    const m = findDates("À la fin de l'année, une élection aura lieu.", fr, doc)[0]!;
    expect([m.start, m.end, m.ahead]).toEqual(['2023-11-01', '2023-12-31', { start: '2024-11-01', end: '2024-12-31' }]);
  });
});
