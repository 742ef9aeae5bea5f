// "this past weekend" is the weekend last over before the publication day, read in past-tense news or in a forecast.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';

const TUE: PartialDate = { value: '2024-03-12', precision: 'day' };
const SAT: PartialDate = { value: '2024-03-16', precision: 'day' };

describe('this past weekend', () => {
  test.each([
    [TUE, 'past', '2024-03-09', '2024-03-10'],
    [TUE, 'future', '2024-03-09', '2024-03-10'],
    // Told on a Saturday, the weekend under way is not yet past: the one before it.
    [SAT, 'past', '2024-03-09', '2024-03-10'],
  ] as const)('told on %o, reading %s', (doc, weekdayDirection, start, end) => {
    const [m] = findDates('Militants attacked two villages this past weekend.', en, doc, { weekdayDirection });
    expect(m).toMatchObject({ text: 'this past weekend', start, end, precision: 'week' });
  });

  test('"this weekend" told on a Saturday is the one under way', () => {
    expect(findDates('Protesters gathered this weekend in the capital.', en, SAT)[0]).toMatchObject({ start: '2024-03-16', end: '2024-03-17' });
  });
});
