// Date recognition resolved against a pinned document date (never the clock).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, FindDatesOptions, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const DAY: PartialDate = { value: '2013-02-12', precision: 'day' }; // a Tuesday
const MONTH: PartialDate = { value: '2023-09', precision: 'month' };

const brief = (ms: readonly DateMention[]): [string, string | null, string | null, string][] =>
  ms.map((m) => [m.text, m.start, m.end, m.precision]);

describe('French, document dated Tuesday 2013-02-12', () => {
  test.each([
    ['hier', [['hier', '2013-02-11', '2013-02-11', 'day']]],
    ['avant-hier', [['avant-hier', '2013-02-10', '2013-02-10', 'day']]],
    ["aujourd'hui", [["aujourd'hui", '2013-02-12', '2013-02-12', 'day']]],
    ['le 3 mars', [['le 3 mars', '2013-03-03', '2013-03-03', 'day']]],
    ['le 1er février', [['le 1er février', '2013-02-01', '2013-02-01', 'day']]],
    ['le 3 mars 2015', [['le 3 mars 2015', '2015-03-03', '2015-03-03', 'day']]],
    ['mars 2022', [['mars 2022', '2022-03-01', '2022-03-31', 'month']]],
    ['en mars', [['mars', '2013-03-01', '2013-03-31', 'month']]],
    ['en 2015', [['2015', '2015-01-01', '2015-12-31', 'year']]],
    ['2013-03-01', [['2013-03-01', '2013-03-01', '2013-03-01', 'day']]],
    ['15/02/2013', [['15/02/2013', '2013-02-15', '2013-02-15', 'day']]],
    ['jeudi', [['jeudi', '2013-02-07', '2013-02-07', 'day']]],
    ['mardi', [['mardi', '2013-02-12', '2013-02-12', 'day']]],
    ['mardi soir', [['mardi soir', '2013-02-12', '2013-02-12', 'day']]],
    ['mercredi à la mi-journée', [['mercredi à la mi-journée', '2013-02-06', '2013-02-06', 'day']]],
    ['dimanche dernier', [['dimanche dernier', '2013-02-10', '2013-02-10', 'day']]],
    ['lundi prochain', [['lundi prochain', '2013-02-18', '2013-02-18', 'day']]],
    ['mardi de la semaine prochaine', [['mardi de la semaine prochaine', '2013-02-19', '2013-02-19', 'day']]],
    ['la veille', [['la veille', '2013-02-11', '2013-02-11', 'day']]],
    ['le lendemain du 13 février', [['le lendemain du 13 février', '2013-02-14', '2013-02-14', 'day']]],
    ['depuis lundi', [['depuis lundi', '2013-02-11', '2013-02-12', 'day']]],
    ['la semaine dernière', [['la semaine dernière', '2013-02-04', '2013-02-10', 'week']]],
    ['le mois dernier', [['le mois dernier', '2013-01-01', '2013-01-31', 'month']]],
    ["l'année dernière", [["l'année dernière", '2012-01-01', '2012-12-31', 'year']]],
    ['il y a trois jours', [['il y a trois jours', '2013-02-09', '2013-02-09', 'day']]],
    ['du 13 au 15 juillet', [['du 13 au 15 juillet', '2013-07-13', '2013-07-15', 'day']]],
    ['entre le 10 juin et le 1er juillet', [['entre le 10 juin et le 1er juillet', '2013-06-10', '2013-07-01', 'day']]],
    ['fin mars', [['fin mars', '2013-03-21', '2013-03-31', 'month']]],
    ['mi-décembre', [['mi-décembre', '2012-12-10', '2012-12-19', 'week']]],
    ['dans la nuit de dimanche à lundi', [['dans la nuit de dimanche à lundi', '2013-02-10', '2013-02-11', 'day']]],
    ['lundi 11 et mardi 12 février', [['lundi 11', '2013-02-11', '2013-02-11', 'day'], ['mardi 12 février', '2013-02-12', '2013-02-12', 'day']]],
    ['samedi 9 à 18h', [['samedi 9 à 18h', '2013-02-09', '2013-02-09', 'day']]],
    // A bare day number in a report is a day already past: the 16th of the month before, not four days after publication.
    ['Le 16, des tirs.', [['Le 16', '2013-01-16', '2013-01-16', 'day']]],
    ['le 3, à 5h', [['le 3, à 5h', '2013-02-03', '2013-02-03', 'day']]],
    ['le 16e arrondissement', []],
    ['les 9 et 10 février', [['les 9 et 10 février', '2013-02-09', '2013-02-10', 'day']]],
  ] as const)('%s', (text, want) => {
    expect(brief(findDates(text, fr, DAY))).toEqual(want);
  });

  test('a duration before a date: began that long before it ended', () => {
    const [m] = findDates("l'opération s'est achevée en 24 heures mercredi à la mi-journée", fr, DAY);
    expect(m).toMatchObject({ text: 'en 24 heures mercredi à la mi-journée', kind: 'range', start: '2013-02-05', end: '2013-02-06', hour: 12, duration: { value: 24, unit: 'hour' } });
  });

  test('a plain duration has no date', () => {
    expect(findDates('deux heures de discussions', fr, DAY)).toEqual([
      expect.objectContaining({ text: 'deux heures', kind: 'duration', start: null, duration: { value: 2, unit: 'hour' } }),
    ]);
  });

  test('relative to an event: the anchor is returned for the events stage', () => {
    const text = 'Les discussions ont débuté jeudi, au lendemain du cessez-le-feu.';
    const m = findDates(text, fr, DAY).find((x) => x.kind === 'relative-to-event');
    expect(m).toMatchObject({ text: 'au lendemain du cessez-le-feu', start: null, relative: { offsetDays: 1, anchorText: 'cessez-le-feu' } });
    expect(text.slice(m!.relative!.anchorSpan.start, m!.relative!.anchorSpan.end)).toBe('cessez-le-feu');
  });
});

