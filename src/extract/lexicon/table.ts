// A table of pattern rows matched in one pass: a single alternation finds every position where some
// row matches, then each row is tried anchored at those positions only. Same matches as running every
// row over the whole text, at a fraction of the cost.
import { charKey, firstChars } from './first-chars.js';
import { normaliseApostrophes, type Match } from './word-regex.js';

function firstOfAll(patterns: readonly string[]): Set<string> | null {
  const all = new Set<string>();
  for (const p of patterns) {
    const f = firstChars(p);
    if (!f) return null;
    for (const c of f) all.add(c);
  }
  return all;
}

export interface TableMatch<R> extends Match {
  readonly row: R;
}

export interface Table<R> {
  readonly rows: readonly R[];
  readonly sticky: readonly RegExp[];
  /** Characters (case-folded) some row can start with; null when unknown. */
  readonly first: ReadonlySet<string> | null;
  /** Rows (indices, in order) that can start with a given case-folded character, by character code for ASCII. */
  readonly rowsAscii: readonly (readonly number[])[];
  readonly rowsByKey: ReadonlyMap<string, readonly number[]>;
  /** Rows whose first character is unknown: tried at every word start. */
  readonly rowsAlways: readonly number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Word starts of one text and the case-folded key of each one's first character. */
interface WordIndex {
  text: string;
  starts: number[];
  /** Filled on first use by a table that filters on first characters. */
  keys: string[] | null;
  /** The key's character code when it is one ASCII character, else -1. */
  codes: Int16Array | null;
}
let wordCache: WordIndex = { text: '', starts: [], keys: null, codes: null };

function wordIndex(text: string): WordIndex {
  if (wordCache.text === text) return wordCache;
  const starts: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) starts.push(m.index);
  wordCache = { text, starts, keys: null, codes: null };
  return wordCache;
}

function firstKeys(index: WordIndex): { keys: string[]; codes: Int16Array } {
  if (index.keys && index.codes) return { keys: index.keys, codes: index.codes };
  const { text, starts } = index;
  const keys: string[] = new Array<string>(starts.length);
  const codes = new Int16Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const k = charKey(text[starts[i]!]!);
    keys[i] = k;
    const c = k.charCodeAt(0);
    codes[i] = k.length === 1 && c < 128 ? c : -1;
  }
  index.keys = keys;
  index.codes = codes;
  return { keys, codes };
}

/** Per first character, the rows that can start with it (plus the rows that can start with anything), in row order. */
function rowIndex(patterns: readonly string[]): Pick<Table<unknown>, 'rowsAscii' | 'rowsByKey' | 'rowsAlways'> {
  const firsts = patterns.map((p) => firstChars(p));
  const always: number[] = [];
  const keys = new Set<string>();
  firsts.forEach((f, i) => {
    if (!f) always.push(i);
    else for (const k of f) keys.add(k);
  });
  const byKey = new Map<string, number[]>();
  for (const k of keys) byKey.set(k, firsts.flatMap((f, i) => (!f || f.has(k) ? [i] : [])));
  const ascii = Array.from({ length: 128 }, (_, c) => byKey.get(String.fromCharCode(c)) ?? always);
  return { rowsAscii: ascii, rowsByKey: byKey, rowsAlways: always };
}

/** Offsets where a word starts (the only places a row can start); the last text's answer is kept. */
export function wordStarts(text: string): readonly number[] {
  return wordIndex(text).starts;
}

const TAIL = "(?:(?<=['’-])|(?![\\p{L}\\p{N}]))";

export function compileTable<R extends { readonly pattern: string }>(rows: readonly R[]): Table<R> {
  const sources = rows.map((r) => normaliseApostrophes(r.pattern));
  const first = firstOfAll(rows.map((r) => r.pattern));
  return {
    rows,
    sticky: sources.map((s) => new RegExp(`(?:${s})${TAIL}`, 'iuy')),
    first,
    ...rowIndex(rows.map((r) => r.pattern)),
  };
}

/** Every match of every row in text[from, end), in text order. */
export function findInTable<R>(table: Table<R>, text: string, from = 0): TableMatch<R>[] {
  const out: TableMatch<R>[] = [];
  const index = wordIndex(text);
  const starts = index.starts;
  const { keys, codes } = firstKeys(index);
  const { rowsAscii, rowsByKey, rowsAlways } = table;
  const sticky = table.sticky;
  for (let w = 0; w < starts.length; w++) {
    const at = starts[w]!;
    if (at < from) continue;
    // Only the rows that can start with this word's first character are tried.
    const code = codes[w]!;
    const cand = code >= 0 ? rowsAscii[code]! : rowsByKey.get(keys[w]!) ?? rowsAlways;
    if (cand.length === 0) continue;
    // The rows are tried one by one (their first characters already filter them). A pass of the whole alternation
    // first used to rule word starts out, but its cost grows with the lexicon: with the French trigger table at
    // 9.7 K characters of pattern it made the seed-article bench ~15 % slower than trying the rows (bench/extract).
    for (const i of cand) {
      const s = sticky[i]!;
      s.lastIndex = at;
      const hit = s.exec(text);
      if (hit && hit[0].length > 0) out.push({ start: at, end: at + hit[0].length, text: hit[0], row: table.rows[i]! });
    }
  }
  return out;
}
