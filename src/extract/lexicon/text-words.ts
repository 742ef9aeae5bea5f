// The words of a text (letters, marks, digits), found once and shared by the recognisers that walk
// them (dates, numbers): offsets, the words, and their lookup keys. The last text's answer is kept.
// The words are the runs of /[\p{L}\p{M}\p{N}]+/u, found by a character scanner (word-chars.ts).
import { wordRuns } from './word-chars.js';

export interface TextWords {
  readonly text: string;
  readonly starts: readonly number[];
  readonly words: readonly string[];
  /** The word lower-cased when it starts with a capital, else the word itself (most words need no copy). */
  readonly keys: readonly string[];
}

/** True when the word starts with a capital (ASCII fast path). */
export function isUpperStart(c: number, word: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0]!;
  return first !== first.toLowerCase();
}

let last: TextWords = { text: '', starts: [], words: [], keys: [] };

export function textWords(text: string): TextWords {
  if (last.text === text) return last;
  const { starts, ends } = wordRuns(text, true);
  const words: string[] = new Array<string>(starts.length);
  const keys: string[] = new Array<string>(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const word = text.slice(starts[i]!, ends[i]!);
    words[i] = word;
    keys[i] = isUpperStart(word.charCodeAt(0), word) ? word.toLowerCase() : word;
  }
  last = { text, starts, words, keys };
  return last;
}
