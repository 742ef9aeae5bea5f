// Date recognition: parse → resolve in text order (explicit full dates become the reference for later
// weekdays and "la veille"; in an undated text, a stated year places later yearless days) → combine
// neighbours (anchor + date, duration + date, "deux jours après …", ranges, "since") → the clause of each.
import type { PartialDate } from '../../core/types.js';
import { dayNumber, formatDay } from './calendar.js';
import { withClauses } from './clauses.js';
import { compileDateLexicon, key, type CompiledDateLexicon } from './compile.js';
import { parseDates, type Parse } from './parse.js';
import { resolveParse, type Resolved, type ResolveContext } from './resolve.js';
import type { DateLexicon, DateMention, FindDatesOptions } from './types.js';

interface Item {
  start: number;
  end: number;
  readonly parse: Parse;
  res: Resolved;
  /** The reference day when it was read (narrative date, else publication day). */
  readonly ref: number | null;
}

const ANCHOR_STOP_RE = /[,.;:!?()«»"“”\n]/;
const MAX_ANCHOR_WORDS = 6;

function docParts(doc: PartialDate | null): ResolveContext['doc'] {
  if (!doc) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(doc.value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] && doc.precision !== 'year' ? Number(m[2]) : undefined;
  const d = m[3] && doc.precision === 'day' ? Number(m[3]) : undefined;
  return { y, m: mo, d };
}

/** The noun phrase after "au lendemain du": up to punctuation or a few words. */
function anchorAfter(text: string, from: number): { start: number; end: number } {
  let s = from;
  while (s < text.length && /\s/.test(text[s]!)) s++;
  let e = s;
  let words = 0;
  while (e < text.length && !ANCHOR_STOP_RE.test(text[e]!)) {
    if (/\s/.test(text[e]!) && e > s && !/\s/.test(text[e - 1]!) && ++words >= MAX_ANCHOR_WORDS) break;
    e++;
  }
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

const gapIs = (text: string, a: number, b: number, re: RegExp): boolean => b >= a && re.test(text.slice(a, b));
const BLANK_RE = /^[\s\u00a0\u202f]*$/;
const BLANK_OR_COMMA_RE = /^[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*$/;

function toMention(text: string, it: Pick<Item, 'start' | 'end' | 'parse' | 'res'>, extra: Partial<DateMention> = {}): DateMention {
  const p = it.parse;
  const r = it.res;
  return {
    span: { start: it.start, end: it.end },
    text: text.slice(it.start, it.end),
    kind: p.kind === 'duration' && !p.offset ? 'duration' : p.kind === 'day-range' ? 'range' : 'date',
    start: r.start === null ? null : formatDay(r.start),
    end: r.end === null ? null : formatDay(r.end),
    precision: r.precision,
    rule: r.rule,
    ...(p.hour !== undefined ? { hour: p.hour } : {}),
    ...(r.ahead ? { ahead: { start: formatDay(r.ahead.start), end: formatDay(r.ahead.end) } } : {}),
    ...(p.kind === 'duration' && p.n !== undefined && p.unit && p.unit !== 'weekend' ? { duration: { value: p.n, unit: p.unit } } : {}),
    ...extra,
  };
}

/** Combines neighbouring items and turns them into mentions. */
function combine(text: string, items: Item[], lex: CompiledDateLexicon, docDay: number | null): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const next = items[i + 1];
    const p = it.parse;
    // "overnight Sunday", "during the day on Tuesday": a relative day that is also a part of the day, right before a day.
    const partHour = p.kind === 'relative-day' ? lex.dayPart.get(key(text.slice(p.start, p.end))) : undefined;
    if (next && next.res.start !== null && ((p.kind === 'time' && partOf(text, it, next, lex))
      || (partHour !== undefined && next.res.precision === 'day' && gapIs(text, it.end, next.start, BLANK_RE)))) {
      // "dans la nuit de mardi à mercredi": the part of the day belongs to the date that follows.
      next.start = it.start;
      const hour = p.hour ?? partHour;
      if (hour !== undefined && next.parse.hour === undefined) next.parse.hour = hour;
      continue;
    }
    if (p.kind === 'anchor') {
      const a = anchorAfter(text, it.end);
      if (next && next.start === a.start && next.res.start !== null) {
        // "le lendemain du 13 février": the anchor is itself a date.
        const off = p.offset ?? 0;
        const n = next.res.start + off;
        out.push(toMention(text, { start: it.start, end: next.end, parse: next.parse, res: { ...next.res, start: n, end: n, rule: `anchor${off >= 0 ? '+' : ''}${off}:${next.res.rule}` } }));
        i++;
        continue;
      }
      if (a.end <= a.start) {
        // "a day after." with nothing after it: counted from the reference, as "the next day" (not "the day after the…",
        // whose complement is missing).
        const last = key(text.slice(it.start, it.end)).split(' ').pop() ?? '';
        if (it.ref !== null && lex.durationAnchorSign.has(last)) {
          const n = it.ref + (p.offset ?? 0);
          out.push(toMention(text, { ...it, res: { start: n, end: n, precision: 'day', rule: `anchor:${p.offset ?? 0}:ref=${formatDay(it.ref)}`, explicit: false } }));
        }
        continue;
      }
      out.push(toMention(text, { ...it, end: a.end }, {
        kind: 'relative-to-event',
        relative: { offsetDays: p.offset ?? 0, anchorSpan: a, anchorText: text.slice(a.start, a.end) },
      }));
      continue;
    }
    const counted = p.kind === 'duration' && !p.offset && !p.prefix ? countedFrom(text, it, next, lex) : null;
    if (counted) {
      out.push(counted.mention);
      if (counted.usedNext) i++;
      continue;
    }
    if (p.kind === 'duration' && !p.offset && p.prefix && lex.durationPrefix.has(p.prefix) && next
      && next.res.start !== null && next.res.precision === 'day' && gapIs(text, it.end, next.start, BLANK_OR_COMMA_RE)) {
      // "s'est achevée en 24 heures mercredi à la mi-journée": ended then, began one duration earlier.
      const endDay = next.res.end ?? next.res.start;
      const n = p.n ?? 0;
      let startDay: number;
      if (p.unit === 'hour' || p.unit === 'minute' || p.unit === 'second') {
        const hours = p.unit === 'hour' ? n : p.unit === 'minute' ? n / 60 : n / 3600;
        startDay = Math.floor((endDay * 24 + (next.parse.hour ?? 12) - hours) / 24);
      } else {
        const days = p.unit === 'day' ? n : p.unit === 'week' ? 7 * n : p.unit === 'month' ? 30 * n : p.unit === 'quarter' ? 91 * n : 365 * n;
        startDay = endDay - Math.max(0, days - 1);
      }
      out.push(toMention(text, { start: it.start, end: next.end, parse: next.parse, res: { ...next.res, start: Math.min(startDay, endDay), end: endDay, rule: `duration-ending:${n}${p.unit}:${next.res.rule}` } }, {
        kind: 'range',
        duration: { value: n, unit: p.unit as NonNullable<DateMention['duration']>['unit'] },
      }));
      i++;
      continue;
    }
    if (next && it.res.start !== null && next.res.start !== null && (next.res.start >= it.res.start || bareWeekdays(it, next))) {
      // The word before the first date is looked for before the date itself, even when a part of the day was absorbed.
      const own = it.parse.start;
      const frame = lex.rangeFrames.find((f) => gapIs(text, it.end, next.start, f.gap)
        && (!f.before || f.before.test(text.slice(Math.max(0, own - 32), own))));
      if (frame) {
        const before = frame.before?.exec(text.slice(Math.max(0, own - 32), own));
        const start = Math.min(it.start, before ? own - before[0].length : own);
        // "du lundi au mercredi": the second weekday is the first one after the first.
        const last = bareWeekdays(it, next) ? it.res.start + ((next.parse.wd! - it.parse.wd! + 7) % 7 || 7) : next.res.end ?? next.res.start;
        out.push(toMention(text, { start, end: next.end, parse: it.parse, res: { ...it.res, end: last, rule: `range:${it.res.rule}..${next.res.rule}` } }, { kind: 'range' }));
        i++;
        continue;
      }
    }
    const monthFirst = p.kind === 'month-day' && it.res.start !== null ? dayAfter(text, it, lex) : null;
    if (monthFirst) {
      out.push(toMention(text, { ...it, start: monthFirst.start, end: monthFirst.end, res: { ...it.res, end: monthFirst.endDay, rule: `range:${it.res.rule}` } }, { kind: 'range' }));
      continue;
    }
    const since = lex.re.sinceBefore?.exec(text.slice(Math.max(0, it.start - 24), it.start));
    // "the deadliest day since August": the date of the last such day, not of this one; no date at all.
    if (since && lex.re.comparisonBefore?.test(text.slice(Math.max(0, it.start - since[0].length - 64), it.start - since[0].length))) continue;
    if (since && it.res.start !== null && p.kind !== 'duration') {
      out.push(toMention(text, { ...it, start: it.start - since[0].length }, {
        kind: 'since',
        // Open until publication; unknown when the document has no day or the start lies after it.
        end: docDay !== null && docDay >= it.res.start ? formatDay(docDay) : null,
        rule: `since:${it.res.rule}`,
      }));
      continue;
    }
    out.push(toMention(text, it));
  }
  return out;
}

/**
 * A part of the day linked to the date after it: "dans la nuit de mardi", or "dans la nuit du 6 au 7 mai" where the
 * range took the link ("du") as its own first word.
 */
function partOf(text: string, it: Item, next: Item, lex: CompiledDateLexicon): boolean {
  if (!lex.dayPartLink) return false;
  if (lex.dayPartLink.test(text.slice(it.end, next.start))) return true;
  return next.parse.kind === 'day-range' && gapIs(text, it.end, next.start, BLANK_RE)
    && lex.dayPartLinkHead !== null && lex.dayPartLinkHead.test(text.slice(next.start, next.end));
}

/** Whole days in a duration of days, weeks or whole days of hours; null otherwise. */
function durationDays(p: Parse): number | null {
  const n = p.n ?? 0;
  if (!Number.isInteger(n)) return null;
  if (p.unit === 'day') return n;
  if (p.unit === 'week') return 7 * n;
  if (p.unit === 'hour' && n % 24 === 0) return n / 24;
  return null;
}

/**
 * "deux jours avant le 3 mars" (that date less two days), "trois jours après l'attaque" (relative to the attack),
 * "un jour après." (the reference plus one day): a duration counted from what follows its anchor word.
 */
function countedFrom(text: string, it: Item, next: Item | undefined, lex: CompiledDateLexicon): { mention: DateMention; usedNext: boolean } | null {
  const re = lex.durationAnchor;
  const days = durationDays(it.parse);
  if (!re || days === null) return null;
  re.lastIndex = it.end;
  const w = re.exec(text);
  if (!w) return null;
  const off = (lex.durationAnchorSign.get(key(w[1]!)) ?? 1) * days;
  const wordEnd = it.end + w[0].length;
  if (next && next.res.start !== null && next.res.precision === 'day' && gapIs(text, wordEnd, next.start, BLANK_RE)) {
    const n = next.res.start + off;
    const res = { ...next.res, start: n, end: n, rule: `duration-from:${off}:${next.res.rule}` };
    return { mention: toMention(text, { ...next, start: it.start, res }, { kind: 'date', duration: undefined }), usedNext: true };
  }
  const a = anchorAfter(text, wordEnd);
  if (a.end > a.start) {
    return {
      mention: toMention(text, { ...it, end: a.end }, {
        kind: 'relative-to-event',
        rule: `relative-to-event:${off}d`,
        relative: { offsetDays: off, anchorSpan: a, anchorText: text.slice(a.start, a.end) },
      }),
      usedNext: false,
    };
  }
  if (it.ref === null) return null;
  const n = it.ref + off;
  const res: Resolved = { start: n, end: n, precision: 'day', rule: `duration-from:${off}:ref=${formatDay(it.ref)}`, explicit: false };
  return { mention: toMention(text, { ...it, end: wordEnd, res }, { kind: 'date' }), usedNext: false };
}

/** Two weekdays without a day number or modifier ("from Monday to Wednesday"): the second follows the first. */
function bareWeekdays(a: Item, b: Item): boolean {
  return a.parse.kind === 'weekday' && b.parse.kind === 'weekday' && a.parse.d === undefined && b.parse.d === undefined
    && b.parse.modifier === undefined && a.parse.wd !== undefined && b.parse.wd !== undefined;
}

/** "March 3-5", "between March 3 and 5": the second day of a month-first date range. */
function dayAfter(text: string, it: Item, lex: CompiledDateLexicon): { start: number; end: number; endDay: number } | null {
  const re = lex.dayAfterGap;
  re.lastIndex = it.end;
  const m = re.exec(text);
  if (!m) return null;
  const d2 = Number(m[2]);
  const d1 = it.parse.d ?? 0;
  if (d2 <= d1 || d2 > 31) return null;
  const own = it.parse.start;
  const beforeText = text.slice(Math.max(0, own - 32), own);
  const frame = lex.rangeFrames.find((f) => f.gap.test(m[1]!) && (!f.before || f.before.test(beforeText)));
  if (!frame) return null;
  const before = frame.before?.exec(beforeText);
  return { start: before ? own - before[0].length : it.start, end: it.end + m[0].length, endDay: it.res.start! + (d2 - d1) };
}

/**
 * Finds and resolves every date expression in `text`. `docDate` is the publication date with its precision;
 * bare weekdays resolve to the most recent such day on or before the reference (news style) unless told otherwise.
 */
export function findDates(text: string, lexicon: DateLexicon, docDate: PartialDate | null, opts: FindDatesOptions = {}): DateMention[] {
  const lex = compileDateLexicon(lexicon);
  const doc = docParts(docDate);
  const docDay = doc?.d !== undefined && doc.m !== undefined ? dayNumber(doc.y, doc.m, doc.d) : null;
  const chainOn = opts.chainReference ?? true;
  let chain: number | null = null;
  // With no document date, a stated year ("la crise de mai 2008 … le 9 mai") places the later yearless dates.
  let textYear: ResolveContext['textYear'] = null;
  const items: Item[] = [];
  for (const p of parseDates(text, lex)) {
    const res = resolveParse(p, {
      doc, docDay, chain, textYear,
      weekdayDirection: opts.weekdayDirection ?? 'past',
      yearDirection: opts.yearDirection ?? 'nearest',
      modifiers: lex.modifier,
    });
    items.push({ start: p.start, end: p.end, parse: p, res, ref: chain ?? docDay });
    if (!doc && p.y !== undefined && res.start !== null) textYear = { y: p.y, ...(p.m !== undefined ? { m: p.m } : {}) };
    // After a span of days ("dans la nuit du 6 au 7 mai"), the story goes on from its last day: "trois jours plus tard"
    // (from its first when the span runs past the publication day).
    const reached = p.kind === 'day-range' && res.end !== null && (docDay === null || res.end <= docDay) ? res.end : res.start;
    if (chainOn && res.explicit && res.precision === 'day' && reached !== null && (docDay === null || reached <= docDay)) {
      chain = chain === null ? reached : Math.max(chain, reached);
    }
  }
  return withClauses(text, combine(text, items, lex, docDay));
}
