// Resolves one parsed date expression against the document date and the narrative reference
// (the latest explicit full date met earlier in the text).
import {
  addMonths, dayNumber, daysInMonth, formatDay, fromDayNumber, isoWeekday, monthSpan, weekStart, yearSpan,
} from './calendar.js';
import type { Parse } from './parse.js';
import { period } from './period.js';
import { deictic, UNRESOLVED, type Resolved, type ResolveContext } from './resolve-context.js';
import type { DateDirection } from './types.js';

export type { Resolved, ResolveContext } from './resolve-context.js';

function pick(cands: readonly number[], base: number, dir: DateDirection): number | undefined {
  const ok = cands.filter((c) => (dir === 'past' ? c <= base : dir === 'future' ? c >= base : true));
  const pool = ok.length ? ok : cands;
  return pool.reduce<number | undefined>((best, c) => (best === undefined || Math.abs(c - base) < Math.abs(best - base) ? c : best), undefined);
}

/** The reference day for year inference: the narrative date, else the document date (mid-month when month precision). */
function baseDay(ctx: ResolveContext): { day: number; how: string } | null {
  if (ctx.chain !== null) return { day: ctx.chain, how: `ref=${formatDay(ctx.chain)}(text)` };
  if (ctx.docDay !== null) return { day: ctx.docDay, how: `ref=${formatDay(ctx.docDay)}(doc)` };
  const doc = ctx.doc;
  if (doc?.m) return { day: dayNumber(doc.y, doc.m, 15)!, how: `ref=${doc.y}-${String(doc.m).padStart(2, '0')}(doc-month)` };
  if (doc) return { day: dayNumber(doc.y, 7, 1)!, how: `ref=${doc.y}(doc-year)` };
  const t = ctx.textYear;
  if (t?.m) return { day: dayNumber(t.y, t.m, 15)!, how: `ref=${t.y}-${String(t.m).padStart(2, '0')}(text-month)` };
  if (t) return { day: dayNumber(t.y, 7, 1)!, how: `ref=${t.y}(text-year)` };
  return null;
}

/** A day and month without a year: the year that puts it nearest the reference (or before/after it). */
function dayMonth(p: Parse, ctx: ResolveContext, tag: string): Resolved {
  const { d, m, wd } = p;
  if (!d || !m) return UNRESOLVED('day', 'bad-date');
  if (p.y !== undefined) {
    const n = dayNumber(p.y, m, d);
    return n === null ? UNRESOLVED('day', 'no-such-day') : { start: n, end: n, precision: 'day', rule: `${tag}+year`, explicit: true };
  }
  const base = baseDay(ctx);
  if (!base) return UNRESOLVED('day', 'no-reference');
  const y0 = fromDayNumber(base.day).y;
  // Same month as a month-precision document date: that year, no guessing.
  if (ctx.chain === null && ctx.docDay === null && ctx.doc?.m === m) {
    const n = dayNumber(ctx.doc.y, m, d);
    if (n !== null) return { start: n, end: n, precision: 'day', rule: `${tag}+doc-month-year${wd && isoWeekday(n) !== wd ? ':weekday-mismatch' : ''}`, explicit: true };
  }
  // Only a year stated earlier in an undated text: that year.
  const ty = ctx.chain === null && ctx.docDay === null && !ctx.doc && ctx.textYear && ctx.textYear.m === undefined ? ctx.textYear.y : undefined;
  if (ty !== undefined && !wd) {
    const n = dayNumber(ty, m, d);
    if (n !== null) return { start: n, end: n, precision: 'day', rule: `${tag}+text-year`, explicit: true };
  }
  const years = wd ? [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6] : [-1, 0, 1];
  const cands = years.map((k) => dayNumber(y0 + k, m, d)).filter((n): n is number => n !== null && (!wd || isoWeekday(n) === wd));
  // A stated weekday pins the year: the nearest year where the day falls on it.
  const n = pick(cands, base.day, wd ? 'nearest' : ctx.yearDirection);
  if (n === undefined) return UNRESOLVED('day', 'no-such-day');
  return { start: n, end: n, precision: 'day', rule: `${tag}:year-${ctx.yearDirection}:${base.how}${wd ? ':weekday-checked' : ''}`, explicit: true };
}

