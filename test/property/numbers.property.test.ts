// Property tests of the number recogniser for every language pack: no crash, offsets inside the
// text, the mention text is the exact substring, values are numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { LANGUAGE_PACKS } from '../../src/lang/index.js';

for (const pack of LANGUAGE_PACKS) {
  const lex = pack.numbers;
  const pool = [
    ...Object.keys(lex.units), ...Object.keys(lex.multipliers), ...lex.joiners, ...Object.keys(lex.approximations),
    ...Object.keys(lex.qualifiers), ...lex.ranges.flat(), ...lex.articleLike, ...lex.negatives,
    '0', '7', '12', '1 200', '1,5', '3.7', '2 000 000', '99999999999999999999', '-', '–', ',', '.', '%', '(', ')', '\n', 'é', '’',
  ].filter((w) => w !== '');
  const tokens = fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 4 })), { maxLength: 40 });
  const texts = fc.oneof(fc.string({ maxLength: 200 }), tokens.map((t) => t.join(' ')), tokens.map((t) => t.join('')));

  describe(`findNumbers ${pack.code} (property)`, () => {
    it('never throws; every mention lies inside the text and quotes it exactly', () => {
      fc.assert(
        fc.property(texts, fc.boolean(), (text, skip) => {
          for (const m of findNumbers(text, lex, { skipArticleLike: skip })) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.core.start).toBeGreaterThanOrEqual(m.start);
            expect(m.core.end).toBeLessThanOrEqual(m.end);
            expect(typeof m.value).toBe('number');
            expect(Number.isNaN(m.value)).toBe(false);
          }
        }),
        { numRuns: 1500 },
      );
    });
  });
}
