// The words of a text (letters, marks, digits), found once and shared by the recognisers that walk
// them (dates, numbers): offsets, the words, and their lookup keys. The last text's answer is kept.
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

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
  const starts: number[] = [];
  const words: string[] = [];
  const keys: string[] = [];
  const wr = WORD_RE;
  wr.lastIndex = 0;
  for (let w = wr.exec(text); w; w = wr.exec(text)) {
    const word = w[0];
    starts.push(w.index);
    words.push(word);
    keys.push(isUpperStart(word.charCodeAt(0), word) ? word.toLowerCase() : word);
  }
  last = { text, starts, words, keys };
  return last;
}
