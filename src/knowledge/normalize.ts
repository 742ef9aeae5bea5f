// Accent-, case- and punctuation-insensitive keys for names, and a tokenizer that keeps
// UTF-16 offsets into the original text. Character folding only: no words of any language.

/** Letters that Unicode decomposition does not reduce to a base Latin letter. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ø': 'o', 'ł': 'l', 'ı': 'i', 'đ': 'd', 'ð': 'd', 'ə': 'e', 'þ': 'th', 'ŀ': 'l',
  // Modifier-letter apostrophes of romanisations (soft sign, ayin): separators, like "'".
  '\u02bc': "'", '\u02bb': "'", '\u02be': "'", '\u02bf': "'",
};

const COMBINING = /\p{M}+/gu;
const EXTRA = /[œæßøłıđðəþŀ\u02bc\u02bb\u02be\u02bf]/g;
/** Modifier letters that romanisations use as apostrophes ("Oktyabrʼske"): they separate tokens. */
const APOSTROPHE_LETTERS = new Set([0x2bc, 0x2bb, 0x2be, 0x2bf]);

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Folds one token: lower case, no diacritics. */
export function foldToken(token: string): string {
  // ASCII: decomposition, marks and the extra folds change nothing but the case.
  if (isAscii(token)) return token.toLowerCase();
  let s = token.normalize('NFD').replace(COMBINING, '').toLowerCase();
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(EXTRA, (c) => EXTRA_FOLDS[c] ?? c);
  return s;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Folded form (see foldToken). */
  readonly key: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Every letter is upper case (acronyms). */
  readonly upper: boolean;
}

// Marks belong to their token so that decomposed input ("e" + U+0301) folds like composed input.
const NON_TOKEN = /[^\p{L}\p{N}\p{M}]+/gu;
const foldCache = new Map<string, string>();

function cachedFold(raw: string): string {
  let k = foldCache.get(raw);
  if (k === undefined) {
    k = foldToken(raw);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(raw, k);
  }
  return k;
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Splits text into letter/digit runs; everything else (spaces, hyphens, apostrophes) separates.
 * The last result is kept: finding places then actors in one text tokenizes it once.
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const out = tokenizeUncached(text);
  lastText = text;
  lastTokens = out;
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordCache = new Map<number, boolean>();

/** True for a letter, digit or combining mark (a code point). */
function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (APOSTROPHE_LETTERS.has(cp)) return false;
  let w = wordCache.get(cp);
  if (w === undefined) {
    w = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCache.set(cp, w);
  }
  return w;
}

function tokenizeUncached(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i) as number;
    if (!isWordCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (i < n) {
      cp = text.codePointAt(i) as number;
      if (!isWordCode(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    const raw = text.slice(start, i);
    const first = raw[0] ?? '';
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    const upper = cap && raw === raw.toUpperCase();
    out.push({ start, end: i, key: cachedFold(raw), cap, upper });
  }
  // The array is frozen so that the cached result cannot be changed by a caller.
  return Object.freeze(out) as Token[];
}

/** The lookup key of a name: its folded tokens joined by single spaces. */
export function nameKey(name: string): string {
  return foldToken(name).replace(NON_TOKEN, ' ').trim();
}

/**
 * True when two consecutive tokens belong to one name: only spaces, hyphens, apostrophes or a
 * period directly after an initial separate them (no comma, bracket or sentence break).
 */
export function joinable(text: string, prevEnd: number, nextStart: number): boolean {
  if (nextStart - prevEnd > 3) return false;
  for (let i = prevEnd; i < nextStart; i++) {
    const c = text.charCodeAt(i);
    // space, nbsp, narrow nbsp, hyphen, apostrophes, en dash used as hyphen
    if (c === 32 || c === 0xa0 || c === 0x202f || c === 45 || c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011 || APOSTROPHE_LETTERS.has(c)) continue;
    return false;
  }
  return true;
}

/**
 * True when a word that is both a name and a common word ("Réunion") reads as the common word: it opens a sentence,
 * where a capital says nothing, and the sentence goes on with a word ("Réunion de crise", not "Réunion : émeutes").
 */
export function commonWordAt(text: string, start: number, end: number): boolean {
  return atSentenceStart(text, start) && /^\s+\p{L}/u.test(text.slice(end, end + 3));
}

/** True when nothing but spaces and opening quotes stands between `at` and the start of the text or of a sentence. */
export function atSentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (/[\s"«“„'‘(\[-]/u.test(c)) continue;
    return /[.!?;:\n…]/u.test(c);
  }
  return true;
}
