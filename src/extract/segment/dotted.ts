// A dotted abbreviation ending at a period: "U.S.", "U.N.", "É.-U.", "e.g.", "J.-C.": one-to-three-letter parts, each
// glued to a period, a hyphen allowed after a period. The tokeniser reads "U.S." as "U", ".", "S", "."; this joins them.
import type { RawToken } from './tokenize.js';

const PART_RE = /^[\p{L}]{1,3}$/u;

/** The abbreviation ending with the period at token `dot`, without its last period ("U.S", "É.-U"); null unless it has two parts or more. */
export function dottedBefore(tokens: readonly RawToken[], dot: number, text: string): string | null {
  const first = dottedStart(tokens, dot);
  const last = tokens[dot - 1];
  return first < dot - 1 && last ? text.slice(tokens[first]!.start, last.end) : null;
}

/** The index of the first token of the abbreviation ending with the period at token `dot` (`dot` itself when none). */
export function dottedStart(tokens: readonly RawToken[], dot: number): number {
  let k = dot - 1;
  let start = dot;
  for (;;) {
    const word = tokens[k];
    const after = tokens[k + 1];
    if (!word || !after || word.kind !== 'word' || word.end !== after.start || !PART_RE.test(word.text)) break;
    start = k;
    // Before the part: its period, or a hyphen glued to the period ("É.-U").
    let p = k - 1;
    if (tokens[p]?.text === '-' && tokens[p]!.end === word.start) p--;
    const period = tokens[p];
    if (!period || period.text !== '.' || period.end !== tokens[p + 1]!.start) break;
    k = p - 1;
  }
  return start;
}
