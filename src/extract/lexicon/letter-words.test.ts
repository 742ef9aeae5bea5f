import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LETTER_WORD_SOURCE, letterWords } from './letter-words.js';

function byRegex(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(from, to).matchAll(new RegExp(LETTER_WORD_SOURCE, 'gu'))) out.push(from + m.index, from + m.index + m[0].length);
  return out;
}

// Letters of both cases, marks, digits, hyphens, apostrophes, blanks, astral letters and lone surrogates.
const PIECES = ['a', 'É', 'ж', '\u0301', '7', '-', "'", '’', ' ', '.', '\n', '𝐀', '😀', '\ud835', '\udc00', 'ǅ', 'ß'];

describe('letterWords', () => {
  it('finds the words of a stretch, hyphenated names whole', () => {
    const text = 'Les rues de Nagorny-Karabakh, près de l’hôpital - 3 morts.';
    const spans = letterWords(text, 4, text.length);
    const words: string[] = [];
    for (let i = 0; i < spans.length; i += 2) words.push(text.slice(spans[i], spans[i + 1]));
    expect(words).toEqual(['rues', 'de', 'Nagorny-Karabakh', 'près', 'de', 'l', 'hôpital', 'morts']);
  });

  it('finds exactly what the regex finds in any slice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(letterWords(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
