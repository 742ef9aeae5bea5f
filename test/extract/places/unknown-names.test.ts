// Unknown capitalised names (candidate spelling variants of places): the scan that reads the capital first
// finds exactly what the look-behind-first scan found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unknownNames } from '../../../src/extract/places/place-context.js';

/** The former implementation, kept as the reference. */
function reference(text: string, from: number, covered: (start: number, end: number) => boolean): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const word = /(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
  word.lastIndex = from;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0];
    if (w.length < 4 || !/\p{Ll}/u.test(w.slice(1))) continue;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 3), start);
    if (start === 0 || /(?:^|[.!?:;\n]\s*)$/u.test(before) || /\n\s*$/u.test(before)) continue;
    if (/\p{Lu}[\p{L}\p{M}.]*\s+$/u.test(text.slice(Math.max(0, start - 30), start)) || /^\s+\p{Lu}/u.test(text.slice(start + w.length, start + w.length + 3))) continue;
    if (covered(start, start + w.length)) continue;
    out.push({ start, end: start + w.length, text: w });
  }
  return out;
}

describe('unknown names', () => {
  it('are capitalised words inside a sentence, not after a name or before one', () => {
    const text = 'Des tirs près de Khramort et de Stepanakert. Nouvelles frappes vers Martouni Bakou, selon M. Aliev.';
    expect(unknownNames(text, 0, () => false).map((u) => u.text)).toEqual(['Khramort', 'Stepanakert']);
    expect(unknownNames(text, 0, (s) => s < 30).map((u) => u.text)).toEqual(['Stepanakert']);
  });

  it('match the look-behind-first scan on any text (property)', () => {
    const piece = fc.constantFrom(
      'Gao', 'Khramort', 'Stepanakert', 'M.', 'Jean-Luc', "N'Délé", 'l’Ouest', 'ÉTAT', 'Émeute', 'éé', 'x', '12', '-', '.', '\n', ' ', '  ', '\u00a0',
      '𝐀bcd', '𝐀', 'Ab\u0301cd', 'aBcde', '3Abcd', 'ΣΟΦΙΑ', 'Σοφία', 'İstanbul', ':', '«', '\ud800',
    );
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(60), (t, from) => {
        const f = Math.min(from, t.length);
        const covered = (s: number) => s % 7 === 0;
        expect(unknownNames(t, f, covered)).toEqual(reference(t, f, covered));
        expect(unknownNames(t, f, () => false)).toEqual(reference(t, f, () => false));
      }),
      { numRuns: 3000 },
    );
  });
});
