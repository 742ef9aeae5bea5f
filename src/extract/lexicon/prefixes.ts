// The literal beginnings a pattern's matches must have: up to PREFIX_LEN case-folded characters read
// from its source (literal letters, groups of alternatives, optional parts, small character classes).
// A table tries a row only at the word starts whose first characters begin with one of the row's
// prefixes. Where the source is not simple enough to tell, the prefix is shorter (a shorter prefix
// is still a true one), or unknown (null: the row is tried everywhere).
import { charKey } from './first-chars.js';

/** Characters of a prefix; a text's key at a word start holds as many (fewer at the end of the text). */
export const PREFIX_LEN = 3;
/** Past this many prefixes a pattern's prefixes are cut to their first character. */
const MAX_PREFIXES = 64;
/** Folded codes of prefix characters are below this (9 bits each: a key of PREFIX_LEN of them is a small integer). */
const CODE_LIMIT = 0x180;
const CODE_BITS = 9;
/** A character the text side gives where no pattern prefix can have it (beyond the text, not folded, or above U+017F). */
export const NO_CHAR = 0x1ff;

/**
 * Characters (codes) no literal prefix takes: their case folding is not one-to-one with charKey (sharp s in both cases,
 * dotless i, dotted capital I, long s, n preceded by apostrophe, micro sign), and the multiplication and division signs.
 */
const UNSAFE = new Set([0xdf, 0x1e9e, 0x131, 0x130, 0x17f, 0x149, 0xb5, 0xd7, 0xf7]);
const APOSTROPHES = new Set(["'", '’']);
const APOSTROPHE_CODE = 39;

/**
 * The folded code of a pattern's literal character, or -1 when it may not be part of a prefix: only printable
 * ASCII, Latin-1 and Latin Extended-A letters, and apostrophes (straight and typographic are one character,
 * as word-regex.ts makes them) are taken, whose case-insensitive matches are exactly the characters charKey
 * folds to the same key (test/extract/lexicon-prefixes.test.ts checks this over every code point).
 */
export function patternCode(c: string): number {
  if (APOSTROPHES.has(c)) return APOSTROPHE_CODE;
  if (c.length !== 1) return -1;
  const code = c.charCodeAt(0);
  if (UNSAFE.has(code)) return -1;
  if (!((code >= 0x20 && code < 0x7f) || (code >= 0xc0 && code <= 0x17f))) return -1;
  const k = charKey(c);
  return k.length === 1 && k.charCodeAt(0) < CODE_LIMIT ? k.charCodeAt(0) : -1;
}

function foldedCode(c: string): number {
  if (APOSTROPHES.has(c)) return APOSTROPHE_CODE;
  const k = charKey(c);
  return k.length === 1 && k.charCodeAt(0) < CODE_LIMIT ? k.charCodeAt(0) : NO_CHAR;
}

/** Folded codes of the characters below U+0180 (ASCII, Latin-1, Latin Extended-A), computed once. */
const LOW = CODE_LIMIT;
const LOW_CODES: Int32Array = Int32Array.from({ length: LOW }, (_, i) => foldedCode(String.fromCharCode(i)));

/** The folded code of one text character (a UTF-16 code unit): the code a pattern's literal it matches has. */
export function textCode(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < LOW ? LOW_CODES[code]! : foldedCode(text[i]!);
}

/** The key of the PREFIX_LEN characters from `at` (NO_CHAR past the end): one small integer, 9 bits per character. */
export function textKey(text: string, at: number): number {
  let key = 0;
  for (let j = 0; j < PREFIX_LEN; j++) key = (key << CODE_BITS) | (at + j < text.length ? textCode(text, at + j) : NO_CHAR);
  return key;
}

/** A prefix as a number: the first n characters of a key. */
export function keyHead(key: number, n: number): number {
  return key >>> (CODE_BITS * (PREFIX_LEN - n));
}

// --- the pattern side: a small parser of the sources the language packs use ---

/** A prefix being read: its codes, and whether what follows may still lengthen it. */
interface Entry {
  readonly codes: readonly number[];
  readonly open: boolean;
}

type Atom =
  | { readonly kind: 'chars'; readonly codes: readonly number[] } // one character among these codes
  | { readonly kind: 'group'; readonly alts: readonly (readonly Item[])[] }
  | { readonly kind: 'skip' } // an assertion (lookaround, ^, $, \b): takes no character
  | { readonly kind: 'stop' }; // anything else: a class, an escape, any character
interface Item {
  readonly atom: Atom;
  /** Least and most repetitions (most: Infinity when unbounded). */
  readonly min: number;
  readonly max: number;
}

class Unparsed extends Error {}

