// "lundi en huit", "jeudi en quinze": a weekday some weeks after the coming one, resolved against a pinned
// publication date (never the clock).
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const TUE: PartialDate = { value: '2024-03-12', precision: 'day' }; // a Tuesday
const THU: PartialDate = { value: '2024-03-14', precision: 'day' }; // a Thursday

const brief = (ms: readonly DateMention[]): [string, string | null, string | null][] => ms.map((m) => [m.text, m.start, m.end]);

describe('a weekday "en huit" / "en quinze"', () => {
  test.each([
    // Told on a Tuesday: the coming Thursday is the 14th, "jeudi en huit" the 21st, "jeudi en quinze" the 28th.
    ['Le vote est reporté à jeudi en huit, a annoncé la commission.', TUE, [['jeudi en huit', '2024-03-21', '2024-03-21']]],
    ['Les pourparlers reprendront jeudi en quinze à Genève.', TUE, [['jeudi en quinze', '2024-03-28', '2024-03-28']]],
    // Told on the day itself, "jeudi en huit" is a week from that day.
    ['Les pourparlers reprendront jeudi en huit à Genève.', THU, [['jeudi en huit', '2024-03-21', '2024-03-21']]],
    // The coming Monday after a Tuesday is the 18th: "lundi en huit" the 25th.
    ['La mission partira lundi en huit pour Bamako.', TUE, [['lundi en huit', '2024-03-25', '2024-03-25']]],
  ] as const)('%s (case %#)', (text, doc, want) => {
    expect(brief(findDates(text, fr, doc))).toEqual(want);
  });

  test('a day precision, by a rule that says so', () => {
    expect(findDates('Le vote aura lieu lundi en huit.', fr, TUE)[0]).toMatchObject({ precision: 'day', rule: expect.stringContaining('weekday:in-1-weeks') });
  });

  test('a bare weekday stays the previous one in past-tense news', () => {
    expect(brief(findDates('Jeudi, huit soldats ont été tués.', fr, TUE))).toEqual([['Jeudi', '2024-03-07', '2024-03-07']]);
  });
});
