// Number recognition: digits ("1 200", "1,200", "6,7", "3M"), words ("deux cents", "a dozen"),
// ranges ("entre 10 et 15", "10-15") and qualifiers ("au moins", "at least").
import { compileNumberLexicon, normalizeSpaces, WORD_FLAGS, type CompiledNumberLexicon } from './compile.js';
import type { FindNumbersOptions, NumberLexicon, NumberMention, NumberQualifier } from './types.js';
import { readWordRun } from './words.js';
import { textWords } from '../lexicon/text-words.js';

interface Core {
  start: number;
  end: number;
  value: number;
  words: boolean;
  ordinal: boolean;
  isArticleLike: boolean;
  qualifier: NumberQualifier;
}

const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };
const LOOKBACK = 48;

/** Thousands grouping under each decimal separator, compiled once. */
const GROUPED: Readonly<Record<',' | '.', RegExp>> = {
  ',': /^\d{1,3}(\.\d{3})+(\,\d+)?$/,
  '.': /^\d{1,3}(\,\d{3})+(\.\d+)?$/,
};

/** Value of a digit string under the lexicon's decimal separator. */
export function parseDigits(s: string, decimalSeparator: ',' | '.'): number {
  const t = s.replace(/[\s\u00a0\u202f]/g, '');
  const other = decimalSeparator === ',' ? '.' : ',';
  // Groups of exactly three digits after the other separator are thousands ("1.200" in French, "1,200" in English).
  if (GROUPED[decimalSeparator].test(t)) {
    return Number(t.split(other).join('').replace(decimalSeparator, '.'));
  }
  return Number(t.replace(decimalSeparator, '.'));
}

function overlaps(a: { readonly start: number; readonly end: number }, spans: readonly { readonly start: number; readonly end: number }[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

const RUN_GAP_RE = /^[\s\u00a0\u202f-]+$/;

/**
 * One pass over the words: digits are read with the (sticky) digit regexes where a digit word starts,
 * approximations where their first word is met, and runs of number words are read together.
 */
function collectCores(text: string, lex: CompiledNumberLexicon): Core[] {
  const cores: Core[] = [];
  let lastEnd = 0; // cores are found left to right and never overlap
  const add = (c: Core): void => {
    if (c.start < lastEnd) return;
    cores.push(c);
    lastEnd = c.end;
  };
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runStart >= 0) {
      for (const w of readWordRun(text, runStart, runEnd, lex)) {
        add({ start: w.start, end: w.end, value: w.value, words: true, ordinal: w.ordinal, isArticleLike: w.isArticleLike, qualifier: 'exact' });
      }
    }
    runStart = -1;
  };
  const { starts, words, keys } = textWords(text);
  for (let wi = 0; wi < starts.length; wi++) {
    const at = starts[wi]!;
    const word = words[wi]!;
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      flush();
      if (at < lastEnd) continue;
      // ".77": a number may start with its decimal separator.
      const from = at > 0 && text[at - 1] === lex.lex.decimalSeparator && !/\d/.test(text[at - 2] ?? '') ? at - 1 : at;
      digitCore(text, from, lex, add) || (from !== at && digitCore(text, at, lex, add));
      continue;
    }
    if (at < lastEnd) continue;
    // Lower-casing only words that start with a capital: most words of a text need no copy.
    const flags = lex.wordFlags.get(keys[wi]!) ?? 0;
    if (flags & WORD_FLAGS.approx && approxCore(text, at, lex, add)) {
      flush();
      continue;
    }
    if (flags & (WORD_FLAGS.number | WORD_FLAGS.joiner)) {
      if (runStart >= 0 && RUN_GAP_RE.test(text.slice(runEnd, at))) runEnd = at + word.length;
      else {
        flush();
        runStart = at;
        runEnd = at + word.length;
      }
    } else flush();
  }
  flush();
  return cores;
}

