// Property tests of the date recogniser for every language pack: no crash, offsets inside the text,
// resolved days are real calendar days with start <= end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates/index.js';
import { LANGUAGE_PACKS } from '../../src/lang/index.js';
import type { PartialDate } from '../../src/core/types.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (s: string): boolean => ISO.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

const docDate: fc.Arbitrary<PartialDate | null> = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).chain((d) => {
    const iso = d.toISOString();
    return fc.constantFrom<PartialDate>({ value: iso.slice(0, 10), precision: 'day' }, { value: iso.slice(0, 7), precision: 'month' }, { value: iso.slice(0, 4), precision: 'year' });
  }),
);

for (const pack of LANGUAGE_PACKS) {
  const lex = pack.dates;
  const pool = [
    ...lex.months.flat(), ...lex.weekdays.flat(), ...lex.articles, ...lex.daySuffixes, ...lex.firstDayWords,
    ...Object.keys(lex.relativeDays), ...Object.keys(lex.relativePeriods), ...Object.keys(lex.dayParts), ...Object.keys(lex.monthParts),
    ...Object.keys(lex.anchorOffsets), ...Object.keys(lex.standaloneOffsets), ...lex.sinceWords, ...lex.rangeFrames.flat(),
    ...Object.keys(lex.durationUnits), ...Object.keys(lex.numberWords), ...lex.yearPrefixes, ...lex.monthPrefixes,
    ...(lex.dateOnlySinceWords ?? []), ...(lex.idioms ?? []), ...Object.keys(lex.holidays ?? {}), ...Object.keys(lex.dayOrdinals ?? {}),
    ...Object.keys(lex.durationAnchors ?? {}), ';',
    '1', '21', '31', '32', '0', '2023', '1999', '99999', '12/03/2021', '2023-09-19', '29 février', '-', '/', ',', '.', '\n',
  ].filter((w) => w !== '');
  const tokens = fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 3 })), { maxLength: 30 });
  const texts = fc.oneof(fc.string({ maxLength: 200 }), tokens.map((t) => t.join(' ')));

  describe(`findDates ${pack.code} (property)`, () => {
    it('never throws; mentions lie inside the text; days are real and ordered', () => {
      fc.assert(
        fc.property(texts, docDate, fc.constantFrom('past', 'future', 'nearest'), (text, ref, dir) => {
          for (const m of findDates(text, lex, ref, { weekdayDirection: dir, yearDirection: dir })) {
            expect(m.span.start).toBeGreaterThanOrEqual(0);
            expect(m.span.end).toBeGreaterThan(m.span.start);
            expect(m.span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
            if (m.start !== null && !isRealDay(m.start)) throw new Error(`"${text}": start ${m.start} is not a day`);
            if (m.end !== null && !isRealDay(m.end)) throw new Error(`"${text}": end ${m.end} is not a day`);
            if (m.start !== null && m.end !== null) expect(m.start <= m.end).toBe(true);
          }
        }),
        { numRuns: 1500 },
      );
    });
  });
}
