// Finds date expressions (not yet resolved): each regex of the compiled lexicon proposes candidates,
// the longest non-overlapping ones are kept, then a part of the day or a clock time is attached.
import { key, type CompiledDateLexicon } from './compile.js';
import type { TimeUnit } from './types.js';

export type ParseKind =
  | 'iso' | 'numeric' | 'day-month' | 'month-day' | 'month' | 'year' | 'weekday' | 'relative-day' | 'period'
  | 'standalone' | 'anchor' | 'month-part' | 'duration' | 'day-range';

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
  unit?: TimeUnit | 'week' | 'month' | 'year';
  n?: number;
  prefix?: string;
  partDays?: readonly [number, number];
  hour?: number;
}

function dayValue(raw: string | undefined, lex: CompiledDateLexicon): number | undefined {
  if (!raw) return undefined;
  const digits = /^(\d{1,2})/.exec(raw);
  if (digits) return Number(digits[1]);
  const k = key(raw);
  if (lex.firstDay.has(k)) return 1;
  return lex.numberWord.get(k);
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

/** A candidate; `skip` leaves a leading prefix ("en" of "en mars") outside the span. */
type Maker = (m: RegExpExecArray) => (Omit<Parse, 'start' | 'end'> & { skip?: number }) | null;

/** Every candidate of every parser, then the longest non-overlapping ones in text order. */
export function parseDates(text: string, lex: CompiledDateLexicon): Parse[] {
  const cands: Parse[] = [];
  const run = (re: RegExp | null, make: Maker): void => {
    if (!re) return;
    const r = new RegExp(re.source, re.flags);
    for (let m = r.exec(text); m; m = r.exec(text)) {
      if (m[0].length === 0) {
        r.lastIndex++;
        continue;
      }
      const p = make(m);
      if (!p) continue;
      const { skip = 0, ...rest } = p;
      cands.push({ ...rest, start: m.index + skip, end: m.index + m[0].length });
    }
  };
  const re = lex.re;
  run(re.iso, (m) => ({ kind: 'iso', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }));
  run(re.numeric, (m) => {
    if (m[2] === '.' && !m[4]) return null; // "6.7" is a number, not a date
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [d, mo] = lex.lex.numericOrder === 'dmy' ? [a, b] : [b, a];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return { kind: 'numeric', d, m: mo, y: year(m[4]) };
  });
  run(re.dayMonth, (m) => {
    const d = dayValue(m[2], lex);
    if (!d || d > 31) return null;
    return { kind: 'day-month', wd: m[1] ? lex.weekday.get(key(m[1])) : undefined, d, m: lex.month.get(key(m[3]!)), y: year(m[4]) };
  });
  run(re.monthDay, (m) => {
    const d = dayValue(m[3], lex);
    if (!d || d > 31) return null;
    return { kind: 'month-day', wd: m[1] ? lex.weekday.get(key(m[1])) : undefined, d, m: lex.month.get(key(m[2]!)), y: year(m[4]) };
  });
  run(re.monthYear, (m) => {
    if (!m[1] && !m[3]) return null; // a bare month name needs a prefix or a year
    // The span starts at the month: "en mars" → "mars" (the prefix is not part of the date).
    return { kind: 'month', m: lex.month.get(key(m[2]!)), y: year(m[3]), prefix: m[1], skip: m[0].indexOf(m[2]!, m[1]?.length ?? 0) };
  });
  run(re.year, (m) => ({ kind: 'year', y: Number(m[1]), skip: m[0].length - m[1]!.length }));
  run(re.weekday, (m) => ({
    kind: 'weekday',
    wd: lex.weekday.get(key(m[2]!)),
    d: m[3] ? Number(m[3]) : undefined,
    modifier: m[1] ? key(m[1]) : m[4] ? key(m[4]) : undefined,
  }));
  run(re.relativeDay, (m) => ({ kind: 'relative-day', offset: lex.relativeDay.get(key(m[0])) ?? 0 }));
  run(re.period, (m) => {
    const p = lex.period.get(key(m[0]));
    return p ? { kind: 'period', unit: p.unit, offset: p.offset } : null;
  });
  run(re.standalone, (m) => ({ kind: 'standalone', offset: lex.standalone.get(key(m[0])) ?? 0 }));
  run(re.anchor, (m) => ({ kind: 'anchor', offset: lex.anchor.get(key(m[0])) ?? 0 }));
  run(re.monthPart, (m) => ({
    kind: 'month-part', partDays: lex.monthPart.get(key(m[1]!)), m: lex.month.get(key(m[2]!)), y: year(m[3]),
  }));
  run(re.duration, (m) => {
    const n = numberValue(m[2]!, lex);
    const unit = lex.unit.get(key(m[3]!));
    if (n === undefined || !unit) return null;
    const prefix = m[1] ? key(m[1]) : undefined;
    const after = m[4] ? key(m[4]) : undefined;
    const off = (prefix && lex.durationOffset.get(prefix)) || (after && lex.durationOffset.get(after)) || undefined;
    return { kind: 'duration', n, unit, prefix: off ? undefined : prefix, offset: off ? off.sign : undefined };
  });
  run(re.dayRange, (m) => {
    const d = dayValue(m[1], lex);
    const d2 = dayValue(m[2], lex);
    if (!d || !d2 || d > 31 || d2 > 31 || d2 < d) return null;
    return { kind: 'day-range', d, d2, m: lex.month.get(key(m[3]!)), y: year(m[4]) };
  });

  // Longest first; ties go to the parser listed first above.
  const order = cands.map((c, i) => ({ c, i })).sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Parse[] = [];
  for (const { c } of order) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  for (let i = 0; i < kept.length; i++) attachTime(text, kept[i]!, kept[i + 1]?.start ?? text.length, lex);
  return kept;
}

const TIMED: ReadonlySet<ParseKind> = new Set(['iso', 'numeric', 'day-month', 'month-day', 'weekday', 'relative-day', 'standalone']);

/** "mardi soir", "mercredi à la mi-journée", "le 2 mars à 5h": extends the span and records the hour. */
function attachTime(text: string, p: Parse, limit: number, lex: CompiledDateLexicon): void {
  if (!TIMED.has(p.kind)) return;
  const re = new RegExp(lex.re.timeAfter.source, lex.re.timeAfter.flags);
  re.lastIndex = p.end;
  const m = re.exec(text);
  if (!m || m[0].length === 0 || p.end + m[0].length > limit) return;
  if (m[2] !== undefined) {
    const h = Number(m[2]);
    if (h > 24) return;
    const part = m[1] ? lex.dayPart.get(key(m[1])) : undefined;
    p.hour = part !== undefined && part >= 12 && h < 12 ? h + 12 : h;
  } else if (m[1]) {
    p.hour = lex.dayPart.get(key(m[1]));
  }
  p.end += m[0].length;
}
