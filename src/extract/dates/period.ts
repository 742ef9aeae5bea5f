// Periods relative to the publication day: calendar weeks, months and years, rolling windows ("over the past
// week"), parts of a week, a month or a year ("en fin de semaine", "en fin d'année") and weekends.
import { addMonths, dayNumber, daysInMonth, formatDay, fromDayNumber, monthSpan, weekStart, yearSpan } from './calendar.js';
import type { Parse } from './parse.js';
import { deictic, UNRESOLVED, type Resolved, type ResolveContext } from './resolve-context.js';
import type { DateDirection } from './types.js';

export function period(p: Parse, ctx: ResolveContext): Resolved {
  const off = p.offset ?? 0;
  const doc = ctx.doc;
  if (!doc) return UNRESOLVED('week', 'no-document-date');
  if (p.rolling && p.unit !== 'weekend') {
    if (ctx.docDay === null) return deictic(0, ctx, `period-${p.unit}`);
    const unit = p.unit === 'month' || p.unit === 'year' ? p.unit : 'week';
    const len = unit === 'week' ? 7 : unit === 'month' ? 30 : 365;
    return { start: ctx.docDay - (len - 1), end: ctx.docDay, precision: unit, rule: `period:rolling-${unit}:doc=${formatDay(ctx.docDay)}`, explicit: false };
  }
  if (p.partDays && (p.unit === 'week' || p.unit === 'month' || p.unit === 'year')) {
    if (ctx.docDay === null) return deictic(0, ctx, `period-${p.unit}-part`);
    const b = ctx.docDay;
    const here = periodPart(p.unit, b, off, p.partDays);
    let [s, e] = here;
    // "en fin de semaine" told on a Tuesday: in news (past), the end of last week; in a forecast (future), this one's.
    const back = off === 0 && ctx.weekdayDirection === 'past' && s > b;
    if (back) [s, e] = periodPart(p.unit, b, -1, p.partDays);
    if (off === 0 && ctx.weekdayDirection === 'future' && e < b) [s, e] = periodPart(p.unit, b, 1, p.partDays);
    const precision = p.unit === 'week' || e - s < 10 ? 'week' : 'month';
    return { start: s, end: e, precision, rule: `period:${p.unit}${off}-part:doc=${formatDay(b)}`, explicit: false, ...(back ? { ahead: { start: here[0], end: here[1] } } : {}) };
  }
  if (p.unit === 'week') {
    if (ctx.docDay === null) return deictic(0, ctx, 'period-week');
    const s = weekStart(ctx.docDay) + 7 * off;
    return { start: s, end: s + 6, precision: 'week', rule: `period:week${off}:doc=${formatDay(ctx.docDay)}`, explicit: false };
  }
  if (p.unit === 'weekend') {
    if (ctx.docDay === null) return deictic(0, ctx, 'period-weekend');
    const s = weekendStart(ctx.docDay, off, ctx.weekdayDirection);
    // "ce week-end" told on a weekday: the one just past in news; the coming one in a sentence telling a plan.
    const coming = off === 0 && s < ctx.docDay - 1 ? { ahead: { start: s + 7, end: s + 8 } } : {};
    return { start: s, end: s + 1, precision: 'week', rule: `period:weekend${off}:doc=${formatDay(ctx.docDay)}`, explicit: false, ...coming };
  }
  if (p.unit === 'month') {
    if (!doc.m) return UNRESOLVED('month', 'no-month-precision-document-date');
    const ym = addMonths(doc.y, doc.m, off);
    const [s, e] = monthSpan(ym.y, ym.m);
    return { start: s, end: e, precision: 'month', rule: `period:month${off}:doc`, explicit: false };
  }
  const [s, e] = yearSpan(doc.y + off);
  return { start: s, end: e, precision: 'year', rule: `period:year${off}:doc`, explicit: false };
}

/**
 * Days [first, last] of a week (weekdays), a month (days of the month, -1 = its last) or a year (months) k periods from
 * day b's.
 */
function periodPart(unit: 'week' | 'month' | 'year', b: number, k: number, [first, last]: readonly [number, number]): [number, number] {
  if (unit === 'week') {
    const ws = weekStart(b) + 7 * k;
    return [ws + first - 1, ws + last - 1];
  }
  const { y, m } = fromDayNumber(b);
  if (unit === 'year') return [monthSpan(y + k, first)[0], monthSpan(y + k, last < 0 ? 12 : last)[1]];
  const ym = addMonths(y, m, k);
  const dim = daysInMonth(ym.y, ym.m);
  const s = dayNumber(ym.y, ym.m, 1)!;
  return [s + Math.min(first, dim) - 1, s + (last < 0 ? dim : Math.min(last, dim)) - 1];
}

/**
 * Saturday of the weekend meant relative to day b: offset 0 = the one holding b, else the one before it (news, past)
 * or after it (future); -1 = the last one over before b; +1 = the next one starting after b.
 */
function weekendStart(b: number, offset: number, dir: DateDirection): number {
  const sat = weekStart(b) + 5; // Saturday of b's ISO week
  if (offset < 0) return sat + 1 < b ? sat : sat - 7;
  if (offset > 0) return sat > b ? sat : sat + 7;
  if (b >= sat) return sat;
  if (dir === 'nearest') return b - (sat - 6) <= sat - b ? sat - 7 : sat;
  return dir === 'past' ? sat - 7 : sat;
}
