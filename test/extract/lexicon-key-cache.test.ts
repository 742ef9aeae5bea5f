// The integer-keyed cache of a table answers like a Map, forgets all past its bound, and refuses other keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyCache } from '../../src/extract/lexicon/key-cache.js';

describe('KeyCache', () => {
  it('answers like a Map under any sequence of sets and gets (property)', () => {
    const op = fc.tuple(fc.boolean(), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x7fffffff })), fc.integer());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), fc.integer({ min: 1, max: 300 }), (ops, max) => {
        const cache = new KeyCache<number>(max, 2);
        const ref = new Map<number, number>();
        for (const [isSet, key, value] of ops) {
          if (isSet) {
            if (!ref.has(key) && ref.size >= max) ref.clear();
            ref.set(key, value);
            cache.set(key, value);
          }
          expect(cache.get(key)).toBe(ref.get(key));
          expect(cache.size).toBe(ref.size);
        }
        for (const [key, value] of ref) expect(cache.get(key)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses keys that are not non-negative 31-bit integers', () => {
    const cache = new KeyCache<string>(10);
    expect(() => cache.set(-1, 'x')).toThrow(/31-bit/u);
    expect(() => cache.set(2 ** 31, 'x')).toThrow(/31-bit/u);
    expect(() => cache.set(1.5, 'x')).toThrow(/31-bit/u);
  });
});
