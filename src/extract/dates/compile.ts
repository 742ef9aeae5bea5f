// Compiles a DateLexicon once into lookup maps and regular expressions (cached per lexicon object).
import { alternation, phraseRe } from '../numbers/compile.js';
import type { DateLexicon, RelativePeriod, TimeUnit, WeekdayModifier } from './types.js';
import { key } from './key.js';

export { key };

export interface CompiledDateLexicon {
  readonly lex: DateLexicon;
  readonly month: ReadonlyMap<string, number>;
  readonly weekday: ReadonlyMap<string, number>;
  readonly numberWord: ReadonlyMap<string, number>;
  readonly firstDay: ReadonlySet<string>;
  readonly dayOrdinal: ReadonlyMap<string, number>;
  readonly holiday: ReadonlyMap<string, readonly [number, number]>;
  readonly relativeDay: ReadonlyMap<string, number>;
  readonly period: ReadonlyMap<string, RelativePeriod>;
  readonly modifier: ReadonlyMap<string, WeekdayModifier>;
  readonly dayPart: ReadonlyMap<string, number>;
  readonly monthPart: ReadonlyMap<string, readonly [number, number]>;
  /** Year part word → [first, last] month. */
  readonly yearPart: ReadonlyMap<string, readonly [number, number]>;
  readonly anchor: ReadonlyMap<string, number>;
  readonly standalone: ReadonlyMap<string, number>;
  readonly durationOffset: ReadonlyMap<string, { sign: -1 | 1; position: 'before' | 'after' }>;
  readonly durationPrefix: ReadonlySet<string>;
  /** Sticky: blanks then a word counting a duration from what follows ("après"); group 1 = the word. */
  readonly durationAnchor: RegExp | null;
  readonly durationAnchorSign: ReadonlyMap<string, 1 | -1>;
  readonly durationWindow: ReadonlyMap<string, 1 | -1>;
  readonly unit: ReadonlyMap<string, TimeUnit>;
  /** Half-of-day words after a 12-hour clock → hours to add ("pm" 12). */
  readonly meridiem: ReadonlyMap<string, 0 | 12>;
  readonly re: {
    readonly iso: RegExp;
    readonly numeric: RegExp;
    /** "17 02 2014", "le 17 02": a numeric date with blanks between its parts (tables, forms). */
    readonly spacedNumeric: RegExp;
    readonly dayMonth: RegExp;
    readonly monthDay: RegExp | null;
    readonly monthYear: RegExp;
    readonly year: RegExp;
    /** With indices ('d'): the parser checks what follows a day number ("Thursday 9 people", "mardi 9 h"). */
    readonly weekday: RegExp;
    readonly relativeDay: RegExp | null;
    readonly period: RegExp | null;
    readonly standalone: RegExp | null;
    readonly anchor: RegExp | null;
    readonly monthPart: RegExp | null;
    /** A part of a stated year: group 1 = the part word, 2 = the year ("fin 2022", "mi-2023", "early 2023"). */
    readonly yearPart: RegExp | null;
    readonly duration: RegExp;
    readonly dayRange: RegExp | null;
    readonly dayPart: RegExp | null;
    /** Phrases that name no date: they cover the date words inside them, then are dropped. */
    readonly idiom: RegExp | null;
    readonly holiday: RegExp | null;
    /** "le 16," — an article and a day of the month alone, then punctuation or a time; group 2: words naming the current month after it. */
    readonly dayOnly: RegExp | null;
    /** A clock time: groups 1 = hour (digits or word), 2 = minutes; or 3 = hour, 4 = minutes of "15:30"; or 5 = hour, 6 = minutes, 7 = half of the day ("3:30 pm"). */
    readonly clock: RegExp;
    /** Anchored at the end: a "since" word before a date. */
    readonly sinceBefore: RegExp | null;
    /** Anchored at the end: a comparison word then at most three words, before the "since" word ("the deadliest day "). */
    readonly comparisonBefore: RegExp | null;
  };
  /** Lower-case first word → the parsers (keys of `re`) that may start there; "#" = a digit. */
  readonly triggers: ReadonlyMap<string, readonly ParserName[]>;
  /** Words that only occur in date expressions → their classes (CLS bits); digits are CLS.digit. */
  readonly strong: ReadonlyMap<string, number>;
  /** Lower-case word → its strong classes and the parsers it may start: one lookup per word of the text. */
  readonly wordInfo: ReadonlyMap<string, { readonly cls: number; readonly names: readonly ParserName[] | undefined }>;
  /** Sticky: a range gap then a day number, after a month-first date ("March 3-5", "between March 3 and 5"). Group 1 = gap, 2 = day. */
  readonly dayAfterGap: RegExp;
  /** Links between a part of the day and the date it belongs to ("dans la nuit de mardi"). */
  readonly dayPartLink: RegExp | null;
  /** The same links opening a range that took them as its first word ("du" of "dans la nuit du 6 au 7 mai"). */
  readonly dayPartLinkHead: RegExp | null;
  /**
   * What may lie between a date and a clock time that belongs to it: blanks, a comma, at most one range or time word
   * ("jeudi de 9h à 11h", "Thursday, between 9 and 11").
   */
  readonly timeLink: RegExp;
  /** Each range frame: the word before the first date (anchored at the end) and the gap between the two. */
  readonly rangeFrames: readonly { readonly before: RegExp | null; readonly gap: RegExp }[];
}

