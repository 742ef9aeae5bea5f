// Which language a stretch of text is in, by the packs' cue words (LanguagePack.functionWords): cheap and sound on
// a few words where a statistical detector is not. A word listed by two packs counts for neither.
import type { LanguagePack } from '../../lang/pack.js';
import { textWords } from '../lexicon/text-words.js';

export interface CueTable {
  readonly packs: readonly LanguagePack[];
  /** Lower-case word → index in packs of the one pack listing it. */
  readonly words: ReadonlyMap<string, number>;
  /** Per pack, whether it lists any cue word of its own. */
  readonly listed: readonly boolean[];
}

const tables = new WeakMap<readonly LanguagePack[], CueTable>();

export function cueTable(packs: readonly LanguagePack[]): CueTable {
  let t = tables.get(packs);
  if (t) return t;
  const words = new Map<string, number>();
  const shared = new Set<string>();
  packs.forEach((p, i) => {
    for (const w of p.functionWords ?? []) {
      const k = w.toLowerCase();
      const had = words.get(k);
      if (had !== undefined && had !== i) shared.add(k);
      else words.set(k, i);
    }
  });
  for (const k of shared) words.delete(k);
  const listed = packs.map((_, i) => [...words.values()].includes(i));
  t = { packs, words, listed };
  tables.set(packs, t);
  return t;
}

/**
 * True when text[from…] holds at least `atLeast` cue words of pack i ("UN", "LA" do not count). Walks the text's word
 * index (text-words.ts), which the pipeline reads next for the same text: one scan shared, stopped early.
 */
export function hasCues(text: string, from: number, table: CueTable, i: number, atLeast: number): boolean {
  if (!table.listed[i]) return false;
  const { starts, words, keys } = textWords(text);
  let n = 0;
  for (let j = firstAtOrAfter(starts, from); j < words.length; j++) {
    // A word's key is lower case whenever it starts with a capital ("The", "THE").
    if (table.words.get(keys[j]!) !== i) continue;
    const w = words[j]!;
    if (w.length === 2 && w === w.toUpperCase()) continue;
    if (++n >= atLeast) return true;
  }
  return false;
}

/** Index of the first start at or after `from` (starts ascending). */
function firstAtOrAfter(starts: readonly number[], from: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Votes {
  /** Cue words of each pack, by index in the table's packs. */
  readonly counts: number[];
  /** Words read (runs of letters). */
  readonly words: number;
}

const WORD = /\p{L}+/gu;
const UPPER = /^\p{Lu}+$/u;
const LOWER = /\p{Ll}/u;
const OPEN_QUOTE = new Set(['«', '“', '‘']);
const CLOSE_QUOTE = new Set(['»', '”', '’']);

/**
 * Counts the cue words of text[start, end). A word of two or more capitals is an acronym ("UN", "NE"): no vote,
 * unless the whole stretch is in capitals.
 * Words inside quotation marks vote only when nothing outside them does: a sentence quoting a statement in another
 * language is in the language that quotes it.
 */
export function cueVotes(text: string, start: number, end: number, table: CueTable): Votes {
  const outside = table.packs.map(() => 0);
  const inside = table.packs.map(() => 0);
  let words = 0;
  let depth = 0;
  let straight = false;
  // In a text written all in capitals ("TROOPS SHOT 20 DEAD"), capitals say nothing of acronyms.
  const acronyms = LOWER.test(text.slice(start, end));
  const re = WORD;
  re.lastIndex = start;
  let at = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    for (let k = at; k < m.index; k++) {
      const c = text[k]!;
      if (OPEN_QUOTE.has(c)) depth++;
      else if (CLOSE_QUOTE.has(c) && depth > 0 && !(c === '’' && k > 0 && /\p{L}/u.test(text[k - 1]!))) depth--;
      else if (c === '"') straight = !straight;
    }
    at = m.index + m[0].length;
    words++;
    const w = m[0];
    if (acronyms && w.length > 1 && UPPER.test(w)) continue;
    const i = table.words.get(w.toLowerCase());
    if (i !== undefined) (depth > 0 || straight ? inside : outside)[i]!++;
  }
  return { counts: outside.some((n) => n > 0) ? outside : inside, words };
}

/** At least this many cue words of one language name a part's language… */
export const MIN_CUES = 2;

/** …and more than twice as many as any other language's: index of the part's pack, or -1 when unsure. */
export function partLanguage(v: Votes): number {
  let best = -1;
  for (let i = 0; i < v.counts.length; i++) if (best < 0 || v.counts[i]! > v.counts[best]!) best = i;
  if (best < 0) return -1;
  const n = v.counts[best]!;
  const second = Math.max(0, ...v.counts.filter((_, i) => i !== best));
  return n >= MIN_CUES && n > 2 * second ? best : -1;
}