describe('reference chaining and document precision', () => {
  test('"jeudi 21 septembre" with a month-precision document date', () => {
    expect(brief(findDates('prêts jeudi 21 septembre à poursuivre', fr, MONTH))).toEqual([['jeudi 21 septembre', '2023-09-21', '2023-09-21', 'day']]);
  });

  test('bare weekdays after an explicit date count back from it (same day included)', () => {
    const text = 'Jeudi 21 septembre, ils ont parlé. La réunion a débuté jeudi. Mercredi, les combats ont cessé. Mardi soir aussi.';
    expect(brief(findDates(text, fr, MONTH)).map(([t, s]) => [t, s])).toEqual([
      ['Jeudi 21 septembre', '2023-09-21'], ['jeudi', '2023-09-21'], ['Mercredi', '2023-09-20'], ['Mardi soir', '2023-09-19'],
    ]);
  });

  test('a bare weekday with only a month-precision document date stays month precision', () => {
    expect(brief(findDates('Les combats ont repris mercredi.', fr, MONTH))).toEqual([['mercredi', '2023-09-01', '2023-09-30', 'month']]);
  });

  test('no document date: explicit full dates resolve, relative ones are unresolved', () => {
    const ms = findDates('Le 3 mars 2015, puis hier et mardi.', fr, null);
    expect(brief(ms)).toEqual([
      ['Le 3 mars 2015', '2015-03-03', '2015-03-03', 'day'], ['hier', null, null, 'day'], ['mardi', '2015-03-03', '2015-03-03', 'day'],
    ]);
    expect(ms[1]!.rule).toMatch(/^unresolved/);
  });

  test('with a day-precision publication date, a bare weekday is the one of the week before publication', () => {
    // Published Tuesday 26: "mardi" after "lundi 25 septembre" is the 26th, not the 19th.
    const doc: PartialDate = { value: '2023-09-26', precision: 'day' };
    const ms = findDates('Le dépôt a explosé lundi 25 septembre. Les causes n’étaient pas connues mardi. Dimanche, rien.', fr, doc);
    expect(brief(ms).map(([t, s]) => [t, s])).toEqual([['lundi 25 septembre', '2023-09-25'], ['mardi', '2023-09-26'], ['Dimanche', '2023-09-24']]);
  });

  test('a later explicit date after the publication day does not become the reference', () => {
    const doc: PartialDate = { value: '2023-09-22', precision: 'day' };
    const ms = findDates('Une réunion est prévue le 28 septembre. Mercredi, rien.', fr, doc);
    expect(brief(ms).map(([t, s]) => [t, s])).toEqual([['le 28 septembre', '2023-09-28'], ['Mercredi', '2023-09-20']]);
  });

  test.each([
    ['past', '2013-02-07'], ['future', '2013-02-14'], ['nearest', '2013-02-14'],
  ] as const)('weekday direction %s', (dir, want) => {
    const opts: FindDatesOptions = { weekdayDirection: dir };
    expect(findDates('jeudi', fr, DAY, opts)[0]?.start).toBe(want);
  });
});