function weekday(p: Parse, ctx: ResolveContext): Resolved {
  const wd = p.wd;
  if (!wd) return UNRESOLVED('day', 'bad-weekday');
  const base = ctx.chain ?? ctx.docDay;
  const mod = p.modifier ? ctx.modifiers.get(p.modifier) : undefined;
  if (base === null) {
    const doc = ctx.doc;
    if (doc?.m && !p.d) {
      const [s, e] = monthSpan(doc.y, doc.m);
      return { start: s, end: e, precision: 'month', rule: 'weekday:doc-month-only', explicit: false };
    }
    if (!p.d) return UNRESOLVED('day', 'no-reference');
  }
  const how = ctx.chain !== null ? `ref=${formatDay(ctx.chain)}(text)` : ctx.docDay !== null ? `ref=${formatDay(ctx.docDay)}(doc)` : '';
  if (p.d) {
    // "mercredi 13": the month around the reference where the 13th is a Wednesday.
    const b = base ?? baseDay(ctx)?.day;
    if (b === undefined) return UNRESOLVED('day', 'no-reference');
    const { y, m } = fromDayNumber(b);
    const cands: number[] = [];
    for (let k = -12; k <= 12; k++) {
      const ym = addMonths(y, m, k);
      const n = p.d <= daysInMonth(ym.y, ym.m) ? dayNumber(ym.y, ym.m, p.d) : null;
      if (n !== null && isoWeekday(n) === wd) cands.push(n);
    }
    const n = pick(cands, b, ctx.weekdayDirection);
    return n === undefined ? UNRESOLVED('day', 'no-such-day') : { start: n, end: n, precision: 'day', rule: `weekday+day:${ctx.weekdayDirection}`, explicit: true };
  }
  // News style: a bare weekday is the one of the week before publication, whatever day the story told last
  // ("lundi 25 … connues mardi" in a paper of Tuesday 26 is the 26th); the narrative date serves when the
  // publication day is unknown.
  const b = ctx.docDay ?? base!;
  const bHow = ctx.docDay !== null ? `ref=${formatDay(ctx.docDay)}(doc)` : how;
  const cur = isoWeekday(b);
  let n: number;
  let rule: string;
  if (mod?.weeksLater) {
    // "lundi en huit" told on a Tuesday: the coming Monday, a week later (told on a Monday: a week from that day).
    n = b + ((wd - cur + 7) % 7) + 7 * mod.weeksLater;
    rule = `weekday:in-${mod.weeksLater}-weeks`;
  } else if (mod?.week) {
    n = weekStart(b) + 7 * mod.offset + (wd - 1);
    rule = `weekday:week${mod.offset >= 0 ? '+' : ''}${mod.offset}`;
  } else if (mod && mod.offset < 0) {
    n = b - (((cur - wd + 7) % 7) || 7);
    rule = 'weekday:previous';
  } else if (mod && mod.offset > 0) {
    n = b + (((wd - cur + 7) % 7) || 7);
    rule = 'weekday:next';
  } else if (ctx.weekdayDirection === 'future') {
    n = b + (((wd - cur + 7) % 7) || 7);
    rule = 'weekday:future';
  } else if (ctx.weekdayDirection === 'nearest') {
    const back = (cur - wd + 7) % 7;
    n = back <= 3 ? b - back : b + (7 - back);
    rule = 'weekday:nearest';
  } else {
    n = b - ((cur - wd + 7) % 7);
    rule = 'weekday:past';
  }
  return { start: n, end: n, precision: 'day', rule: `${rule}:${bHow}`, explicit: false };
}

/**
 * "le 3 courant", "the 3rd of this month": that day of the publication month, whatever date the story told before;
 * a day after the publication day reads as the month before, as a bare day does, and as this month's in a sentence
 * telling what is planned (`ahead`).
 */
function currentMonthDay(d: number, ctx: ResolveContext): Resolved | null {
  const ref = ctx.docDay;
  if (ref === null) {
    const doc = ctx.doc;
    const n = doc?.m ? dayNumber(doc.y, doc.m, d) : null;
    return n === null ? null : { start: n, end: n, precision: 'day', rule: 'day-only:current-month+doc-month', explicit: true };
  }
  const { y, m } = fromDayNumber(ref);
  const here = d <= daysInMonth(y, m) ? dayNumber(y, m, d) : null;
  const how = `ref=${formatDay(ref)}(doc)`;
  if (here !== null && here <= ref) return { start: here, end: here, precision: 'day', rule: `day-only:current-month:${how}`, explicit: true };
  const before = addMonths(y, m, -1);
  const past = d <= daysInMonth(before.y, before.m) ? dayNumber(before.y, before.m, d) : null;
  if (past === null) return here === null ? null : { start: here, end: here, precision: 'day', rule: `day-only:current-month:${how}`, explicit: true };
  return {
    start: past, end: past, precision: 'day', rule: `day-only:current-month-past:${how}`, explicit: true,
    ...(here !== null ? { ahead: { start: here, end: here } } : {}),
  };
}

