// A table of pattern rows matched in one pass: each row is tried anchored (sticky) at the word starts
// where the text begins with one of the row's literal prefixes (prefixes.ts) only. Same matches as
// running every row over the whole text, at a fraction of the cost.
import { KeyCache } from './key-cache.js';
import { wordRuns } from './word-chars.js';
import { NO_CHAR, PREFIX_LEN, keyHead, literalPrefixes, prefixNumber, textKey } from './prefixes.js';
import { normaliseApostrophes, type Match } from './word-regex.js';

export interface TableMatch<R> extends Match {
  readonly row: R;
}

export interface Table<R> {
  readonly rows: readonly R[];
  readonly sticky: readonly RegExp[];
  /** Rows (indices, in order) by the number of each of their literal prefixes (prefixes.ts), one map per prefix length - 1. */
  readonly rowsByPrefix: readonly ReadonlyMap<number, readonly number[]>[];
  /** Rows whose prefix is unknown: tried at every word start. */
  readonly rowsAlways: readonly number[];
  /** By a prefix's first character code: 1 when some row may start there (every code when a row is always tried). */
  readonly firstCodes: Uint8Array;
  /** The rows to try at a word start, by the text's key there (filled as keys are met). */
  readonly candidates: KeyCache<readonly number[]>;
}

/** Past this many keys met, a table forgets the rows it found for them (memory stays bounded on any input). */
const MAX_CANDIDATE_KEYS = 50_000;

/** Word starts of one text (the runs of /[\p{L}\p{N}]+/u, word-chars.ts) and the key of the characters at each one (prefixes.ts textKey). */
interface WordIndex {
  text: string;
  starts: number[];
  /** Filled on first use by a table. */
  keys: Int32Array | null;
}
let wordCache: WordIndex = { text: '', starts: [], keys: null };

function wordIndex(text: string): WordIndex {
  if (wordCache.text === text) return wordCache;
  wordCache = { text, starts: wordRuns(text, false).starts, keys: null };
  return wordCache;
}

function startKeys(index: WordIndex): Int32Array {
  if (index.keys) return index.keys;
  const { text, starts } = index;
  const keys = new Int32Array(starts.length);
  for (let i = 0; i < starts.length; i++) keys[i] = textKey(text, starts[i]!);
  index.keys = keys;
  return keys;
}

/** Per literal prefix, the rows that can start with it; and the rows with no known prefix. */
function rowIndex(patterns: readonly string[]): Pick<Table<unknown>, 'rowsByPrefix' | 'rowsAlways' | 'firstCodes'> {
  const byPrefix = Array.from({ length: PREFIX_LEN }, () => new Map<number, number[]>());
  const always: number[] = [];
  const firstCodes = new Uint8Array(NO_CHAR + 1);
  patterns.forEach((p, i) => {
    const prefixes = literalPrefixes(p);
    if (!prefixes) {
      always.push(i);
      return;
    }
    for (const codes of prefixes) {
      firstCodes[codes[0]!] = 1;
      const map = byPrefix[codes.length - 1]!;
      const n = prefixNumber(codes);
      const list = map.get(n);
      if (!list) map.set(n, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  if (always.length) firstCodes.fill(1);
  return { rowsByPrefix: byPrefix, rowsAlways: always, firstCodes };
}

/** The rows (in order) whose prefix begins the text at a word start with this key. */
function candidatesFor(table: Table<unknown>, key: number): readonly number[] {
  const hit = table.candidates.get(key);
  if (hit) return hit;
  const found = new Set<number>(table.rowsAlways);
  for (let n = 1; n <= PREFIX_LEN; n++) for (const i of table.rowsByPrefix[n - 1]!.get(keyHead(key, n)) ?? []) found.add(i);
  const list = [...found].sort((a, b) => a - b);
  table.candidates.set(key, list);
  return list;
}

/** Offsets where a word starts (the only places a row can start); the last text's answer is kept. */
export function wordStarts(text: string): readonly number[] {
  return wordIndex(text).starts;
}

const TAIL = "(?:(?<=['’-])|(?![\\p{L}\\p{N}]))";

export function compileTable<R extends { readonly pattern: string }>(rows: readonly R[]): Table<R> {
  const sources = rows.map((r) => normaliseApostrophes(r.pattern));
  return {
    rows,
    sticky: sources.map((s) => new RegExp(`(?:${s})${TAIL}`, 'iuy')),
    ...rowIndex(rows.map((r) => r.pattern)),
    candidates: new KeyCache<readonly number[]>(MAX_CANDIDATE_KEYS),
  };
}

/** Every match of every row in text[from, end), in text order. */
export function findInTable<R>(table: Table<R>, text: string, from = 0): TableMatch<R>[] {
  const out: TableMatch<R>[] = [];
  const index = wordIndex(text);
  const starts = index.starts;
  const keys = startKeys(index);
  const sticky = table.sticky;
  const firstCodes = table.firstCodes;
  for (let w = 0; w < starts.length; w++) {
    const at = starts[w]!;
    if (at < from) continue;
    // Only the rows whose literal prefix begins the text here are tried.
    const key = keys[w]!;
    if (firstCodes[keyHead(key, 1)] === 0) continue;
    const cand = candidatesFor(table, key);
    if (cand.length === 0) continue;
    // The rows are tried one by one (their prefixes already filter them). A pass of the whole alternation
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