describe('English, document dated Tuesday 2013-02-12', () => {
  test.each([
    ['yesterday', [['yesterday', '2013-02-11', '2013-02-11', 'day']]],
    ['on Wednesday', [['on Wednesday', '2013-02-06', '2013-02-06', 'day']]],
    ['last week', [['last week', '2013-02-04', '2013-02-10', 'week']]],
    ['March 3', [['March 3', '2013-03-03', '2013-03-03', 'day']]],
    ['3 March 2022', [['3 March 2022', '2022-03-03', '2022-03-03', 'day']]],
    ['Wednesday, March 3, 2021', [['Wednesday, March 3, 2021', '2021-03-03', '2021-03-03', 'day']]],
    ['the 3rd of March', [['the 3rd of March', '2013-03-03', '2013-03-03', 'day']]],
    ['three days ago', [['three days ago', '2013-02-09', '2013-02-09', 'day']]],
    ['in late March', [['in late March', '2013-03-21', '2013-03-31', 'month']]],
    ['since Monday', [['since Monday', '2013-02-11', '2013-02-12', 'day']]],
    ['Tuesday night', [['Tuesday night', '2013-02-12', '2013-02-12', 'day']]],
    ['March 3-5', [['March 3-5', '2013-03-03', '2013-03-05', 'day']]],
    ['between March 3 and 5', [['between March 3 and 5', '2013-03-03', '2013-03-05', 'day']]],
    ['since February 4', [['since February 4', '2013-02-04', '2013-02-12', 'day']]],
  ] as const)('%s', (text, want) => {
    expect(brief(findDates(text, en, DAY))).toEqual(want);
  });

  test('the day after an event', () => {
    expect(findDates('Talks began the day after the ceasefire.', en, DAY)[0]).toMatchObject({
      kind: 'relative-to-event', relative: { offsetDays: 1, anchorText: 'ceasefire' },
    });
  });
});

describe('robustness (property-based)', () => {
  test('any text: no crash, spans inside the text, text is the exact slice, start ≤ end', () => {
    const piece = fc.constantFrom('le', '3', '21', 'mars', 'jeudi', 'hier', 'la veille', 'au lendemain du', 'en', '24', 'heures',
      'depuis', 'du', 'au', '-', ',', '.', 'x', '2015', '/', 'March', 'last', 'week', 'on', 'Wednesday', '\n', 'fin', 'mi');
    const docs = fc.constantFrom<PartialDate | null>(null, DAY, MONTH, { value: '2020', precision: 'year' });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')), docs, fc.boolean(), (text, doc, useFr) => {
        for (const m of findDates(text, useFr ? fr : en, doc)) {
          expect(m.span.start >= 0 && m.span.end <= text.length && m.span.start < m.span.end).toBe(true);
          expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
          if (m.start && m.end) expect(m.start <= m.end).toBe(true);
          if (m.start) expect(m.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  test('a long text full of dates is read in one pass (every mention found)', () => {
    const text = 'le jeudi 21, '.repeat(20_000);
    expect(findDates(text, fr, MONTH)).toHaveLength(20_000);
  });

  test('arbitrary unicode strings do not crash', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
      for (const m of findDates(text, fr, DAY)) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    }), { numRuns: 300, seed: 5 });
  });
});
