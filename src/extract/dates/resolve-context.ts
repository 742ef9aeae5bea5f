// What resolving a date expression needs and yields, shared by the resolvers; and the deictic resolver
// ("hier", "yesterday"), which the period resolvers fall back on without a publication day.
import type { DatePrecision } from '../../core/types.js';
import { formatDay, monthSpan } from './calendar.js';
import type { DateDirection, WeekdayModifier } from './types.js';

export interface ResolveContext {
  /** The document date's parts as far as known. */
  readonly doc: { readonly y: number; readonly m?: number; readonly d?: number } | null;
  readonly docDay: number | null;
  /** Latest explicit full date met so far in the text (day number), or null. */
  readonly chain: number | null;
  /** The latest year (and month) stated earlier in a text with no document date ("mai 2008", "en 2015"), or null. */
  readonly textYear?: { readonly y: number; readonly m?: number } | null;
  readonly weekdayDirection: DateDirection;
  readonly yearDirection: DateDirection;
  readonly modifiers: ReadonlyMap<string, WeekdayModifier>;
}

export interface Resolved {
  readonly start: number | null;
  readonly end: number | null;
  readonly precision: DatePrecision;
  readonly rule: string;
  /** A full date stated in the text: it may become the reference for later expressions. */
  readonly explicit: boolean;
  /** The reading to take in a sentence telling what is planned, when the news reading ("past") looked back. */
  readonly ahead?: { readonly start: number; readonly end: number };
}

export const UNRESOLVED = (precision: DatePrecision, why: string): Resolved => ({ start: null, end: null, precision, rule: `unresolved:${why}`, explicit: false });

/** Day words relative to the publication date ("hier", "yesterday"). */
export function deictic(offsetDays: number, ctx: ResolveContext, tag: string): Resolved {
  if (ctx.docDay !== null) {
    const n = ctx.docDay + offsetDays;
    return { start: n, end: n, precision: 'day', rule: `${tag}:${offsetDays}:doc=${formatDay(ctx.docDay)}`, explicit: false };
  }
  if (ctx.doc?.m) {
    const [s, e] = monthSpan(ctx.doc.y, ctx.doc.m);
    return { start: s, end: e, precision: 'month', rule: `${tag}:doc-month-only`, explicit: false };
  }
  return UNRESOLVED('day', 'no-day-precision-document-date');
}
