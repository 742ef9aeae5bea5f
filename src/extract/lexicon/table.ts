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
  readonly any: RegExp;
  /** The alternation anchored at a word start (sticky). */
  readonly anyAt: RegExp;
  readonly sticky: readonly RegExp[];
  /** Characters (case-folded) some row can start with; null when unknown. */
  readonly first: ReadonlySet<string> | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordCache = { text: '', starts: [] as number[] };

/** Offsets where a word starts (the only places a row can start); the last text's answer is kept. */
export function wordStarts(text: string): readonly number[] {
  if (wordCache.text === text) return wordCache.starts;
  const starts: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) starts.push(m.index);
  wordCache.text = text;
  wordCache.starts = starts;
  return starts;
}

const HEAD = '(?<![\\p{L}\\p{N}])';
const TAIL = "(?:(?<=['’-])|(?![\\p{L}\\p{N}]))";

export function compileTable<R extends { readonly pattern: string }>(rows: readonly R[]): Table<R> {
  const sources = rows.map((r) => normaliseApostrophes(r.pattern));
  return {
    rows,
    any: new RegExp(`${HEAD}(?:${sources.map((s) => `(?:${s})`).join('|') || '(?!)'})${TAIL}`, 'giu'),
    anyAt: new RegExp(`(?:${sources.map((s) => `(?:${s})`).join('|') || '(?!)'})${TAIL}`, 'iuy'),
    sticky: sources.map((s) => new RegExp(`(?:${s})${TAIL}`, 'iuy')),
    first: firstOfAll(rows.map((r) => r.pattern)),
  };
}

/** Every match of every row in text[from, end), in text order. */
export function findInTable<R>(table: Table<R>, text: string, from = 0): TableMatch<R>[] {
  const out: TableMatch<R>[] = [];
  const any = table.anyAt;
  for (const at of wordStarts(text)) {
    if (at < from || (table.first && !table.first.has(charKey(text[at]!)))) continue;
    any.lastIndex = at;
    if (!any.test(text)) continue;
    table.sticky.forEach((s, i) => {
      s.lastIndex = at;
      const hit = s.exec(text);
      if (hit && hit[0].length > 0) out.push({ start: at, end: at + hit[0].length, text: hit[0], row: table.rows[i]! });
    });
  }
  return out;
}