/** The parsers that are tried at trigger positions (sticky regexes). */
export const PARSERS = [
  'iso', 'numeric', 'spacedNumeric', 'dayMonth', 'monthDay', 'monthYear', 'year', 'weekday', 'relativeDay', 'period', 'standalone',
  'anchor', 'monthPart', 'yearPart', 'duration', 'dayRange', 'dayPart', 'clock', 'dayOnly', 'idiom', 'holiday',
] as const;
export type ParserName = (typeof PARSERS)[number];

/** Classes of strong words; each parser needs one of its classes near its start. */
export const CLS = { digit: 1, month: 2, weekday: 4, unit: 8, relative: 16, dayPart: 32, holiday: 64 } as const;
export const NEEDS: Readonly<Record<ParserName, number>> = {
  iso: CLS.digit, numeric: CLS.digit, spacedNumeric: CLS.digit, year: CLS.digit, clock: CLS.digit | CLS.unit,
  dayMonth: CLS.month, monthDay: CLS.month, monthYear: CLS.month, monthPart: CLS.month, dayRange: CLS.month | CLS.digit, yearPart: CLS.digit,
  weekday: CLS.weekday, duration: CLS.unit, dayPart: CLS.dayPart, dayOnly: CLS.digit,
  relativeDay: CLS.relative, period: CLS.relative, standalone: CLS.relative, anchor: CLS.relative,
  idiom: CLS.digit | CLS.month | CLS.weekday | CLS.unit | CLS.relative | CLS.dayPart,
  holiday: CLS.holiday,
};

const cache = new WeakMap<DateLexicon, CompiledDateLexicon>();

/** First word of a phrase, lower case ("l'année dernière" → "l"); "#" when it starts with a digit. */
export function firstWord(phrase: string): string {
  const k = key(phrase);
  if (k === '#' || /^\d/.test(k)) return '#';
  return k.split(/[^\p{L}\p{M}\p{N}]+/u)[0] ?? '';
}
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';
const S = '[\\s\\u00a0\\u202f]+';