/** Digits at `at` (ordinal "1er", or "1 200", "6,7", "3M", "1,5 million"); true when one was added. */
function digitCore(text: string, at: number, lex: CompiledNumberLexicon, add: (c: Core) => void): boolean {
  if (lex.lex.ordinalSuffixes?.length) {
    const ord = lex.ordinalDigitRe;
    ord.lastIndex = at;
    const m = ord.exec(text);
    if (m) {
      add({ start: at, end: at + m[0].length, value: Number(m[1]), words: false, ordinal: true, isArticleLike: false, qualifier: 'exact' });
      return true;
    }
  }
  const dre = lex.digitRe;
  dre.lastIndex = at;
  const m = dre.exec(text);
  if (!m) return false;
  let value = parseDigits(m[1]!, lex.lex.decimalSeparator);
  let end = at + m[0].length;
  if (m[2]) value *= SUFFIX[m[2]] ?? 1;
  else {
    const after = lex.multiplierAfterRe.exec(text.slice(end, end + 24));
    if (after) {
      value *= lex.lex.multipliers[after[1]!.toLowerCase()] ?? 1;
      end += after[0].length;
    }
  }
  if (!Number.isFinite(value)) return false;
  add({ start: at, end, value, words: false, ordinal: false, isArticleLike: false, qualifier: 'exact' });
  return true;
}

/** An approximation ("une dizaine", "dozens") at `at`, unless it follows a number ("3 millions"). */
function approxCore(text: string, at: number, lex: CompiledNumberLexicon, add: (c: Core) => void): boolean {
  const re = lex.approxRe;
  if (!re) return false;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return false;
  const a = lex.approximations.get(normalizeSpaces(m[0].toLowerCase()));
  const prevWord = /([\p{L}\p{M}\p{N}]+)[\s\u00a0\u202f-]+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  const prevKind = prevWord === undefined ? undefined : lex.words.get(prevWord)?.kind;
  const afterNumber = prevWord !== undefined && (/\d$/.test(prevWord) || prevKind === 'unit' || prevKind === 'multiplier') && !lex.articleLike.has(prevWord);
  if (!a || afterNumber) return false;
  add({ start: at, end: at + m[0].length, value: a.value, words: true, ordinal: false, isArticleLike: false, qualifier: a.qualifier });
  return true;
}

/**
 * The longest phrase of up to `maxWords` words ending right before `pos` (spaces allowed in between, none
 * after an apostrophe) that is a key of `map`: read backwards, so its cost does not depend on the text.
 * `lastWords` (the last words of the keys) rejects most positions after one word.
 */
