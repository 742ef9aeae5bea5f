// Compiles a NumberLexicon once into lookup maps and regular expressions (cached per lexicon object).
import type { NumberLexicon, NumberQualifier } from './types.js';

export interface CompiledNumberLexicon {
  readonly lex: NumberLexicon;
  /** Every word that can be part of a number in words → its kind and value. */
  readonly words: ReadonlyMap<string, { readonly kind: 'unit' | 'multiplier' | 'ordinal'; readonly value: number }>;
  readonly joiners: ReadonlySet<string>;
  readonly articleLike: ReadonlySet<string>;
  readonly approximations: ReadonlyMap<string, { readonly value: number; readonly qualifier: NumberQualifier }>;
  readonly qualifiers: ReadonlyMap<string, NumberQualifier>;
  /** Words meaning "minus", lower case, as a map for phrase lookup. */
  readonly negatives: ReadonlyMap<string, true>;
  /** Most words in one qualifier phrase. */
  readonly maxQualifierWords: number;
  /** Last words of the qualifier and negative phrases (a quick reject before a number). */
  readonly qualifierLastWords: ReadonlySet<string>;
  readonly negativeLastWords: ReadonlySet<string>;
  /** First words of the approximations ("une" of "une dizaine"), lower case. */
  readonly approxFirst: ReadonlySet<string>;
  /** Lower-case word → WORD_FLAGS bits: one lookup per word of the text. */
  readonly wordFlags: ReadonlyMap<string, number>;
  /** Numbers in digits, with optional k/M/G suffix. Groups: 1 = number, 2 = suffix. */
  readonly digitRe: RegExp;
  /** Digits followed by an ordinal suffix ("1er", "2e", "3rd"). */
  readonly ordinalDigitRe: RegExp;
  /** Approximate quantities ("une dizaine", "dozens"). */
  readonly approxRe: RegExp | null;
  /** Ranges: [regex matching the `before` word ending just before the low number, regex matching exactly the gap]. */
  readonly ranges: readonly { readonly before: RegExp | null; readonly between: RegExp }[];
  readonly multiplierAfterRe: RegExp;
}

/** What a word of the text can be: part of a number in words, a joiner, the start of an approximation. */
export const WORD_FLAGS = { number: 1, joiner: 2, approx: 4 } as const;

const cache = new WeakMap<NumberLexicon, CompiledNumberLexicon>();
const L = '\\p{L}\\p{M}';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a regex: spaces match any run of white space, apostrophes match ' and ’. */
export function phraseRe(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join('[\\s\\u00a0\\u202f]+');
}

/** Alternation of phrases, longest first so that "plus de" wins over "plus". */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)].filter((p) => p.trim()).sort((a, b) => b.length - a.length).map(phraseRe).join('|');
}

export function compileNumberLexicon(lex: NumberLexicon): CompiledNumberLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const words = new Map<string, { kind: 'unit' | 'multiplier' | 'ordinal'; value: number }>();
  for (const [w, v] of Object.entries(lex.units)) words.set(w.toLowerCase(), { kind: 'unit', value: v });
  for (const [w, v] of Object.entries(lex.multipliers)) words.set(w.toLowerCase(), { kind: 'multiplier', value: v });
  for (const [w, v] of Object.entries(lex.ordinalWords ?? {})) words.set(w.toLowerCase(), { kind: 'ordinal', value: v });
  for (const w of lex.articleLike) if (!words.has(w.toLowerCase())) words.set(w.toLowerCase(), { kind: 'unit', value: 1 });
  const dec = lex.decimalSeparator;
  const grp = dec === ',' ? '\\.' : ',';
  const decRe = escapeRe(dec);
  const digits =
    `\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:${decRe}\\d+)?` +
    `|\\d{1,3}(?:${grp}\\d{3})+(?:${decRe}\\d+)?` +
    `|\\d+(?:${decRe}\\d+)?` +
    `|\\d+\\.\\d+` +
    `|${decRe}\\d+`;
  const approx = Object.keys(lex.approximations);
  const quals = Object.keys(lex.qualifiers);
  const approxFirst = new Set(approx.map((a) => normalizeSpaces(a.toLowerCase()).split(/[^\p{L}\p{M}\p{N}]+/u)[0] ?? ''));
  const wordFlags = new Map<string, number>();
  const flag = (w: string, f: number): void => { wordFlags.set(w, (wordFlags.get(w) ?? 0) | f); };
  for (const w of words.keys()) flag(w, WORD_FLAGS.number);
  for (const w of lex.joiners) flag(w.toLowerCase(), WORD_FLAGS.joiner);
  for (const w of approxFirst) flag(w, WORD_FLAGS.approx);
  const compiled: CompiledNumberLexicon = {
    wordFlags,
    lex,
    words,
    joiners: new Set(lex.joiners.map((j) => j.toLowerCase())),
    articleLike: new Set(lex.articleLike.map((a) => a.toLowerCase())),
    approximations: new Map(Object.entries(lex.approximations).map(([k, v]) => [normalizeSpaces(k.toLowerCase()), v])),
    negatives: new Map(lex.negatives.map((n) => [normalizeSpaces(n.toLowerCase()), true as const])),
    qualifierLastWords: new Set(quals.map((q) => normalizeSpaces(q.toLowerCase()).split(' ').at(-1) ?? '')),
    negativeLastWords: new Set(lex.negatives.map((q) => normalizeSpaces(q.toLowerCase()).split(' ').at(-1) ?? '')),
    maxQualifierWords: Math.max(1, ...quals.map((q) => normalizeSpaces(q).split(/[\s'’]+/).length)),
    approxFirst,
    qualifiers: new Map(Object.entries(lex.qualifiers).map(([k, v]) => [normalizeSpaces(k.toLowerCase()), v])),
    digitRe: new RegExp(`(?<![\\d${L}.,])(${digits})(?:([kKMG])(?![${L}\\d]))?(?![\\d${L}])`, 'uy'),
    ordinalDigitRe: new RegExp(
      `(?<![\\d${L}])(\\d+)(?:${alternation(lex.ordinalSuffixes ?? [])})(?![${L}\\d])`,
      'iuy',
    ),
    approxRe: approx.length ? new RegExp(`(?<![${L}\\d])(?:${alternation(approx)})(?![${L}\\d])`, 'iuy') : null,
    ranges: lex.ranges.map(([before, between]) => ({
      before: before.trim() ? new RegExp(`(?<![${L}\\d])(?:${phraseRe(before)})[\\s\\u00a0\\u202f]+$`, 'iu') : null,
      between: new RegExp(
        /^[\p{L}]/u.test(between.trim())
          ? `^[\\s\\u00a0\\u202f]+(?:${phraseRe(between)})[\\s\\u00a0\\u202f]+$`
          : `^[\\s\\u00a0\\u202f]*(?:${phraseRe(between)})[\\s\\u00a0\\u202f]*$`,
        'iu',
      ),
    })),
    multiplierAfterRe: new RegExp(
      `^[\\s\\u00a0\\u202f]+(${alternation(Object.keys(lex.multipliers))})(?![${L}\\d])`,
      'iu',
    ),
  };
  cache.set(lex, compiled);
  return compiled;
}

export function normalizeSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'").trim();
}
