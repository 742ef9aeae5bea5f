// English date words: months, weekdays, relative expressions, parts of the day, duration units.
import type { DateLexicon } from '../../extract/dates/types.js';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: readonly [string, number][] = [['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60]];

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** "second" 2 … "thirty-first" 31, hyphenated and spaced. */
function dayOrdinals(): Record<string, number> {
  const out: Record<string, number> = { thirtieth: 30 };
  ORDINALS.forEach((w, i) => { if (w) out[w] = i; });
  for (let u = 1; u <= 9; u++) {
    out[`twenty-${ORDINALS[u]!}`] = 20 + u;
    out[`twenty ${ORDINALS[u]!}`] = 20 + u;
  }
  out['thirty-first'] = 31;
  out['thirty first'] = 31;
  return out;
}

function numberWords(): Record<string, number> {
  const out: Record<string, number> = { a: 1, an: 1 };
  UNITS.forEach((w, i) => { if (w) out[w] = i; });
  for (const [t, v] of TENS) {
    out[t] = v;
    for (let u = 1; u <= 9; u++) {
      out[`${t}-${UNITS[u]!}`] = v + u;
      out[`${t} ${UNITS[u]!}`] = v + u;
    }
  }
  return out;
}

/** "early this week", "at the end of last month": each part with "this"/"the"/"last"/"next" and the unit. */
function part(unit: 'week' | 'month' | 'year', parts: Record<string, [number, number]>): Record<string, { unit: 'week' | 'month' | 'year'; offset: number; days: [number, number] }> {
  const out: Record<string, { unit: 'week' | 'month' | 'year'; offset: number; days: [number, number] }> = {};
  for (const [before, days] of Object.entries(parts)) {
    for (const [w, offset] of [['this', 0], ['the', 0], ['last', -1], ['next', 1]] as const) out[`${before} ${w} ${unit}`] = { unit, offset, days };
  }
  return out;
}

/** "over the past week": each opening word with each unit, counted back from the reference day. */
function rolling(before: readonly string[], units: readonly ('week' | 'month' | 'year')[]): Record<string, { unit: 'week' | 'month' | 'year'; offset: number; rolling: true }> {
  const out: Record<string, { unit: 'week' | 'month' | 'year'; offset: number; rolling: true }> = {};
  for (const b of before) for (const unit of units) out[`${b} ${unit}`] = { unit, offset: 0, rolling: true };
  return out;
}

/** "over the weekend", "last week-end": each opening word with both spellings. */
function weekend(before: readonly string[], offset: number): Record<string, { unit: 'weekend'; offset: number }> {
  const out: Record<string, { unit: 'weekend'; offset: number }> = {};
  for (const b of before) for (const w of ['weekend', 'week-end']) out[`${b} ${w}`] = { unit: 'weekend', offset };
  return out;
}

export const dateLexicon: DateLexicon = {
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: [
    ['monday'], ['tuesday', 'tues', 'tue'], ['wednesday'], ['thursday', 'thurs', 'thu'], ['friday', 'fri'], ['saturday'], ['sunday'],
  ],
  weekdayAbbreviations: [['mon'], ['tue'], ['wed'], ['thu'], ['fri'], ['sat'], ['sun']],
  numericOrder: 'mdy',
  monthFirst: true,
  dayMonthLinks: ['of'],
  articles: ['on', 'the', 'on the'],
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  firstDayWords: ['first'],
  dayOrdinals: dayOrdinals(),
  holidays: {
    // "Christmas Island" is a place: only the phrasings of the day are kept.
    'on christmas': [12, 25], 'at christmas': [12, 25], 'over christmas': [12, 25], 'christmas day': [12, 25], 'orthodox christmas': [1, 7], 'orthodox christmas day': [1, 7], 'christmas eve': [12, 24], 'boxing day': [12, 26],
    "new year's day": [1, 1], "new year's eve": [12, 31], halloween: [10, 31], "valentine's day": [2, 14],
  },
  relativeDays: {
    today: 0, now: 0, 'right now': 0, 'at the moment': 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, yesterday: -1, 'last night': -1,
    'the day before yesterday': -2, 'day before yesterday': -2, tomorrow: 1, 'the day after tomorrow': 2, 'day after tomorrow': 2,
    // A tally "in the past day" covers the day before the report: its first day is the day before.
    'in the past day': -1, 'over the past day': -1, 'during the past day': -1, 'in the last day': -1,
    'over the last day': -1, 'in past day': -1, 'over past day': -1, 'during past day': -1, 'the past day': -1,
    'in last day': -1, 'over last day': -1,
    // A daily report's "during the day", with no date of its own, is the day just past: the tally comes out next morning
    // (after a date, "on Tuesday during the day", it is that date's part of the day: see dayParts).
    'during the day': -1,
    // "killed 10 civilians in a day": a past tally over one day ends at the report, so it began the day before.
    'in a day': -1, 'in one day': -1,
    // Told in the morning news, the night just past began the day before, as "last night".
    overnight: -1,
  },
  relativePeriods: {
    'this week': { unit: 'week', offset: 0 },
    'current week': { unit: 'week', offset: 0 },
    'coming week': { unit: 'week', offset: 1 },
    'upcoming week': { unit: 'week', offset: 1 },
    'previous week': { unit: 'week', offset: -1 },
    'current month': { unit: 'month', offset: 0 },
    'current year': { unit: 'year', offset: 0 },
    'this yr': { unit: 'year', offset: 0 },
    'last yr': { unit: 'year', offset: -1 },
    'next yr': { unit: 'year', offset: 1 },
    'last week': { unit: 'week', offset: -1 },
    'the previous week': { unit: 'week', offset: -1 },
    // "in the past week": the seven days up to the report, not the calendar week before it ("last week").
    'past week': { unit: 'week', offset: -1 },
    ...rolling(['the past', 'in the past', 'over the past', 'during the past', 'in past', 'over past', 'in the last',
      'over the last', 'during the last', 'over last', 'over'], ['week', 'month', 'year']),
    'next week': { unit: 'week', offset: 1 },
    'the following week': { unit: 'week', offset: 1 },
    'this month': { unit: 'month', offset: 0 },
    'last month': { unit: 'month', offset: -1 },
    'the previous month': { unit: 'month', offset: -1 },
    'next month': { unit: 'month', offset: 1 },
    'this year': { unit: 'year', offset: 0 },
    // "since the start of the year": a tally from the year's first day (alone, the year at year precision).
    'the start of the year': { unit: 'year', offset: 0 }, 'the beginning of the year': { unit: 'year', offset: 0 },
    'last year': { unit: 'year', offset: -1 },
    'the previous year': { unit: 'year', offset: -1 },
    'next year': { unit: 'year', offset: 1 },
    // Parts of the week and of the month (weekdays Monday 1; days of the month, -1 = the last).
    ...part('week', { early: [1, 2], 'at the beginning of': [1, 2], 'at the start of': [1, 2], midway: [3, 4], late: [4, 7], 'at the end of': [4, 7],
      'the beginning of': [1, 2], 'the start of': [1, 2], 'beginning of': [1, 2], 'start of': [1, 2], 'the end of': [4, 7], 'end of': [4, 7] }),
    ...part('month', { early: [1, 10], 'at the beginning of': [1, 10], 'at the start of': [1, 10], late: [21, -1], 'at the end of': [21, -1],
      'the beginning of': [1, 10], 'the start of': [1, 10], 'beginning of': [1, 10], 'start of': [1, 10], 'the end of': [21, -1], 'end of': [21, -1] }),
    // Parts of a year (months): "late last year" November and December, "early this year" January and February.
    ...part('year', { early: [1, 2], late: [11, 12], 'at the beginning of': [1, 2], 'at the start of': [1, 2], 'at the end of': [11, 12] }),
    ...weekend(['this', 'over the', 'at the', 'during the', 'on the'], 0),
    // "this past weekend" is the last one over, whatever day the story is told (never the coming one).
    ...weekend(['last', 'the previous', 'past', 'this past'], -1),
    ...weekend(['next', 'the following', 'the coming', 'this coming'], 1),
  },
  weekdayModifiers: {
    last: { offset: -1, position: 'before' },
    past: { offset: -1, position: 'before' },
    previous: { offset: -1, position: 'before' },
    next: { offset: 1, position: 'before' },
    coming: { offset: 1, position: 'before' },
    'this coming': { offset: 1, position: 'before' },
    this: { offset: 0, position: 'before', week: true },
    'of this week': { offset: 0, position: 'after', week: true },
    'of last week': { offset: -1, position: 'after', week: true },
    'last week': { offset: -1, position: 'after', week: true },
    'of next week': { offset: 1, position: 'after', week: true },
    'next week': { offset: 1, position: 'after', week: true },
    'after next': { offset: 1, position: 'after' },
  },
  dayParts: {
    morning: 8, 'in the morning': 8, 'early morning': 6, noon: 12, 'at noon': 12, midday: 12, 'at midday': 12,
    afternoon: 15, 'in the afternoon': 15, evening: 19, 'in the evening': 19, night: 23, 'at night': 23,
    'overnight': 23, 'during the day': 12, 'at midnight': 0, 'at dawn': 6, 'in the early hours': 3, 'early hours': 3, 'in the small hours': 3,
  },
  monthParts: {
    early: [1, 10], 'in early': [1, 10], 'beginning of': [1, 5], 'the beginning of': [1, 5], mid: [10, 19],
    'in mid': [10, 19], late: [21, -1], 'in late': [21, -1], 'end of': [21, -1], 'the end of': [21, -1],
  },
  monthPartLinks: ['-', ''],
  // "early 2023", "mid-2023", "by the end of 2012": months of a stated year (as "late last year").
  yearParts: {
    early: [1, 2], 'the beginning of': [1, 2], 'beginning of': [1, 2], 'the start of': [1, 2], 'start of': [1, 2], mid: [6, 7], 'the middle of': [6, 7],
    late: [11, 12], 'the end of': [11, 12], 'end of': [11, 12],
  },
  dayPartLinks: ['of'],
  anchorOffsets: {
    'the day after the': 1, 'the day after': 1, 'a day after the': 1, 'a day after': 1, 'the day before the': -1,
    'the day before': -1, 'a day before the': -1, 'a day before': -1, 'on the eve of the': -1, 'on the eve of': -1,
    'the eve of the': -1, 'the eve of': -1, 'two days after the': 2, 'two days after': 2, 'two days before the': -2,
    'two days before': -2,
  },
  standaloneOffsets: {
    // The day the narrative is at, not the publication day.
    'the same day': 0, 'that same day': 0, 'later that day': 0, 'earlier that day': 0,
    'the day before': -1, 'the previous day': -1, 'the day after': 1, 'the next day': 1, 'the following day': 1,
    'a day later': 1,
  },
  sinceWords: ['since', 'starting'],
  // "the deadliest day since August", "the first attack since the truce": a comparison's reference, not a date of the event.
  comparisonWords: ['bloodiest', 'deadliest', 'worst', 'biggest', 'largest', 'heaviest', 'fiercest', 'highest', 'strongest',
    'longest', 'greatest', 'the most', 'first'],
  // "from Monday" opens an interval; "fled from the fighting" does not make the fighting a time reference.
  dateOnlySinceWords: ['from'],
  // "in the period 10 and 16 September" (reports' wording of "between"): a span like "between ... and".
  rangeFrames: [['from', 'to'], ['from', 'through'], ['from', 'thru'], ['from', 'until'], ['between', 'and'], ['period', 'and'], ['', 'to'], ['', 'through'], ['', 'thru'], ['', '-'], ['', '–']],
  durationPrefixes: ['in', 'within', 'in less than', 'in just', 'over'],
  durationOffsets: {
    ago: { sign: -1, position: 'after' },
    earlier: { sign: -1, position: 'after' },
    later: { sign: 1, position: 'after' },
    'from now': { sign: 1, position: 'after' },
    // "in the past 24 hours", "over the last three days": the window ending at the reference starts one duration before it.
    'in the past': { sign: -1, position: 'before' },
    'over the past': { sign: -1, position: 'before' },
    'during the past': { sign: -1, position: 'before' },
    'in the last': { sign: -1, position: 'before' },
    'over the last': { sign: -1, position: 'before' },
    'during the last': { sign: -1, position: 'before' },
    'in past': { sign: -1, position: 'before' },
    'over past': { sign: -1, position: 'before' },
    'in last': { sign: -1, position: 'before' },
    'over last': { sign: -1, position: 'before' },
    'within the past': { sign: -1, position: 'before' },
    'within the last': { sign: -1, position: 'before' },
    'within last': { sign: -1, position: 'before' },
    // Alone too: "the last two days have seen…", "past 24 hours: three killed".
    last: { sign: -1, position: 'before' },
    past: { sign: -1, position: 'before' },
  },
  durationAnchors: { after: 1, before: -1 },
  hourMarkers: ["o'clock", 'h'],
  meridiems: { am: 0, pm: 12, 'a.m.': 0, 'p.m.': 12 },
  timePrefixes: ['at', 'around', 'about', 'shortly before', 'shortly after'],
  durationUnits: {
    sec: 'second', second: 'second', seconds: 'second', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
    hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
  },
  numberWords: numberWords(),
  idioms: ['day after day', 'day by day', 'from day to day', 'day and night', 'night and day', 'day in, day out', 'day in day out'],
  yearPrefixes: ['in', 'since', 'during', 'until', 'by', 'early', 'late', 'mid', 'before', 'after'],
  // "on the 3rd of this month": a day of the month the report was written in.
  currentMonth: { after: ['of this month', 'of the current month', 'this month'] },
  monthPrefixes: ['in', 'during', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'this', 'next'],
};
