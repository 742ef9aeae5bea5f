// The hand-written token scanner against the token pattern it replaces: on any text, from any start,
// the same tokens (offsets) as the regex, including accents, combining marks, astral letters, emoji,
// lone surrogates and every kind of white space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextToken, TOKEN_SOURCE } from '../../../src/extract/segment/scan-token.js';

function byRegex(text: string, from: number): [number, number][] {
  const re = new RegExp(TOKEN_SOURCE, 'gu');
  re.lastIndex = from;
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byScanner(text: string, from: number): [number, number][] {
  const span = { start: 0, end: 0 };
  const out: [number, number][] = [];
  for (let pos = from; nextToken(text, pos, span); pos = span.end) out.push([span.start, span.end]);
  return out;
}

const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', 'ǅ', 'e\u0301', '\u0301', '7', '٣', '½', 'Ⅻ', '𝐀', '😀', '\ud800', '\udc00', '中',
  "'", '’', '-', '–', '.', '...', '…', '!', '?', ',', ';', '«', '»', '"', '(', ')', '%', '$', '#',
  ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u202f', '\u2028', '\ufeff', '\u200b', "l'", "aujourd'hui", 'Haut-Karabakh', 'M.',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
  fc.string({ maxLength: 120, unit: 'binary' }),
  fc.string({ maxLength: 120, unit: 'grapheme' }),
);

describe('nextToken (the tokeniser scanner)', () => {
  it('finds exactly the tokens of the token pattern, from any start offset', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, k) => {
        const from = text.length ? k % (text.length + 1) : 0;
        expect(byScanner(text, from)).toEqual(byRegex(text, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads words with inner hyphens and apostrophes, elisions, and runs of terminal punctuation', () => {
    const text = "L’Azerbaïdjan a dit qu'« aujourd'hui » le Haut-Karabakh… Non!? 1 200 morts l'";
    const span = { start: 0, end: 0 };
    const got: string[] = [];
    for (let pos = 0; nextToken(text, pos, span); pos = span.end) got.push(text.slice(span.start, span.end));
    expect(got).toEqual(['L’Azerbaïdjan', 'a', 'dit', "qu'", '«', "aujourd'hui", '»', 'le', 'Haut-Karabakh', '…', 'Non', '!?', '1', '200', 'morts', "l'"]);
  });
});
