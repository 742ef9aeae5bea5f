// Property tests of the seed text reader: never crashes unexpectedly, never loses text, offsets inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSeedText, parseSeedText } from '../../src/ingest/readers/seed.js';

const day = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const pad = (n: number): string => String(n).padStart(2, '0');

describe('seed reader (property)', () => {
  it('any string: isSeedText is a boolean; parseSeedText keeps the text whole or throws a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string().map((s) => ` date ${s}`)), (raw) => {
        expect(typeof isSeedText(raw)).toBe('boolean');
        try {
          const p = parseSeedText(raw);
          expect(p.text).toBe(raw);
          expect(p.ledeStart).toBeGreaterThanOrEqual(0);
          expect(p.ledeStart).toBeLessThanOrEqual(raw.length);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a well-formed header gives its date with the right precision and the lede offset', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('year', 'month', 'day'), fc.string(), fc.string(), ([y, m, d], prec, lede, body) => {
        const date = prec === 'year' ? `${y}` : prec === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
        const raw = ` date ${date} X${lede}\n\n${body}`;
        const p = parseSeedText(raw);
        expect(p.date).toEqual({ value: date, precision: prec });
        expect(raw.slice(p.ledeStart).startsWith(`X${lede}`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
