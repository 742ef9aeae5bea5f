// Number recognition: digits ("1 200", "1,200", "6,7", "3M"), words ("deux cents", "a dozen"),
// ranges ("entre 10 et 15", "10-15") and qualifiers ("au moins", "at least").
import { compileNumberLexicon, normalizeSpaces, type CompiledNumberLexicon } from './compile.js';
import type { FindNumbersOptions, NumberLexicon, NumberMention, NumberQualifier } from './types.js';
import { readWordRun } from './words.js';

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

/** Value of a digit string under the lexicon's decimal separator. */
export function parseDigits(s: string, decimalSeparator: ',' | '.'): number {
  const t = s.replace(/[\s\u00a0\u202f]/g, '');
  const other = decimalSeparator === ',' ? '.' : ',';
  // Groups of exactly three digits after the other separator are thousands ("1.200" in French, "1,200" in English).
  if (new RegExp(`^\\d{1,3}(\\${other}\\d{3})+(\\${decimalSeparator}\\d+)?$`).test(t)) {
    return Number(t.split(other).join('').replace(decimalSeparator, '.'));
  }
  return Number(t.replace(decimalSeparator, '.'));
}

function overlaps(a: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

function collectCores(text: string, lex: CompiledNumberLexicon): Core[] {
  const cores: Core[] = [];
  const taken: { start: number; end: number }[] = [];
  const add = (c: Core): void => {
    if (overlaps(c, taken)) return;
    cores.push(c);
    taken.push({ start: c.start, end: c.end });
  };
  if (lex.approxRe) {
    const re = lex.approxRe;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const a = lex.approximations.get(normalizeSpaces(m[0].toLowerCase()));
      // "3 millions", "two hundred dozens": a multiplier after a number, not an approximation.
      const prevWord = /([\p{L}\p{M}\p{N}]+)[\s\u00a0\u202f-]+$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
      const afterNumber = prevWord !== undefined && (/\d$/.test(prevWord) || lex.words.get(prevWord.toLowerCase())?.kind === 'unit'
        || lex.words.get(prevWord.toLowerCase())?.kind === 'multiplier') && !lex.articleLike.has(prevWord.toLowerCase());
      if (a && !afterNumber) add({ start: m.index, end: m.index + m[0].length, value: a.value, words: true, ordinal: false, isArticleLike: false, qualifier: a.qualifier });
    }
  }
  const ord = lex.ordinalDigitRe;
  ord.lastIndex = 0;
  if (lex.lex.ordinalSuffixes?.length) {
    for (let m = ord.exec(text); m; m = ord.exec(text)) {
      add({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), words: false, ordinal: true, isArticleLike: false, qualifier: 'exact' });
    }
  }
  const dre = lex.digitRe;
  dre.lastIndex = 0;
  for (let m = dre.exec(text); m; m = dre.exec(text)) {
    let value = parseDigits(m[1]!, lex.lex.decimalSeparator);
    let end = m.index + m[0].length;
    if (m[2]) value *= SUFFIX[m[2]] ?? 1;
    else {
      const after = lex.multiplierAfterRe.exec(text.slice(end, end + 24));
      if (after) {
        value *= lex.lex.multipliers[after[1]!.toLowerCase()] ?? 1;
        end += after[0].length;
      }
    }
    if (Number.isFinite(value)) add({ start: m.index, end, value, words: false, ordinal: false, isArticleLike: false, qualifier: 'exact' });
    dre.lastIndex = Math.max(dre.lastIndex, end);
  }
  const wre = lex.wordRunRe;
  wre.lastIndex = 0;
  for (let m = wre.exec(text); m; m = wre.exec(text)) {
    for (const w of readWordRun(text, m.index, m.index + m[0].length, lex)) {
      add({ ...w, words: true, qualifier: 'exact' });
    }
  }
  return cores.sort((a, b) => a.start - b.start);
}

function bounds(value: number, q: NumberQualifier): { low: number | null; high: number | null } {
  if (q === 'exact') return { low: value, high: value };
  if (q === 'at_least') return { low: value, high: null };
  if (q === 'at_most') return { low: null, high: value };
  return { low: null, high: null };
}

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
    if (next && !c.ordinal && !next.ordinal && !c.isArticleLike && !next.isArticleLike && next.value > c.value) {
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
      const before = text.slice(Math.max(0, c.start - LOOKBACK), c.start);
      const q = lex.qualifierBeforeRe?.exec(before);
      const qual = q ? lex.qualifiers.get(normalizeSpaces(q[1]!.toLowerCase())) : undefined;
      if (q && qual && !c.ordinal) {
        start = c.start - q[0].length;
        qualifier = qual;
      } else if (!c.words && text[c.start - 1] === '-' && !/[\p{L}\p{N}]/u.test(text[c.start - 2] ?? '')) {
        start = c.start - 1;
        value = -value;
      } else {
        const n = lex.negativeBeforeRe?.exec(before);
        if (n && !c.ordinal) {
          start = c.start - n[0].length;
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
    });
  }
  return out;
}
