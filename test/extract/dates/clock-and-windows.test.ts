// Clock times on a 12-hour clock ("3pm", "10:30 a.m."), a weekday's day number versus a following number or clock
// ("On Thursday 9 people were killed", "Thursday 8:00 GMT", "mardi 9 h"), windows told with a bare "last"/"past",
// "thru" ranges and "the end of the month": sentences written for these tests, publication dates pinned.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const FRI: PartialDate = { value: '2024-05-10', precision: 'day' }; // a Friday
const brief = (ms: readonly DateMention[]): [string, string | null, string | null][] => ms.map((m) => [m.text, m.start, m.end]);

describe('12-hour clock times', () => {
  test.each([
    ['The blast went off at 3pm near the market.', 'at 3pm', 15],
    ['Shelling resumed at 3 p.m. local time.', 'at 3 p.m', 15],
    ['Gunmen opened fire at 10:30 a.m., witnesses said.', 'at 10:30 a.m', 10],
    ['The curfew starts at 9.45 PM.', 'at 9.45 PM', 21],
    ['The convoy was hit at 12 a.m.', 'at 12 a.m', 0],
    ['Sirens sounded at twelve pm.', 'at twelve pm', 12],
  ] as const)('%s', (text, span, hour) => {
    const [m] = findDates(text, en, FRI);
    expect(m).toMatchObject({ text: span, start: '2024-05-10', hour });
  });

  test('a 12-hour clock after a weekday belongs to that day', () => {
    expect(findDates('Two soldiers were killed on Tuesday at 11pm.', en, FRI)).toMatchObject([{ text: 'on Tuesday at 11pm', start: '2024-05-07', hour: 23 }]);
  });

  test('"I am" and a number that is no hour are no clock', () => {
    expect(findDates('I am sure 13 pm is not a time.', en, FRI)).toEqual([]);
  });

  test('French has no 12-hour clock words: "15 h" stays the 24-hour clock', () => {
    expect(findDates('Les tirs ont repris vers 15 h 30.', fr, FRI)).toMatchObject([{ start: '2024-05-10', hour: 15 }]);
  });
});

describe('a number after a weekday', () => {
  test.each([
    // A count, a clock or an hour after the weekday is not its day of the month.
    ['On Thursday 9 people were killed in the attack.', en, [['On Thursday', '2024-05-09', '2024-05-09']]],
    ['Jeudi 9 personnes ont été tuées dans l\'attaque.', fr, [['Jeudi', '2024-05-09', '2024-05-09']]],
    ['The strike hit the depot on Tuesday 8:15 GMT.', en, [['on Tuesday 8:15', '2024-05-07', '2024-05-07']]],
    ['Les combats ont repris mardi 9 h.', fr, [['mardi 9 h', '2024-05-07', '2024-05-07']]],
    // Before punctuation, a capital or a time word, it is the day of the month.
    ['The attack came on Tuesday 7, officials said.', en, [['on Tuesday 7', '2024-05-07', '2024-05-07']]],
    ['Les combats ont repris le jeudi 15 à 8h.', fr, [['le jeudi 15 à 8h', '2024-02-15', '2024-02-15']]],
    ['Talks were held on Friday 3 May in Doha.', en, [['on Friday 3 May', '2024-05-03', '2024-05-03']]],
  ] as const)('%s', (text, lex, want) => {
    expect(brief(findDates(text, lex, FRI))).toEqual(want);
  });

  test('the clock after the weekday gives its hour', () => {
    expect(findDates('The strike hit the depot on Tuesday 8:15 GMT.', en, FRI)[0]).toMatchObject({ hour: 8 });
  });
});

describe('windows, ranges and parts of the month', () => {
  test.each([
    // A window ending at the report begins one duration before it, whichever word opens it.
    ['Two people were killed in shelling over last 24 hours.', [['over last 24 hours', '2024-05-09', '2024-05-09']]],
    ['Within the last 24 hours three civilians died.', [['Within the last 24 hours', '2024-05-09', '2024-05-09']]],
    ['The last two days saw heavy fighting.', [['last two days', '2024-05-08', '2024-05-08']]],
    ['Past 2 weeks: 40 strikes on the city.', [['Past 2 weeks', '2024-04-26', '2024-04-26']]],
    ['Curfew in force July 13 thru 15.', [['July 13 thru 15', '2024-07-13', '2024-07-15']]],
    ['Fighting flared at the end of the month.', [['at the end of the month', '2024-04-21', '2024-04-30']]],
    ['Fighting flared toward the end of the month.', [['the end of the month', '2024-04-21', '2024-04-30']]],
    ['Aid arrived in the beginning of the month.', [['the beginning of the month', '2024-05-01', '2024-05-10']]],
  ] as const)('%s', (text, want) => {
    expect(brief(findDates(text, en, FRI))).toEqual(want);
  });

  test('"last" before a noun that is no unit is no window', () => {
    expect(findDates('The last three soldiers left the base.', en, FRI)).toEqual([]);
  });
});

describe('"since" in a comparison', () => {
  test.each([
    // The date a superlative is measured from is when the last such thing happened: it dates nothing.
    ['Four soldiers were killed on the bloodiest day since August.', en],
    ['It was the first such attack since 3 March, residents said.', en],
    ['Les combats les plus violents depuis le 3 mars ont fait douze morts.', fr],
    ['C\'est la pire attaque depuis 2015 dans la région.', fr],
  ] as const)('%s', (text, lex) => {
    expect(findDates(text, lex, FRI)).toEqual([]);
  });

  test.each([
    // A tally since a date keeps its period, "plus de" being no superlative.
    ['Plus de 50 morts depuis lundi dans la région.', fr, 'depuis lundi', '2024-05-06'],
    ['More than 50 people have been killed since Monday.', en, 'since Monday', '2024-05-06'],
  ] as const)('%s', (text, lex, span, start) => {
    expect(findDates(text, lex, FRI)).toMatchObject([{ text: span, kind: 'since', start, end: '2024-05-10' }]);
  });
});

test('"most of them … since" is a tally, not a superlative', () => {
  expect(findDates('Most of them killed since Monday were civilians.', en, FRI)).toMatchObject([{ text: 'since Monday', kind: 'since' }]);
  expect(findDates('The most intense shelling since Monday hit the town.', en, FRI)).toEqual([]);
});