/** "le 16": the month around the reference where that day lies nearest (or before/after it). */
function dayOnly(p: Parse, ctx: ResolveContext): Resolved {
  const current = p.current && p.d ? currentMonthDay(p.d, ctx) : null;
  if (current) return current;
  const base = baseDay(ctx);
  if (!base || !p.d) return UNRESOLVED('day', 'no-reference');
  const { y, m } = fromDayNumber(base.day);
  const cands: number[] = [];
  for (const k of [-1, 0, 1]) {
    const ym = addMonths(y, m, k);
    const n = p.d <= daysInMonth(ym.y, ym.m) ? dayNumber(ym.y, ym.m, p.d) : null;
    if (n !== null) cands.push(n);
  }
  // A month-precision document date: the day of that month.
  if (ctx.chain === null && ctx.docDay === null && ctx.doc?.m) {
    const n = dayNumber(ctx.doc.y, ctx.doc.m, p.d);
    if (n !== null) return { start: n, end: n, precision: 'day', rule: 'day-only+doc-month', explicit: true };
  }
  // Told in a dated report with no narrative date before it, a bare "le 3" is a day already past (the 3rd of the
  // month or of the month before); a sentence telling what is planned takes the coming one (`ahead`).
  if (ctx.chain === null && ctx.docDay !== null && ctx.yearDirection === 'nearest') {
    const past = pick(cands, base.day, 'past');
    const coming = pick(cands, base.day, 'future');
    if (past === undefined) return UNRESOLVED('day', 'no-such-day');
    return {
      start: past, end: past, precision: 'day', rule: `day-only:month-past:${base.how}`, explicit: true,
      ...(coming !== undefined && coming > base.day ? { ahead: { start: coming, end: coming } } : {}),
    };
  }
  const n = pick(cands, base.day, ctx.yearDirection);
  return n === undefined ? UNRESOLVED('day', 'no-such-day') : { start: n, end: n, precision: 'day', rule: `day-only:month-${ctx.yearDirection}:${base.how}`, explicit: true };
}

function monthOnly(p: Parse, ctx: ResolveContext): Resolved {
  const m = p.m;
  if (!m) return UNRESOLVED('month', 'bad-month');
  let y = p.y;
  let rule = 'month+year';
  if (y === undefined) {
    const base = baseDay(ctx);
    if (!base) return UNRESOLVED('month', 'no-reference');
    const y0 = fromDayNumber(base.day).y;
    const cands = [-1, 0, 1].map((k) => dayNumber(y0 + k, m, 15)!);
    y = fromDayNumber(pick(cands, base.day, ctx.yearDirection)!).y;
    rule = `month:year-${ctx.yearDirection}:${base.how}`;
  }
  const [s, e] = monthSpan(y, m);
  if (p.partDays) {
    const [a, b] = p.partDays;
    const last = b < 0 ? daysInMonth(y, m) : Math.min(b, daysInMonth(y, m));
    return { start: s + a - 1, end: s + last - 1, precision: last - a < 10 ? 'week' : 'month', rule: `month-part:${rule}`, explicit: false };
  }
  return { start: s, end: e, precision: 'month', rule, explicit: false };
}

/** "il y a trois jours", "two days later": a duration counted from the reference. */
function durationOffset(p: Parse, ctx: ResolveContext): Resolved {
  const n = (p.n ?? 0) * (p.offset ?? 1);
  const base = ctx.docDay ?? ctx.chain;
  if (base === null) return UNRESOLVED('day', 'no-reference');
  const b = fromDayNumber(base);
  switch (p.unit) {
    case 'second': case 'minute': case 'hour': {
      const hours = p.unit === 'hour' ? n : p.unit === 'minute' ? n / 60 : n / 3600;
      const d = base + Math.floor((12 + hours) / 24);
      return { start: d, end: d, precision: 'day', rule: 'duration-offset:hours', explicit: false };
    }
    case 'day': return { start: base + n, end: base + n, precision: 'day', rule: 'duration-offset:days', explicit: false };
    case 'week': return { start: base + 7 * n, end: base + 7 * n, precision: 'week', rule: 'duration-offset:weeks', explicit: false };
    case 'month': case 'quarter': {
      const ym = addMonths(b.y, b.m, p.unit === 'quarter' ? 3 * n : n);
      const [s, e] = monthSpan(ym.y, ym.m);
      return { start: s, end: e, precision: 'month', rule: 'duration-offset:months', explicit: false };
    }
    default: {
      const [s, e] = yearSpan(b.y + n);
      return { start: s, end: e, precision: 'year', rule: 'duration-offset:years', explicit: false };
    }
  }
}

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, quarter: 91, year: 365 };

