// Words of letters and marks, hyphen-joined parts included ("Nagorny-Karabakh"), in a stretch of text, found by a
// character scanner instead of a global regex and its match arrays. LETTER_WORD_SOURCE is the pattern; letterWords
// finds exactly its matches in text.slice(from, to) (a test checks it on random text), as absolute offsets.
import { classAt, LETTER, MARK, WIDE } from './capital-words.js';

export const LETTER_WORD_SOURCE = String.raw`[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*`;

/** End of the run of letters and marks starting at i, within [.., to). */
function runEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const k = classAt(text, i, to);
    if ((k & (LETTER | MARK)) === 0) break;
    i += k & WIDE ? 2 : 1;
  }
  return i;
}

/**
 * The words of text[from, to) as [start0, end0, start1, end1, …] (absolute offsets): the matches of the global
 * LETTER_WORD_SOURCE regex (flags gu) run over text.slice(from, to).
 */
export function letterWords(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    const k = classAt(text, i, to);
    if ((k & (LETTER | MARK)) === 0) {
      i += k & WIDE ? 2 : 1;
      continue;
    }
    let e = runEnd(text, i + (k & WIDE ? 2 : 1), to);
    // Hyphen-joined parts: a hyphen then at least one letter or mark.
    while (e + 1 < to && text.charCodeAt(e) === 45 && classAt(text, e + 1, to) & (LETTER | MARK)) e = runEnd(text, e + 1, to);
    out.push(i, e);
    i = e;
  }
  return out;
}
