// A part of a stated year ("fin 2022", "début 2023", "mi-2023", "early 2023", "by the end of 2012"): its months at month
// precision, instead of the whole year; the year alone stays a year.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const DOC: PartialDate = { value: '2024-03-12', precision: 'day' };

const brief = (ms: readonly DateMention[]): [string, string, string | null, string | null, string][] =>
  ms.map((m) => [m.text, m.kind, m.start, m.end, m.precision]);

describe('parts of a stated year', () => {
  test.each([
    ['Fin 2022, les rebelles ont repris la ville.', fr, [['Fin 2022', 'date', '2022-11-01', '2022-12-31', 'month']]],
    ['Les combats ont repris début 2023 dans la région.', fr, [['début 2023', 'date', '2023-01-01', '2023-02-28', 'month']]],
    ["L'accord a été signé à la mi-2021.", fr, [['à la mi-2021', 'date', '2021-06-01', '2021-07-31', 'month']]],
    ['Le camp a été attaqué à la fin de 2019.', fr, [['à la fin de 2019', 'date', '2019-11-01', '2019-12-31', 'month']]],
    ['Rebels seized the town in late 2022.', en, [['late 2022', 'date', '2022-11-01', '2022-12-31', 'month']]],
    ['Fighting resumed in mid-2023 near the border.', en, [['mid-2023', 'date', '2023-06-01', '2023-07-31', 'month']]],
    ['The base was abandoned at the end of 2012.', en, [['the end of 2012', 'date', '2012-11-01', '2012-12-31', 'month']]],
  ] as const)('%s (case %#)', (text, lex, want) => {
    expect(brief(findDates(text, lex, DOC))).toEqual(want);
  });

  test('"since" before a year part starts the tally at its first month, up to the publication day', () => {
    expect(brief(findDates('Since early 2022, 40 soldiers have been killed.', en, DOC))).toEqual([['Since early 2022', 'since', '2022-01-01', '2024-03-12', 'month']]);
  });

  test('a year alone stays the whole year, and a decade is no year part', () => {
    expect(brief(findDates('Les combats de 2022 ont fait 300 morts.', fr, DOC)).map((b) => b.slice(2))).not.toContainEqual(['2022-11-01', '2022-12-31', 'month']);
    expect(findDates('Clashes recalled the late 1990s.', en, DOC)).toEqual([]);
  });
});
