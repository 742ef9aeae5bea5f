// Finds date expressions (not yet resolved): each regex of the compiled lexicon proposes candidates,
// the longest non-overlapping ones are kept, then a part of the day or a clock time is attached.
import { B, CLS, key, NEEDS, S, type CompiledDateLexicon, type ParserName } from './compile.js';
import { phraseRe } from '../numbers/compile.js';
import type { PeriodUnit, TimeUnit } from './types.js';
import { textWords } from '../lexicon/text-words.js';

export type ParseKind =
  | 'iso' | 'numeric' | 'day-month' | 'month-day' | 'month' | 'year' | 'weekday' | 'relative-day' | 'period'
  | 'standalone' | 'anchor' | 'month-part' | 'year-part' | 'duration' | 'day-range' | 'time' | 'day-only' | 'idiom';

export interface Parse {
  start: number;
  end: number;
  readonly kind: ParseKind;
  y?: number;
  m?: number;
  d?: number;
  d2?: number;
  wd?: number;
  modifier?: string;
  offset?: number;
  unit?: TimeUnit | PeriodUnit;
  n?: number;
  prefix?: string;
  partDays?: readonly [number, number];
  /** A period counted back from the reference day rather than a calendar one ("over the past week"). */
  rolling?: boolean;
  /** A duration next to the reference ("les trois derniers jours"): a span, not a single day. */
  window?: boolean;
  hour?: number;
  /** A clock time ("9h30", "à 14h"), not a part of the day. */
  clock?: boolean;
  /** A day of the month the report was written in ("le 3 courant", "the 3rd of this month"). */
  current?: boolean;
}

function dayValue(raw: string | undefined, lex: CompiledDateLexicon): number | undefined {
  if (!raw) return undefined;
  const digits = /^(\d{1,2})/.exec(raw);
  if (digits) return Number(digits[1]);
  const k = key(raw);
  if (lex.firstDay.has(k)) return 1;
  return lex.dayOrdinal.get(k) ?? lex.numberWord.get(k);
}