/** Parses a regular-expression source into alternatives of items; throws Unparsed on what it does not know. */
function parse(source: string): Item[][] {
  let i = 0;
  const alternatives = (): Item[][] => {
    const alts: Item[][] = [[]];
    while (i < source.length) {
      const c = source[i]!;
      if (c === ')') return alts;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = readAtom();
      const [min, max] = readQuantifier();
      alts[alts.length - 1]!.push({ atom, min, max });
    }
    return alts;
  };
  const readAtom = (): Atom => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (source[i] === '?') {
        const next = source[i + 1];
        if (next === ':') i += 2;
        else if (next === '=' || next === '!') (i += 2), (zeroWidth = true);
        else if (next === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) (i += 3), (zeroWidth = true);
        else if (next === '<') {
          const close = source.indexOf('>', i);
          if (close < 0) throw new Unparsed();
          i = close + 1;
        } else throw new Unparsed();
      }
      const alts = alternatives();
      if (source[i] !== ')') throw new Unparsed();
      i++;
      return zeroWidth ? { kind: 'skip' } : { kind: 'group', alts };
    }
    if (c === '[') return readClass();
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) throw new Unparsed();
      i += 2;
      if (/[pPk]/u.test(e) || (e === 'u' && source[i] === '{')) {
        if (source[i] === '{') {
          const close = source.indexOf('}', i);
          if (close < 0) throw new Unparsed();
          i = close + 1;
        }
        return { kind: 'stop' };
      }
      if (e === 'b' || e === 'B') return { kind: 'skip' };
      // An escaped punctuation character is that character; any other escape is a class or a reference.
      const code = /[\p{L}\p{N}]/u.test(e) ? -1 : patternCode(e);
      return code >= 0 ? { kind: 'chars', codes: [code] } : { kind: 'stop' };
    }
    if (c === '?' || c === '*' || c === '+' || c === '{' || c === '}' || c === ']') throw new Unparsed();
    i++;
    if (c === '^' || c === '$') return { kind: 'skip' };
    if (c === '.') return { kind: 'stop' };
    const code = patternCode(c);
    return code >= 0 ? { kind: 'chars', codes: [code] } : { kind: 'stop' };
  };
  /** A class of plain characters ("[eé]", "['’]") is those characters; any other class stops the prefix. */
  const readClass = (): Atom => {
    i++;
    let plain = source[i] !== '^';
    const codes = new Set<number>();
    for (; i < source.length && source[i] !== ']'; i++) {
      const c = source[i]!;
      if (c === '\\') {
        plain = false;
        i++;
        continue;
      }
      if (c === '-' && codes.size > 0 && source[i + 1] !== ']') plain = false;
      const code = patternCode(c);
      if (code < 0) plain = false;
      else codes.add(code);
    }
    if (source[i] !== ']') throw new Unparsed();
    i++;
    return plain && codes.size > 0 ? { kind: 'chars', codes: [...codes] } : { kind: 'stop' };
  };
  const readQuantifier = (): [number, number] => {
    const c = source[i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(i));
      if (!m) throw new Unparsed();
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
      i += m[0].length - 1;
    } else return q;
    i++;
    if (source[i] === '?') i++; // lazy: the same strings
    return q;
  };
  const alts = alternatives();
  if (i !== source.length) throw new Unparsed();
  return alts;
}

const closed = (entries: readonly Entry[]): Entry[] => entries.map((e) => (e.open ? { codes: e.codes, open: false } : e));

/** Every entry followed by every one of `next` (cut to PREFIX_LEN); closed entries stay as they are. */
function concat(entries: readonly Entry[], next: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    if (!e.open) out.push(e);
    else
      for (const n of next) {
        const codes = [...e.codes, ...n.codes].slice(0, PREFIX_LEN);
        out.push({ codes, open: n.open && codes.length < PREFIX_LEN });
      }
  }
  return limit(out);
}

/** Too many prefixes: each cut to its first character (still a true prefix). */
function limit(entries: Entry[]): Entry[] {
  if (entries.length <= MAX_PREFIXES) return entries;
  return entries.map((e) => ({ codes: e.codes.slice(0, 1), open: e.codes.length === 0 && e.open }));
}

function atomEntries(atom: Atom): Entry[] {
  if (atom.kind === 'chars') return atom.codes.map((c) => ({ codes: [c], open: PREFIX_LEN > 1 }));
  if (atom.kind === 'group') return atom.alts.flatMap((alt) => sequence(alt));
  return [{ codes: [], open: false }];
}

/** The prefixes of a sequence of items. */
function sequence(items: readonly Item[]): Entry[] {
  let entries: Entry[] = [{ codes: [], open: true }];
  for (const { atom, min, max } of items) {
    if (!entries.some((e) => e.open)) break;
    // An assertion restricts where a match is, not the characters it takes (quantified, it is a syntax error).
    if (atom.kind === 'skip') continue;
    const one = atomEntries(atom);
    let next = entries;
    for (let k = 0; k < Math.min(min, PREFIX_LEN); k++) next = concat(next, one);
    if (min > PREFIX_LEN) next = closed(next);
    if (max > min) next = max === min + 1 && min === 0 ? [...entries, ...concat(entries, one)] : closed([...next, ...concat(next, one)]);
    // An item repeated beyond what was read: what follows it is not known.
    if (max > 1 && min >= 1) next = closed(next);
    entries = limit(next);
  }
  return entries;
}

/**
 * The case-folded literal prefixes (1 to PREFIX_LEN character codes) every match of a pattern starts with one of;
 * null when a match may start otherwise (the pattern may begin with a class, an escape, an assertion, or be empty).
 */
export function literalPrefixes(source: string): number[][] | null {
  let alts: Item[][];
  try {
    alts = parse(source);
  } catch (e) {
    if (e instanceof Unparsed) return null;
    throw e;
  }
  const entries = alts.flatMap((alt) => sequence(alt));
  if (entries.some((e) => e.codes.length === 0)) return null;
  const seen = new Set<string>();
  const out: number[][] = [];
  for (const e of entries) {
    const k = e.codes.join(',');
    if (!seen.has(k)) (seen.add(k), out.push([...e.codes]));
  }
  return out;
}

/** A prefix's number, the same as keyHead gives for a text key that starts with it. */
export function prefixNumber(codes: readonly number[]): number {
  let n = 0;
  for (const c of codes) n = (n << CODE_BITS) | c;
  return n;
}
