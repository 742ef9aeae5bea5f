// Daily-report wording and clock times (sentences written for these tests, pinned dates): a bare "during the day" or
// "in last day" is the day before the report; after a date, "during the day" or "overnight" is that date's part of
// the day, not a second date; a clock time after a date ("jeudi de 9h à 11h") is part of that date.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const DOC: PartialDate = { value: '2022-09-13', precision: 'day' }; // a Tuesday
const brief = (ms: readonly DateMention[]): [string, string | null, number | undefined][] => ms.map((m) => [m.text, m.start, m.hour]);

describe('daily reports', () => {
  test.each([
    ['During the day, the invaders killed four civilians in the region.', [['During the day', '2022-09-12', undefined]]],
    ['The army reported 40 attacks and one soldier killed in last day.', [['in last day', '2022-09-12', undefined]]],
    ['Shelling of the city went on during the day, killing two.', [['during the day', '2022-09-12', undefined]]],
  ] as const)('%s', (text, want) => {
    expect(brief(findDates(text, en, DOC))).toEqual(want);
  });

  test.each([
    ['Troops shelled the town on Monday during the day.', [['on Monday during the day', '2022-09-12', 12]]],
    ['Troops shelled the town on Sunday overnight.', [['on Sunday overnight', '2022-09-11', 23]]],
  ] as const)('after a date, a part of that day: %s', (text, want) => {
    expect(brief(findDates(text, en, DOC))).toEqual(want);
  });
});

describe('clock times belong to the date before them', () => {
  const FRI: PartialDate = { value: '2013-03-15', precision: 'day' };

  test.each([
    ['Jeudi de 9h à 11h, des tirs ont visé le camp.', 'Jeudi de 9h à 11h'],
    ['Jeudi, entre 9h30 et 11h, des tirs ont visé le camp.', 'Jeudi, entre 9h30 et 11h'],
    ['Des tirs ont visé le camp jeudi de 9h à 11h.', 'jeudi de 9h à 11h'],
  ])('%s', (text, span) => {
    // One mention, Thursday: no second one for the hours standing for the publication day.
    expect(findDates(text, fr, FRI).map((m) => [m.text, m.start, m.hour])).toEqual([[span, '2013-03-14', 9]]);
  });

  test('a part of the day after "et" still goes to the range it opens', () => {
    expect(findDates('Des combats le 12 mars et dans la nuit du 13 au 14 mars.', fr, FRI).map((m) => [m.text, m.start, m.end])).toEqual([
      ['le 12 mars', '2013-03-12', '2013-03-12'],
      ['dans la nuit du 13 au 14 mars', '2013-03-13', '2013-03-14'],
    ]);
  });
});

describe('a part of the day right before a day', () => {
  const DOC: PartialDate = { value: '2022-09-13', precision: 'day' };

  test.each([
    ['Clashes continued during the day on Monday near the town.', 'during the day on Monday', '2022-09-12', 12],
    ['Rebels attacked the base overnight Sunday.', 'overnight Sunday', '2022-09-11', 23],
  ])('%s', (text, span, day, hour) => {
    expect(findDates(text, en, DOC).map((m) => [m.text, m.start, m.hour])).toEqual([[span, day, hour]]);
  });

  test('not across a sentence end', () => {
    expect(findDates('Two soldiers were killed overnight. On Sunday, talks resumed.', en, DOC).map((m) => [m.text, m.start])).toEqual([
      ['overnight', '2022-09-12'],
      ['On Sunday', '2022-09-11'],
    ]);
  });
});