/** "les 24 dernières heures", "les trois derniers jours" (up to the reference day), "les deux prochaines semaines" (after it). */
function durationWindow(p: Parse, ctx: ResolveContext): Resolved {
  const base = ctx.docDay ?? ctx.chain;
  if (base === null) return UNRESOLVED('day', 'no-reference');
  const n = p.n ?? 0;
  const hours = p.unit === 'hour' ? n : p.unit === 'minute' ? n / 60 : p.unit === 'second' ? n / 3600 : null;
  // A count of hours goes back from the report's hour (about midday); whole days count the reference day itself.
  const days = hours !== null ? null : Math.max(1, Math.round(n * (UNIT_DAYS[p.unit ?? 'day'] ?? 1)));
  const [s, e] = p.offset === 1
    ? [base + 1, hours !== null ? base + Math.max(1, Math.floor((12 + hours) / 24)) : base + days!]
    : [hours !== null ? base + Math.floor((12 - hours) / 24) : base - (days! - 1), base];
  const precision = p.unit === 'week' || p.unit === 'month' || p.unit === 'year' ? p.unit : 'day';
  return { start: s, end: e, precision, rule: `duration-window:${p.offset === 1 ? 'next' : 'last'}:${n}${p.unit}`, explicit: false };
}

export function resolveParse(p: Parse, ctx: ResolveContext): Resolved {
  switch (p.kind) {
    case 'iso': case 'numeric': case 'day-month': case 'month-day':
      return dayMonth(p, ctx, p.kind);
    case 'day-range': {
      // "du 28 au 29" with no month: the first day read as a bare day number, the range as long as told.
      if (p.m === undefined) {
        const a = dayOnly(p, ctx);
        if (a.start === null) return a;
        const len = p.d2! - p.d!;
        return { ...a, end: a.start + len, rule: `day-range:${a.rule}`, ...(a.ahead ? { ahead: { start: a.ahead.start, end: a.ahead.start + len } } : {}) };
      }
      const a = dayMonth({ ...p, kind: 'day-month' }, ctx, 'day-range');
      if (a.start === null) return a;
      return { ...a, end: a.start + (p.d2! - p.d!), rule: a.rule };
    }
    case 'weekday': return weekday(p, ctx);
    case 'day-only': return dayOnly(p, ctx);
    case 'month': case 'month-part': return monthOnly(p, ctx);
    case 'year': {
      const [s, e] = yearSpan(p.y!);
      return { start: s, end: e, precision: 'year', rule: 'year', explicit: false };
    }
    case 'year-part': {
      // "fin 2022": its months (partDays holds months here), at month precision.
      const [a, b] = p.partDays!;
      return { start: monthSpan(p.y!, a)[0], end: monthSpan(p.y!, b)[1], precision: 'month', rule: `year-part:${a}-${b}`, explicit: false };
    }
    case 'relative-day': return deictic(p.offset ?? 0, ctx, 'relative-day');
    case 'period': return period(p, ctx);
    case 'standalone': case 'time': {
      const base = ctx.chain ?? ctx.docDay;
      if (base === null) return deictic(p.offset ?? 0, ctx, 'standalone');
      return { start: base + (p.offset ?? 0), end: base + (p.offset ?? 0), precision: 'day', rule: `${p.kind}:${p.offset ?? 0}:ref=${formatDay(base)}`, explicit: false };
    }
    case 'duration':
      if (p.window) return durationWindow(p, ctx);
      if (p.offset) return durationOffset(p, ctx);
      return { start: null, end: null, precision: 'day', rule: 'duration', explicit: false };
    case 'anchor': case 'idiom':
      return { start: null, end: null, precision: 'day', rule: 'relative-to-event', explicit: false };
  }
}
