// Event dates as day intervals. A date known to the month covers the whole month, so two reports
// "in September" and "on 19 September" overlap; the tolerance for day-precise dates absorbs the
// one-day shifts of night attacks and time zones.
import type { Event } from '../../core/contract.js';
import type { DatePrecision } from '../../core/types.js';

export interface DayInterval {
  readonly from: number; // days since 1970-01-01
  readonly to: number;   // inclusive
  readonly precision: DatePrecision;
  /** True when the interval comes from the publication date, not from the event's own date. */
  readonly fromPublication: boolean;
}

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function monthEnd(y: number, m: number): number {
  return Math.floor(Date.UTC(y, m, 0) / DAY_MS); // day 0 of next month = last day of month m (1-based)
}

/** The days an event may have happened on; null when neither the event nor its article is dated. */
export function eventInterval(
  date: Event['date'],
  publishedAt: string | null,
  lookbackDays: number,
  fallbackRules: readonly string[] = [],
): DayInterval | null {
  if (date && fallbackRules.includes(date.rule)) {
    const day = dayNumber(date.start);
    if (!Number.isNaN(day)) return { from: day - lookbackDays, to: day, precision: 'week', fromPublication: true };
  }
  if (date) {
    const start = dayNumber(date.start);
    if (Number.isNaN(start)) return null;
    const y = Number(date.start.slice(0, 4));
    const m = Number(date.start.slice(5, 7));
    let from = start;
    let to = date.end ? Math.max(start, dayNumber(date.end)) : start;
    if (date.precision === 'week') to = Math.max(to, start + 6);
    else if (date.precision === 'month') { from = Math.floor(Date.UTC(y, m - 1, 1) / DAY_MS); to = Math.max(to, monthEnd(y, m)); }
    else if (date.precision === 'year') { from = Math.floor(Date.UTC(y, 0, 1) / DAY_MS); to = Math.max(to, Math.floor(Date.UTC(y, 11, 31) / DAY_MS)); }
    if (Number.isNaN(to)) to = from;
    return { from, to, precision: date.precision, fromPublication: false };
  }
  if (!publishedAt) return null;
  const day = /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? dayNumber(publishedAt.slice(0, 10)) : NaN;
  if (Number.isNaN(day)) return null;
  return { from: day - lookbackDays, to: day, precision: 'week', fromPublication: true };
}

const RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Days between two intervals (0 when they overlap). */
export function gapDays(a: DayInterval, b: DayInterval): number {
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}