function year(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const n = Number(raw);
  if (raw.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

function numberValue(raw: string, lex: CompiledDateLexicon): number | undefined {
  if (/^\d/.test(raw)) return Number(raw.replace(',', '.'));
  return lex.numberWord.get(key(raw));
}

/**
 * A candidate without its span, which the caller sets on the object it gets (no copy: an object spread per candidate
 * cost a tenth of the date recogniser); a maker sets `start` itself to leave a leading prefix ("en" of "en mars") out.
 */
type Made = Omit<Parse, 'start' | 'end'> & { start?: number; end?: number };
type Maker = (m: RegExpExecArray) => Made | null;

const skipped = (m: RegExpExecArray, skip: number): number => m.index + skip;

/** What each parser makes of its match. */
function makers(lex: CompiledDateLexicon): Record<ParserName, Maker> {
  const timeBefore = new RegExp(`${B}(?:${lex.lex.timePrefixes.map(phraseRe).join('|') || '(?!)'})${S}$`, 'iu');
  // What may follow the day number of a weekday: its suffix letters, then punctuation (not a clock's colon), a capital,
  // a word that introduces a time ("jeudi 15 à 8h") or a range's second date ("lundi 11 et mardi 12"). Case-sensitive,
  // unlike the date regexes.
  const links = [...lex.lex.timePrefixes, ...lex.lex.rangeFrames.map(([, gap]) => gap).filter((g) => /\p{L}/u.test(g))].map(phraseRe).join('|') || '(?!)';
  const dayNumberEnd = new RegExp(`^\\p{Ll}{0,2}(?:[\\s\\u00a0]*(?:[,.;)!?\\-–]|:(?!\\d)|$)|${S}\\p{Lu}|${S}(?:${links})${S})`, 'u');
  return {
    iso: (m) => ({ kind: 'iso', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }),
    numeric: (m) => {
      if (m[2] === '.' && !m[4]) return null; // "6.7" is a number, not a date
      const [a, b] = [Number(m[1]), Number(m[3])];
      const [d, mo] = lex.lex.numericOrder === 'dmy' ? [a, b] : [b, a];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { kind: 'numeric', d, m: mo, y: year(m[4]) };
    },
    spacedNumeric: (m) => {
      // Without a year, only two two-digit parts ("le 17 02": "le 17 2" reads as two numbers), and not a clock time
      // ("at 12 15", "à 12 15").
      if (!m[3] && (m[1]!.length < 2 || m[2]!.length < 2 || timeBefore.test(m.input.slice(Math.max(0, m.index - 24), m.index)))) return null;
      const [a, b] = [Number(m[1]), Number(m[2])];
      const [d, mo] = lex.lex.numericOrder === 'dmy' ? [a, b] : [b, a];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { kind: 'numeric', d, m: mo, y: year(m[3]) };
    },
    dayMonth: (m) => {
      const d = dayValue(m[2], lex);
      if (!d || d > 31) return null;
      // Where the language links a day to its month ("the third of May"), a day in words right before a month name is
      // no date: "two may have died", "the first may be".
      if (lex.lex.dayMonthLinks.length && !/^\d/.test(m[2]!)) {
        const between = m[0].slice(m[0].indexOf(m[2]!) + m[2]!.length, m[0].lastIndexOf(m[3]!));
        if (!/\p{L}/u.test(between)) return null;
      }
      return { kind: 'day-month', wd: m[1] ? lex.weekday.get(key(m[1])) : undefined, d, m: lex.month.get(key(m[3]!)), y: year(m[4]) };
    },
    monthDay: (m) => {
      const d = dayValue(m[3], lex);
      if (!d || d > 31) return null;
      return { kind: 'month-day', wd: m[1] ? lex.weekday.get(key(m[1])) : undefined, d, m: lex.month.get(key(m[2]!)), y: year(m[4]) };
    },
    monthYear: (m) => {
      if (!m[1] && !m[3]) return null; // a bare month name needs a prefix or a year
      // The span starts at the month: "en mars" → "mars" (the prefix is not part of the date).
      return { kind: 'month', m: lex.month.get(key(m[2]!)), y: year(m[3]), prefix: m[1], start: skipped(m, m[0].indexOf(m[2]!, m[1]?.length ?? 0)) };
    },
    year: (m) => ({ kind: 'year', y: Number(m[1]), start: skipped(m, m[0].length - m[1]!.length) }),
    weekday: (m) => {
      const wd = lex.weekday.get(key(m[2]!));
      // A number after a weekday is its day of the month only before punctuation or a capitalised word ("Thursday 9,",
      // "jeudi 21 Septembre"); not before a clock ("Thursday 8:00", "mardi 9 h") or a common word ("on Thursday 9
      // people were killed"). The regex is case-insensitive, so the capital is checked here.
      const dayEnd = m[3] !== undefined ? m.indices?.[3]?.[1] : undefined;
      if (dayEnd !== undefined && !dayNumberEnd.test(m.input.slice(dayEnd, dayEnd + 32))) {
        return { kind: 'weekday', wd, modifier: m[1] ? key(m[1]) : undefined, end: m.indices![2]![1] };
      }
      return { kind: 'weekday', wd, d: m[3] ? Number(m[3]) : undefined, modifier: m[1] ? key(m[1]) : m[4] ? key(m[4]) : undefined };
    },
    relativeDay: (m) => ({ kind: 'relative-day', offset: lex.relativeDay.get(key(m[0])) ?? 0 }),
    period: (m) => {
      const p = lex.period.get(key(m[0]));
      return p ? { kind: 'period', unit: p.unit, offset: p.offset, ...(p.rolling ? { rolling: true } : {}), ...(p.days ? { partDays: p.days } : {}) } : null;
    },
    standalone: (m) => ({ kind: 'standalone', offset: lex.standalone.get(key(m[0])) ?? 0 }),
    anchor: (m) => ({ kind: 'anchor', offset: lex.anchor.get(key(m[0])) ?? 0 }),
    yearPart: (m) => {
      const months = lex.yearPart.get(key(m[1]!));
      return months ? { kind: 'year-part', y: Number(m[2]), partDays: months } : null;
    },
    monthPart: (m) => ({ kind: 'month-part', partDays: lex.monthPart.get(key(m[1]!)), m: lex.month.get(key(m[2]!)), y: year(m[3]) }),
    duration: (m) => {
      const n = numberValue(m[2]!, lex);
      const unit = lex.unit.get(key(m[4]!));
      if (n === undefined || !unit) return null;
      const window = m[3] ? lex.durationWindow.get(key(m[3])) : undefined;
      if (window) return { kind: 'duration', n, unit, offset: window, window: true };
      const prefix = m[1] ? key(m[1]) : undefined;
      const after = m[5] ? key(m[5]) : undefined;
      const off = (prefix && lex.durationOffset.get(prefix)) || (after && lex.durationOffset.get(after)) || undefined;
      return { kind: 'duration', n, unit, prefix: off ? undefined : prefix, offset: off ? off.sign : undefined };
    },
    dayPart: (m) => ({ kind: 'time', hour: lex.dayPart.get(key(m[0])) }),
    idiom: () => ({ kind: 'idiom' }),
    holiday: (m) => {
      const md = lex.holiday.get(key(m[0]));
      return md ? { kind: 'day-month', m: md[0], d: md[1] } : null;
    },
    dayOnly: (m) => {
      const d = Number(m[1]);
      return d >= 1 && d <= 31 ? { kind: 'day-only', d, ...(m[2] ? { current: true } : {}) } : null;
    },
    clock: (m) => {
      const raw = m[1] ?? m[3] ?? m[5];
      let h = raw === undefined ? undefined : /^\d/.test(raw) ? Number(raw) : lex.numberWord.get(key(raw));
      const min = Number(m[2] ?? m[4] ?? m[6] ?? 0);
      if (h === undefined || h > 24 || min > 59) return null;
      if (m[7] !== undefined) {
        // "3pm" 15h, "12 a.m." midnight, "12 p.m." noon: a 12-hour clock.
        if (h < 1 || h > 12) return null;
        h = (h % 12) + (lex.meridiem.get(key(m[7])) ?? 0);
      }
      return { kind: 'time', hour: h, clock: true };
    },
    dayRange: (m) => {
      const d = dayValue(m[2], lex);
      const d2 = dayValue(m[4], lex);
      if (!d || !d2 || d > 31 || d2 > 31 || d2 < d) return null;
      // The two words must come from one frame: "du … au", "entre … et"; a bare "et" joins two dates, not a range.
      const before = m[1] ? key(m[1]) : '';
      const gap = key(m[3]!);
      if (!lex.lex.rangeFrames.some(([b, g]) => key(g) === gap && (b.trim() === '' || key(b) === before))) return null;
      // No month: only two day numbers in a frame with its opening word ("du 28 au 29", not "28 au 29").
      if (m[5] === undefined && (!/^\d/.test(m[2]!) || !/^\d/.test(m[4]!) || !lex.lex.rangeFrames.some(([b, g]) => b.trim() !== '' && key(g) === gap && key(b) === before))) return null;
      return { kind: 'day-range', d, d2, m: m[5] === undefined ? undefined : lex.month.get(key(m[5])), y: year(m[6]), start: skipped(m, before && !lex.lex.rangeFrames.some(([b, g]) => key(g) === gap && key(b) === before) ? m[0].length - m[0].slice(m[1]!.length).trimStart().length : 0) };
    },
  };
}

/** A trigger is tried only when a strong word starts within this many characters. */
const STRONG_WINDOW = 40;

const makerCache = new WeakMap<CompiledDateLexicon, Record<ParserName, Maker>>();

/** Every candidate of every parser, tried only where a trigger word or a digit starts; then the longest non-overlapping ones. */
export function parseDates(text: string, lex: CompiledDateLexicon): Parse[] {
  let make = makerCache.get(lex);
  if (!make) {
    make = makers(lex);
    makerCache.set(lex, make);
  }
  const cands: Parse[] = [];
  // One pass over the words: where parsers may start (triggers) and where strong words lie.
  const trigPos: number[] = [];
  const trigNames: (readonly ParserName[])[] = [];
  const strong: number[] = [];
  const strongCls: number[] = [];
  const { starts, words, keys } = textWords(text);
  for (let wi = 0; wi < starts.length; wi++) {
    const c = words[wi]!.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    // Keys are lower-cased only for words that start with a capital: most words of a text need no copy.
    const info = lex.wordInfo.get(digit ? '#' : keys[wi]!);
    if (!info && !digit) continue;
    const at = starts[wi]!;
    const cls = digit ? CLS.digit : info!.cls;
    if (cls) {
      strong.push(at);
      strongCls.push(cls);
    }
    const names = info?.names;
    if (names) {
      trigPos.push(at);
      trigNames.push(names);
    }
  }
  if (strong.length === 0) return [];
  let si = 0;
  for (let ti = 0; ti < trigPos.length; ti++) {
    const at = trigPos[ti]!;
    while (si < strong.length && strong[si]! < at) si++;
    if (si >= strong.length) break;
    if (strong[si]! - at > STRONG_WINDOW) continue;
    let near = 0;
    for (let k = si; k < strong.length && strong[k]! - at <= STRONG_WINDOW; k++) near |= strongCls[k]!;
    const names = trigNames[ti]!;
    for (const name of names) {
      if ((NEEDS[name] & near) === 0) continue;
      const r = lex.re[name];
      if (!r) continue;
      r.lastIndex = at;
      const m = r.exec(text);
      if (!m || m[0].length === 0) continue;
      const p = make[name](m);
      if (!p) continue;
      p.start ??= m.index;
      p.end ??= m.index + m[0].length;
      cands.push(p as Parse);
    }
  }

  // Within each cluster of overlapping candidates, the longest win; ties go to the parser listed first.
  // Clusters keep this linear in the text (a global longest-first pass is quadratic on long texts).
  const byStart = cands.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.i - b.i);
  const kept: Parse[] = [];
  let cluster: { c: Parse; i: number }[] = [];
  let clusterEnd = -1;
  const settle = (): void => {
    cluster.sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
    const chosen: Parse[] = [];
    for (const { c } of cluster) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
    // An idiom has covered the date words inside it ("du jour au lendemain"); it is no date itself.
    for (const c of chosen) if (c.kind !== 'idiom') kept.push(c);
  };
  for (const x of byStart) {
    if (x.c.start >= clusterEnd && cluster.length) {
      settle();
      cluster = [];
    }
    cluster.push(x);
    clusterEnd = Math.max(clusterEnd, x.c.end);
  }
  settle();
  kept.sort((a, b) => a.start - b.start);
  return attachTimes(text, kept, lex);
}

const TIME_GAP_RE = /^[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$/;
const TIMED: ReadonlySet<ParseKind> = new Set(['iso', 'numeric', 'day-month', 'month-day', 'weekday', 'relative-day', 'standalone', 'time', 'day-only']);

/**
 * "mardi soir", "mercredi à la mi-journée", "le 2 mars à 5h du matin", "jeudi de 9h à 11h": a time right after a date
 * (a clock time also when one range or time word links them) joins it, instead of standing alone for the reference
 * day. A phrase that
 * is both a relative day and a part of the day ("during the day": alone, the day before a daily report) is the part of
 * the day of a date right before it ("on Tuesday during the day").
 */
function attachTimes(text: string, kept: readonly Parse[], lex: CompiledDateLexicon): Parse[] {
  const out: Parse[] = [];
  for (const p of kept) {
    const prev = out[out.length - 1];
    const hour = p.kind === 'time' ? p.hour : p.kind === 'relative-day' ? lex.dayPart.get(key(text.slice(p.start, p.end))) : undefined;
    const gap = prev ? text.slice(prev.end, p.start) : '';
    if (prev && (p.kind === 'time' || hour !== undefined) && TIMED.has(prev.kind) && (p.clock ? lex.timeLink : TIME_GAP_RE).test(gap)) {
      const h = hour ?? 0;
      // A clock hour then a part of the afternoon or evening: "8h du soir" = 20h.
      prev.hour = prev.hour === undefined ? h : h >= 12 && prev.hour < 12 ? prev.hour + 12 : prev.hour;
      prev.end = p.end;
      continue;
    }
    out.push(p);
  }
  return out;
}