/** Alternation whose phrases end on a word boundary unless they end with an apostrophe or a hyphen. */
function alt(phrases: Iterable<string>): string {
  const list = [...new Set([...phrases].filter((p) => p.trim()))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return list.map((p) => phraseRe(p) + (/['’-]$/.test(p) ? '' : E)).join('|');
}

function mapOf<V>(rec: Readonly<Record<string, V>>): Map<string, V> {
  return new Map(Object.entries(rec).map(([k, v]) => [key(k), v]));
}

export function compileDateLexicon(lex: DateLexicon): CompiledDateLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const month = new Map<string, number>();
  const full: string[] = [];
  const abbr: string[] = [];
  lex.months.forEach((forms, i) => forms.forEach((f, j) => {
    month.set(key(f), i + 1);
    (j === 0 || f.length > 4 ? full : abbr).push(f);
  }));
  const weekday = new Map<string, number>();
  lex.weekdays.forEach((forms, i) => forms.forEach((f) => weekday.set(key(f), i + 1)));
  const shortWeekdays: string[] = [];
  (lex.weekdayAbbreviations ?? []).forEach((forms, i) => forms.forEach((f) => {
    if (!weekday.has(key(f))) shortWeekdays.push(key(f));
    weekday.set(key(f), i + 1);
  }));
  const numberWord = new Map(Object.entries(lex.numberWords).filter(([, v]) => v >= 1).map(([k, v]) => [key(k), v]));
  const dayOrdinal = mapOf(lex.dayOrdinals ?? {});
  const holiday = mapOf(lex.holidays ?? {});
  const dayWords = [...numberWord.entries()].filter(([, v]) => v <= 31).map(([k]) => k).concat([...dayOrdinal.keys()]);
  const MONTH = `(?:${alternation(full)}|(?:${alternation(abbr)})\\.?)${E}`;
  const MONTHFULL = `(?:${alternation(full)})${E}`;
  const fullWeekdays = [...weekday.keys()].filter((w) => !shortWeekdays.includes(w));
  const WD = `(?:${alt(fullWeekdays)})`;
  // Before a day and its month, the short forms too, marked by a dot or a comma ("lun. 17 févr.", "Mon, 17 Feb"):
  // bare, they are often other words ("par la mer 17 février").
  const WDD = shortWeekdays.length ? `(?:${alt(fullWeekdays)}|(?:${alternation(shortWeekdays)})(?:\\.|(?=,)))` : WD;
  const ART = `(?:${alt(lex.articles)})`;
  const SUF = lex.daySuffixes.length ? `(?:${alternation(lex.daySuffixes)})?` : '';
  // Words are captured generically and checked against the maps by the parser: far cheaper than long alternations.
  const WORD = "[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*";
  const DAY = `(\\d{1,2}${SUF}${E}|${WORD}${E})`;
  const YEAR = `(\\d{4}${E}|\\d{2}(?=[\\s\\u00a0]*(?:[.,;:)!?]|$)))`;
  const LINK = lex.dayMonthLinks.length ? `(?:(?:${alt(lex.dayMonthLinks)})${S})?` : '';
  const mods = mapOf(lex.weekdayModifiers);
  const modBefore = [...mods.entries()].filter(([, m]) => m.position === 'before').map(([k]) => k);
  const modAfter = [...mods.entries()].filter(([, m]) => m.position === 'after').map(([k]) => k);
  const offsets = mapOf(lex.durationOffsets);
  const offBefore = [...offsets.entries()].filter(([, o]) => o.position === 'before').map(([k]) => k);
  const offAfter = [...offsets.entries()].filter(([, o]) => o.position === 'after').map(([k]) => k);
  const NUM = `(\\d+(?:[.,]\\d+)?|${WORD})`;
  const gapWords = lex.rangeFrames.map(([, b]) => b).filter((b) => /\p{L}/u.test(b));
  const gapSymbols = lex.rangeFrames.map(([, b]) => b).filter((b) => b.trim() && !/\p{L}/u.test(b));
  const GAP = `(?:${S}(?:${alt(gapWords)})${S}|[\\s\\u00a0]*(?:${gapSymbols.map(phraseRe).join('|') || '(?!)'})[\\s\\u00a0]*)`;
  const beforeWords = lex.rangeFrames.map(([b]) => b).filter((b) => b.trim());
  // Where a bare day number may end a date: the phrase ends, a clock follows ("le 3, à 5h") or a part of the day ("le 28 au soir").
  const dayParts = Object.keys(lex.dayParts);
  const CUR = alt(lex.currentMonth?.after ?? []);
  const CUR_BEFORE = alt(lex.currentMonth?.before ?? []);
  const dayEnd = `(?=[\\s\\u00a0]*(?:[,.;:)!?]|$)|${S}(?:${alt(lex.timePrefixes)})${S}\\d${dayParts.length ? `|${S}(?:${alt(dayParts)})${E}` : ''})`;
  const since = [...lex.sinceWords, ...(lex.dateOnlySinceWords ?? [])];
  const meridiem = mapOf(lex.meridiems ?? {});
  // "p.m." ends with a dot, after which no word boundary is needed.
  const MERIDIEM = [...meridiem.keys()].sort((a, b) => b.length - a.length).map((m) => phraseRe(m) + (m.endsWith('.') ? '' : E)).join('|');

  const wds = fullWeekdays;
  const arts = lex.articles;
  const dayStarts = ['#', ...lex.firstDayWords, ...dayWords];
  const firsts: Record<ParserName, readonly string[]> = {
    iso: ['#'],
    numeric: ['#'],
    spacedNumeric: ['#', ...arts],
    dayMonth: [...arts, ...wds, ...shortWeekdays, ...dayStarts],
    monthDay: lex.monthFirst ? [...arts, ...wds, ...shortWeekdays, ...month.keys()] : [],
    monthYear: [...lex.monthPrefixes, ...full],
    year: lex.yearPrefixes,
    weekday: [...modBefore, ...arts, ...wds],
    relativeDay: Object.keys(lex.relativeDays),
    period: Object.keys(lex.relativePeriods),
    standalone: Object.keys(lex.standaloneOffsets),
    anchor: Object.keys(lex.anchorOffsets),
    monthPart: Object.keys(lex.monthParts),
    yearPart: Object.keys(lex.yearParts ?? {}),
    duration: ['#', ...lex.durationPrefixes, ...offBefore, ...numberWord.keys()],
    dayRange: [...beforeWords, ...wds, ...shortWeekdays, ...dayStarts],
    dayPart: Object.keys(lex.dayParts),
    clock: ['#', ...lex.timePrefixes, ...numberWord.keys()],
    dayOnly: [...arts, ...(lex.currentMonth?.before ?? [])],
    idiom: lex.idioms ?? [],
    holiday: [...holiday.keys()],
  };
  const triggers = new Map<string, ParserName[]>();
  for (const name of PARSERS) {
    for (const f of new Set(firsts[name].map(firstWord))) {
      if (!f) continue;
      const list = triggers.get(f) ?? [];
      list.push(name);
      triggers.set(f, list);
    }
  }
  // Short glue words ("le", "de", "the") start many phrases but say nothing alone: a parser is tried at a
  // trigger only when a strong word of the class it needs follows closely (a month for "le 3 mars", a unit
  // for "en 24 heures"). Strong words are the months, weekdays, units and the longer words of the phrase lists.
  const strong = new Map<string, number>();
  const mark = (words: Iterable<string>, cls: number, minLength = 0): void => {
    for (const p of words) {
      for (const w of key(p).split(/[^\p{L}\p{M}\p{N}]+/u)) if (w && w.length > minLength) strong.set(w, (strong.get(w) ?? 0) | cls);
    }
  };
  mark(month.keys(), CLS.month);
  mark(weekday.keys(), CLS.weekday);
  mark(Object.keys(lex.durationUnits), CLS.unit);
  mark(lex.hourMarkers.filter((h) => /\p{L}{2,}/u.test(h)), CLS.unit);
  mark([...meridiem.keys()].filter((h) => /^\p{L}{2,}$/u.test(h)), CLS.unit);
  // For phrases, only their most telling word is strong: the longest, and among equals the rarest in the lists.
  const relPhrases = [lex.relativeDays, lex.relativePeriods, lex.standaloneOffsets, lex.anchorOffsets].flatMap((r) => Object.keys(r));
  const partPhrases = Object.keys(lex.dayParts);
  const split = (p: string): string[] => key(p).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const freq = new Map<string, number>();
  for (const p of [...relPhrases, ...partPhrases]) for (const w of new Set(split(p))) freq.set(w, (freq.get(w) ?? 0) + 1);
  const telling = (p: string): string[] => {
    const best = split(p).reduce<string | undefined>((b, w) => (b === undefined || w.length > b.length
      || (w.length === b.length && (freq.get(w) ?? 0) <= (freq.get(b) ?? 0)) ? w : b), undefined);
    return best && best.length > 2 ? [best] : [];
  };
  mark(relPhrases.flatMap(telling), CLS.relative);
  mark(partPhrases.flatMap(telling), CLS.dayPart);
  mark([...holiday.keys()].flatMap(telling), CLS.holiday);
  const compiled: CompiledDateLexicon = {
    lex,
    triggers,
    strong,
    wordInfo: new Map([...new Set([...strong.keys(), ...triggers.keys()])].map((w) => [w, { cls: strong.get(w) ?? 0, names: triggers.get(w) }])),
    month,
    weekday,
    numberWord,
    firstDay: new Set(lex.firstDayWords.map(key)),
    dayOrdinal,
    holiday,
    relativeDay: mapOf(lex.relativeDays),
    period: mapOf(lex.relativePeriods),
    modifier: mods,
    dayPart: mapOf(lex.dayParts),
    monthPart: mapOf(lex.monthParts),
    yearPart: mapOf(lex.yearParts ?? {}),
    anchor: mapOf(lex.anchorOffsets),
    standalone: mapOf(lex.standaloneOffsets),
    durationOffset: offsets,
    meridiem,
    dayAfterGap: new RegExp(`(${GAP})(\\d{1,2})${SUF}${E}`, 'iuy'),
    dayPartLink: lex.dayPartLinks?.length ? new RegExp(`^${S}(?:${alt(lex.dayPartLinks)})${S}$`, 'iu') : null,
    dayPartLinkHead: lex.dayPartLinks?.length ? new RegExp(`^(?:${alt(lex.dayPartLinks)})${S}`, 'iu') : null,
    timeLink: new RegExp(`^[\\s\\u00a0\\u202f]*,?[\\s\\u00a0\\u202f]*(?:(?:${alt([...beforeWords, ...gapWords, ...lex.timePrefixes])})${S})?$`, 'iu'),
    rangeFrames: lex.rangeFrames.map(([before, between]) => ({
      before: before.trim() ? new RegExp(`${B}(?:${alt([before])})${S}$`, 'iu') : null,
      gap: new RegExp(/\p{L}/u.test(between) ? `^${S}(?:${alt([between])})${S}$` : `^[\\s\\u00a0]*${phraseRe(between)}[\\s\\u00a0]*$`, 'iu'),
    })),
    durationPrefix: new Set(lex.durationPrefixes.map(key)),
    durationAnchor: lex.durationAnchors && Object.keys(lex.durationAnchors).length
      ? new RegExp(`${S}(${alt(Object.keys(lex.durationAnchors))})`, 'iuy') : null,
    durationAnchorSign: mapOf(lex.durationAnchors ?? {}),
    durationWindow: mapOf(lex.durationWindowWords ?? {}),
    unit: mapOf(lex.durationUnits),
    re: {
      iso: new RegExp(`${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)`, 'uy'),
      numeric: new RegExp(`(?<![\\d/.,])(\\d{1,2})(/|\\.)(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d/]|[.,]\\d)`, 'uy'),
      // Never inside a longer run of digit groups (a phone number "06 12 34 56 78", "1 200 000").
      spacedNumeric: new RegExp(
        `${B}(?:${ART}${S})?(?<!\\d[\\s\\u00a0]?)(?<![/.,])(\\d{1,2})[ \\u00a0](\\d{1,2})(?:[ \\u00a0](\\d{4}|\\d{2}))?(?![\\d/]|[.,]\\d|[\\s\\u00a0]+\\d)`, 'iuy'),
      dayMonth: new RegExp(
        `${B}(?:${ART}${S})?(?:(${WDD}),?${S}(?:${ART}${S})?)?${DAY}${S}${LINK}(${MONTH})(?:,?${S}${YEAR})?`, 'iuy'),
      monthDay: lex.monthFirst
        ? new RegExp(`${B}(?:${ART}${S})?(?:(${WDD}),?${S})?(${MONTH})${S}(?:${ART}${S})?${DAY}(?:,?${S}${YEAR})?`, 'iuy')
        : null,
      monthYear: new RegExp(`${B}(?:(${alt(lex.monthPrefixes)})${S})?(${MONTHFULL})(?:,?${S}(\\d{4})${E})?`, 'iuy'),
      year: new RegExp(`${B}(?:${alt(lex.yearPrefixes)})${S}((?:1[89]|20|21)\\d{2})${E}`, 'iuy'),
      weekday: new RegExp(
        `${B}(?:(${alt(modBefore)})${S})?(?:${ART}${S})?(${WD})` +
        `(?:${S}(\\d{1,2})${SUF}(?=[\\s\\u00a0]*(?:[,.;:)!?]|$)|${S}\\p{Lu}))?(?:${S}(${alt(modAfter)}))?`, 'iuyd'),
      relativeDay: lex.relativeDays && Object.keys(lex.relativeDays).length ? new RegExp(`${B}(?:${alt(Object.keys(lex.relativeDays))})`, 'iuy') : null,
      period: Object.keys(lex.relativePeriods).length ? new RegExp(`${B}(?:${alt(Object.keys(lex.relativePeriods))})`, 'iuy') : null,
      standalone: Object.keys(lex.standaloneOffsets).length ? new RegExp(`${B}(?:${alt(Object.keys(lex.standaloneOffsets))})`, 'iuy') : null,
      anchor: Object.keys(lex.anchorOffsets).length ? new RegExp(`${B}(?:${alt(Object.keys(lex.anchorOffsets))})`, 'iuy') : null,
      yearPart: Object.keys(lex.yearParts ?? {}).length
        ? new RegExp(`${B}(${alt(Object.keys(lex.yearParts ?? {}))})(?:${S}|-)?(?:(?:${alt(lex.monthPartLinks)})(?:${S}|-)?)?((?:1[89]|20|21)\\d{2})${E}`, 'iuy')
        : null,
      monthPart: Object.keys(lex.monthParts).length
        ? new RegExp(`${B}(${alt(Object.keys(lex.monthParts))})(?:${S}|-)?(?:(?:${alt(lex.monthPartLinks)})(?:${S}|-)?)?(${MONTHFULL})(?:${S}(\\d{4})${E})?`, 'iuy')
        : null,
      duration: new RegExp(
        `${B}(?:(${alt([...lex.durationPrefixes, ...offBefore])})${S})?${NUM}${S}(?:(${alt(Object.keys(lex.durationWindowWords ?? {}))})${S})?` +
        `(${WORD})${E}(?:${S}(${alt(offAfter)}))?`, 'iuy'),
      dayRange: lex.rangeFrames.length
        // The month may go unsaid where the phrase ends ("dans la nuit du 28 au 29."): parse.ts then wants a frame's opening word.
        ? new RegExp(`${B}(?:(${alt(beforeWords)})${S})?(?:${WDD}${S})?${DAY}(${GAP})(?:${ART}${S})?(?:${WDD}${S})?${DAY}(?:${S}${LINK}(${MONTH})(?:${S}(\\d{4})${E})?|${dayEnd})`, 'iuy')
        : null,
      dayOnly: lex.articles.length
        // "le 16," "le 3, à 5h", "le 28 au soir": a day number is a date only where the phrase ends, a clock or a part of the day follows;
        // or where words naming the current month follow (group 2: "le 3 courant", "du 3 de ce mois").
        ? new RegExp(`${B}(?:${ART}|(?:${CUR_BEFORE})(?=${S}\\d{1,2}${SUF}${S}(?:${CUR})))${S}(\\d{1,2})${SUF}(?:${S}(${CUR})|${dayEnd})`, 'iuy')
        : null,
      holiday: holiday.size ? new RegExp(`${B}(?:${alt(holiday.keys())})`, 'iuy') : null,
      idiom: lex.idioms?.length ? new RegExp(`${B}(?:${alt(lex.idioms)})`, 'iuy') : null,
      dayPart: Object.keys(lex.dayParts).length ? new RegExp(`${B}(?:${alt(Object.keys(lex.dayParts))})`, 'iuy') : null,
      // A 12-hour clock with its half of the day first ("3pm", "10:30 a.m.", "ten am"), else "15h30", "3 o'clock", "15:30".
      clock: new RegExp(
        `${B}(?:(?:${alt(lex.timePrefixes)})${S})?(?:(\\d{1,2}|${WORD})[\\s\\u00a0]?(?:${alternation(lex.hourMarkers)})(?:[\\s\\u00a0]?(\\d{2}))?${E}` +
        `|(\\d{1,2}):(\\d{2})(?!\\d)${meridiem.size ? `(?![\\s\\u00a0]?(?:${MERIDIEM}))` : ''})` +
        (meridiem.size ? `|${B}(?:(?:${alt(lex.timePrefixes)})${S})?(\\d{1,2}|${WORD})(?:[:.](\\d{2}))?[\\s\\u00a0]?(${MERIDIEM})` : ''), 'iuy'),
      sinceBefore: since.length ? new RegExp(`${B}(?:${alt(since)})${S}$`, 'iu') : null,
      comparisonBefore: lex.comparisonWords?.length
        ? new RegExp(`${B}(?:${alt(lex.comparisonWords)})(?:${S}[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*){0,3}[\\s\\u00a0\\u202f,]*$`, 'iu')
        : null,
    },
  };
  cache.set(lex, compiled);
  return compiled;
}

export { B, E, S };