function phraseBefore<V>(
  text: string, pos: number, map: ReadonlyMap<string, V>, lastWords: ReadonlySet<string>, maxWords: number,
): { start: number; value: V } | undefined {
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  let phrase = '';
  let found: { start: number; value: V } | undefined;
  for (let k = 0; k < maxWords && i > 0; k++) {
    let j = i;
    while (j > 0 && isWordy(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    let w = text.slice(j, i).toLowerCase();
    if (w.includes('’')) w = w.replace(/’/g, "'");
    // An elided word ("qu'au moins", "d'au moins", "qu'environ") holds the phrase's first word after its apostrophe.
    const apostrophe = w.lastIndexOf("'");
    if (k === 0 && !lastWords.has(w)) {
      const tail = apostrophe > 0 ? w.slice(apostrophe + 1) : '';
      const v = tail ? map.get(tail) : undefined;
      return v === undefined ? undefined : { start: j + apostrophe + 1, value: v };
    }
    if (k > 0 && apostrophe > 0 && apostrophe < w.length - 1) {
      const tail = map.get(`${w.slice(apostrophe + 1)} ${phrase}`);
      if (tail !== undefined) found = { start: j + apostrophe + 1, value: tail };
    }
    phrase = k === 0 ? w : `${w} ${phrase}`;
    const v = map.get(phrase);
    if (v !== undefined) found = { start: j, value: v };
    i = j;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return found;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
/** Letters (Latin and beyond, punctuation blocks excluded), apostrophes and hyphens. */
const isWordy = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 0x2019
  || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f) && c !== 0x00ab && c !== 0x00bb);

function bounds(value: number, q: NumberQualifier): { low: number | null; high: number | null } {
  if (q === 'exact') return { low: value, high: value };
  if (q === 'at_least') return { low: value, high: null };
  if (q === 'at_most') return { low: null, high: value };
  return { low: null, high: null };
}

/** Digits glued by a dash `gap` to a number word ("UPDATE 1-Thirty killed") are a wire tag and a count, not a range. */
function mixedGlued(c: Core, next: Core, gap: string): boolean {
  return c.words !== next.words && /^[-–]$/u.test(gap);
}

/** Made once, not at each number (a pattern with \p{…} is built by the RegExp constructor wherever it is written). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Finds every number mention in text, in order of position. */
export function findNumbers(text: string, lexicon: NumberLexicon, opts: FindNumbersOptions = {}): NumberMention[] {
  const lex = compileNumberLexicon(lexicon);
  const exclude = opts.exclude ?? [];
  const cores = collectCores(text, lex).filter((c) => !overlaps(c, exclude));
  const out: NumberMention[] = [];
  for (let i = 0; i < cores.length; i++) {
    const c = cores[i]!;
    const next = cores[i + 1];
    let start = c.start;
    let end = c.end;
    let low: number | null;
    let high: number | null;
    let value = c.value;
    let qualifier = c.qualifier;
    let ranged = false;
    if (next && !c.ordinal && !next.ordinal && !c.isArticleLike && !next.isArticleLike && next.value > c.value && !mixedGlued(c, next, text.slice(c.end, next.start))) {
      const gap = text.slice(c.end, next.start);
      const before = text.slice(Math.max(0, c.start - LOOKBACK), c.start);
      for (const f of lex.ranges) {
        if (!f.between.test(gap)) continue;
        const b = f.before ? f.before.exec(before) : null;
        if (f.before && !b) continue;
        start = b ? c.start - b[0].length : c.start;
        end = next.end;
        ranged = true;
        break;
      }
    }
    if (ranged) {
      qualifier = 'range';
      low = c.value;
      high = next!.value;
      i++;
    } else {
      const q = c.ordinal ? undefined : phraseBefore(text, c.start, lex.qualifiers, lex.qualifierLastWords, lex.maxQualifierWords);
      if (q) {
        start = q.start;
        qualifier = q.value;
      } else if (!c.words && text[c.start - 1] === '-' && !LETTER_OR_DIGIT.test(text[c.start - 2] ?? '')) {
        start = c.start - 1;
        value = -value;
      } else {
        const n = c.ordinal ? undefined : phraseBefore(text, c.start, lex.negatives, lex.negativeLastWords, 2);
        if (n) {
          start = n.start;
          value = -value;
        }
      }
      ({ low, high } = bounds(value, qualifier));
    }
    if (opts.skipArticleLike && c.isArticleLike) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      low,
      high,
      qualifier,
      words: c.words,
      ordinal: c.ordinal,
      isArticleLike: c.isArticleLike,
      core: { start: c.start, end: c.end },
      ...listQualifier(text, out[out.length - 1], start, qualifier, c, lex),
    });
  }
  return out;
}

const LIST_GAP_WORDS = 4;

/**
 * "au moins 200 morts et 400 blessés": a bare number coordinated with a qualified one just before it
 * (a few words apart, joined by a joiner such as "et"/"and", no sentence punctuation) may share its qualifier.
 */
function listQualifier(
  text: string, prev: NumberMention | undefined, start: number, qualifier: NumberQualifier, c: Core, lex: CompiledNumberLexicon,
): { listQualifier?: NumberQualifier } {
  if (!prev || qualifier !== 'exact' || c.ordinal || c.isArticleLike || prev.isArticleLike) return {};
  if (prev.qualifier !== 'at_least' && prev.qualifier !== 'at_most' && prev.qualifier !== 'about') return {};
  const gap = text.slice(prev.end, start);
  if (/[.;:!?()\n]/.test(gap)) return {};
  const words = gap.toLowerCase().split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
  if (words.length === 0 || words.length > LIST_GAP_WORDS || !words.some((w) => lex.joiners.has(w))) return {};
  return { listQualifier: prev.listQualifier ?? prev.qualifier };
}
