// Does a pattern match a text slice up to its end, starting at a word start? Tried only at the word starts whose first
// character the pattern can begin with (first-chars.ts), with a sticky regex, instead of an unanchored search that tries
// every offset: the pattern ends with `$`, so each try either reaches the slice's end or fails fast. A pattern without `$`
// is found anywhere in the slice, from a word start.
import { charKey } from './first-chars.js';

export interface TailPattern {
  /** Sticky ('y'); ending with `$` when the match must reach the slice's end. */
  readonly at: RegExp;
  /** Characters (charKey) the pattern can start with; null: any. */
  readonly first: ReadonlySet<string> | null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letters and digits (any script) make words; white space, apostrophes, hyphens and punctuation end them. */
function isWordChar(slice: string, i: number): boolean {
  const code = slice.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(slice[i]!);
}

export function tailMatch(slice: string, p: TailPattern): boolean {
  let prevWord = false;
  for (let i = 0; i < slice.length; i++) {
    const word = isWordChar(slice, i);
    if (word && !prevWord && (!p.first || p.first.has(charKey(slice[i]!)))) {
      p.at.lastIndex = i;
      if (p.at.test(slice)) return true;
    }
    prevWord = word;
  }
  return false;
}
