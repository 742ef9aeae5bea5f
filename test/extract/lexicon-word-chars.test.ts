// The character scanner finds the same word runs as the regular expressions it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWords } from '../../src/extract/lexicon/text-words.js';
import { wordRuns } from '../../src/extract/lexicon/word-chars.js';

const byRegex = (re: RegExp, text: string) => {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(re)) (starts.push(m.index), ends.push(m.index + m[0].length));
  return { starts, ends };
};

describe('word runs by character scanner', () => {
  it('splits letters, digits and (when asked) combining marks like the regular expressions', () => {
    const text = 'L’armée a tiré 12 obus sur Stepanakert\u0301e, 𝐀𝐁 x\ud800y z-w';
    expect(wordRuns(text, false)).toEqual(byRegex(/[\p{L}\p{N}]+/gu, text));
    expect(wordRuns(text, true)).toEqual(byRegex(/[\p{L}\p{M}\p{N}]+/gu, text));
    expect(wordRuns('', true)).toEqual({ starts: [], ends: [] });
    expect(textWords('Deux morts à Gao').words).toEqual(['Deux', 'morts', 'à', 'Gao']);
    expect(textWords('Deux morts à Gao').keys).toEqual(['deux', 'morts', 'à', 'gao']);
  });

  it('agrees with the regular expressions on any text, astral characters and lone surrogates included (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('é', 'e\u0301', '\ud83d\ude00', '\ud835\udc00', '\udc00', '\ud800', '٣', 'Σ', ' ', '’', '-'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
        expect(wordRuns(text, false)).toEqual(byRegex(/[\p{L}\p{N}]+/gu, text));
        expect(wordRuns(text, true)).toEqual(byRegex(/[\p{L}\p{M}\p{N}]+/gu, text));
      }),
      { numRuns: 2000 },
    );
  });
});
