// Capitalised words found by a character scanner instead of a regex whose every attempt tests Unicode classes and a
// look-behind. CAPITAL_WORD_SOURCE is the pattern; nextCapitalWord finds exactly its matches (a test checks it on
// random text):
//   a capital letter with no letter, mark, digit or hyphen before it, the letters and marks after it, then any number
//   of apostrophe- or hyphen-joined parts that start with a letter ("Nagorny-Karabakh", "N’Djamena").
export const CAPITAL_WORD_SOURCE = String.raw`\p{Lu}(?<![\p{L}\p{M}\p{N}-]\p{Lu})[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;

const KNOWN = 1;
const UPPER = 2;
/** Class bits of classAt(). */
export const LETTER = 4;
export const MARK = 8;
const DIGIT = 16;
/** Set on a surrogate pair's class: the code point takes two code units. */
export const WIDE = 32;

const UPPER_RE = /^\p{Lu}$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const DIGIT_RE = /^\p{N}$/u;

/** Classes of each BMP code unit, filled on first sight. */
const BMP = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (UPPER_RE.test(ch) ? UPPER : 0) | (LETTER_RE.test(ch) ? LETTER : 0) | (MARK_RE.test(ch) ? MARK : 0) | (DIGIT_RE.test(ch) ? DIGIT : 0);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Classes of the code point that starts at i (WIDE when it is a surrogate pair), in text[0, end): a pair cut by `end`
 * is its lone first half, as in a slice ending there.
 */
export function classAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < end && isLow(text.charCodeAt(i + 1))) return classify(text.slice(i, i + 2)) | WIDE;
  let k = BMP[c]!;
  if (k === 0) k = BMP[c] = classify(text[i]!);
  return k;
}

/** Classes of the code point that ends right before i (0 at the start of the text). */
function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  if (i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2))) return classAt(text, i - 2);
  return classAt(text, i - 1);
}

/** End of the run of letters and marks starting at i. */
function lettersEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = classAt(text, i);
    if ((k & (LETTER | MARK)) === 0) break;
    i += k & WIDE ? 2 : 1;
  }
  return i;
}

/**
 * The next capitalised word at or after `from`: [start, end) in `out`; false when there is none. Same result as the
 * global CAPITAL_WORD_SOURCE regex (flags gu) executed with lastIndex = from.
 */
export function nextCapitalWord(text: string, from: number, out: { start: number; end: number }): boolean {
  const n = text.length;
  let i = from;
  // Like a unicode regex, a start inside a surrogate pair moves back to the pair's first half.
  if (i > 0 && i < n && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  while (i < n) {
    const k = classAt(text, i);
    const width = k & WIDE ? 2 : 1;
    if (k & UPPER && (classBefore(text, i) & (LETTER | MARK | DIGIT)) === 0 && text.charCodeAt(i - 1) !== 45) {
      let e = lettersEnd(text, i + width);
      for (;;) {
        const c = text.charCodeAt(e);
        if (e + 1 < n && (c === 39 || c === 0x2019 || c === 45)) {
          const next = classAt(text, e + 1);
          if (next & LETTER) {
            e = lettersEnd(text, e + 1 + (next & WIDE ? 2 : 1));
            continue;
          }
        }
        break;
      }
      out.start = i;
      out.end = e;
      return true;
    }
    i += width;
  }
  return false;
}
