import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPITAL_WORD_SOURCE, nextCapitalWord } from './capital-words.js';

function byRegex(text: string, from: number): [number, number][] {
  const re = new RegExp(CAPITAL_WORD_SOURCE, 'gu');
  re.lastIndex = from;
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byScanner(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const span = { start: 0, end: 0 };
  for (let at = from; nextCapitalWord(text, at, span); at = span.end) out.push([span.start, span.end]);
  return out;
}

// Capitals, small letters, marks, digits, joiners, blanks, punctuation, astral letters and lone surrogates.
const PIECES = ['A', 'É', 'Ж', 'a', 'é', 'ж', '\u0301', '7', '٣', "'", '’', '-', ' ', '.', '\n', '«', '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'ǅ', 'ß'];

describe('nextCapitalWord', () => {
  it('finds the capitalised words of a sentence', () => {
    const text = "Selon N’Djamena, l'armée a frappé Nagorny-Karabakh et Stepanakert, pas x-Men ni 3Ab.";
    expect(byScanner(text, 0).map(([s, e]) => text.slice(s, e))).toEqual(['Selon', 'N’Djamena', 'Nagorny-Karabakh', 'Stepanakert']);
  });

  it('finds exactly what the regex finds, from any offset', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), (parts, k) => {
        const text = parts.join('');
        const from = text.length ? k % (text.length + 1) : 0;
        expect(byScanner(text, from)).toEqual(byRegex(text, from));
      }),
      { numRuns: 3000 },
    );
  });
});
