// A hand-written scanner for the tokeniser's token pattern, without a regex call per token:
//   word:  [\p{L}\p{M}\p{N}]+ (?:[-'’][\p{L}\p{M}\p{N}]+)* ['’]?
//   run of terminal punctuation: [.!?…]+
//   any other single code point that is not white space.
// TOKEN_SOURCE is that pattern; the scanner must find exactly its matches (a test checks it on random text).
export const TOKEN_SOURCE = String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*['’]?|[.!?…]+|[^\s\p{L}\p{M}\p{N}]`;

const WORD_CP_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CP_RE = /^\s$/u;

const UNKNOWN = 0;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;

/** Class of each BMP code unit, filled on first sight. */
const CLASS = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return WORD_CP_RE.test(ch) ? WORD : SPACE_CP_RE.test(ch) ? SPACE : OTHER;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Class of the code point at i and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
    return classOf(text.slice(i, i + 2)) | 4; // bit 4: two code units
  }
  let k = CLASS[c]!;
  if (k === UNKNOWN) k = CLASS[c] = classOf(text[i]!);
  return k;
}

const isSep = (c: number): boolean => c === 45 || c === 39 || c === 0x2019; // - ' ’
const isApos = (c: number): boolean => c === 39 || c === 0x2019;
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …

/** End of a run of word code points starting at i (i itself when none). */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = classAt(text, i);
    if ((k & 3) !== WORD) break;
    i += k & 4 ? 2 : 1;
  }
  return i;
}

/**
 * The next token at or after `from`: [start, end), or null when only white space is left.
 * Same result as the global TOKEN_SOURCE regex (flags gu) executed with lastIndex = from.
 */
export function nextToken(text: string, from: number, out: { start: number; end: number }): boolean {
  const n = text.length;
  let i = from;
  // Like a unicode regex, a start inside a surrogate pair moves back to the pair's first half.
  if (i > 0 && i < n && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  for (;;) {
    if (i >= n) return false;
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      i++;
      continue;
    }
    const k = classAt(text, i);
    const cls = k & 3;
    if (cls === SPACE) {
      i++;
      continue;
    }
    out.start = i;
    if (cls === WORD) {
      let e = wordRunEnd(text, i);
      for (;;) {
        if (e < n && isSep(text.charCodeAt(e))) {
          const after = wordRunEnd(text, e + 1);
          if (after > e + 1) {
            e = after;
            continue;
          }
        }
        break;
      }
      if (e < n && isApos(text.charCodeAt(e))) e++;
      out.end = e;
      return true;
    }
    if (isTerminal(c)) {
      let e = i + 1;
      while (e < n && isTerminal(text.charCodeAt(e))) e++;
      out.end = e;
      return true;
    }
    out.end = i + (k & 4 ? 2 : 1);
    return true;
  }
}
