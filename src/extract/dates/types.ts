// Types of the date recognition stage: date mentions resolved against the document date.
import type { DatePrecision, PartialDate, Span } from '../../core/types.js';

export interface RelativePeriod {
  readonly unit: PeriodUnit;
  readonly offset: number;
  readonly rolling?: boolean;
  readonly days?: readonly [first: number, last: number];
}

/** Units of a period relative to the reference: "la semaine dernière", "ce week-end" (Saturday and Sunday). */
export type PeriodUnit = 'week' | 'weekend' | 'month' | 'year';

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Per-language data the date recogniser needs (supplied by src/lang/<code>/dates.ts). All words lower case. */
export interface DateLexicon {
  /** Twelve entries, January first; each lists the month's spellings and abbreviations ("septembre", "sept", "sep"). */
  readonly months: readonly (readonly string[])[];
  /** Seven entries, Monday first; each lists the weekday's spellings ("lundi", "lun"). */
  readonly weekdays: readonly (readonly string[])[];
  /**
   * Seven entries, Monday first: short weekday forms ("lun", "mer") read only right before a day and month, with a dot
   * or a comma after them ("lun. 17 févr.", "Mon, 17 Feb"); alone they are other words ("la mer", "le jeu").
   */
  readonly weekdayAbbreviations?: readonly (readonly string[])[];
  /** Order of a numeric date "1/3/2013": day-month-year or month-day-year. */
  readonly numericOrder: 'dmy' | 'mdy';
  /** Also read month-first dates ("March 3", "March 3, 2022"); day-first ("3 March", "21 septembre") is always read. */
  readonly monthFirst: boolean;
  /** Words allowed between a day and its month ("3rd of March": "of"). */
  readonly dayMonthLinks: readonly string[];
  /** Words allowed before a date, kept inside the span ("le", "on", "the"). */
  readonly articles: readonly string[];
  /** Ordinal suffixes after a day number ("er", "e", "st", "th") and words for the first day ("premier"). */
  readonly daySuffixes: readonly string[];
  readonly firstDayWords: readonly string[];
  /** Ordinal words naming a day of the month ("third" 3, "twenty-first" 21). */
  readonly dayOrdinals?: Readonly<Record<string, number>>;
  /** Fixed-date holidays → [month, day] ("noël" [12, 25], "new year's day" [1, 1]); read as a day and month without a year. */
  readonly holidays?: Readonly<Record<string, readonly [number, number]>>;
  /** Day words relative to the reference: "hier" -1, "avant-hier" -2, "yesterday" -1, "today" 0. */
  readonly relativeDays: Readonly<Record<string, number>>;
  /**
   * Phrases for a period relative to the reference: "la semaine dernière" {week,-1}, "last month" {month,-1}.
   * A weekend with offset 0 is the one holding the reference or, in news, the one just before it ("over the weekend"
   * in a Monday paper); -1 the last one ended before the reference day; +1 the next one after it.
   * rolling: the span of one unit ending on the reference day ("over the past week": the 7 days up to and including
   * it), not the calendar period. days: only part of a week (weekdays, Monday 1), of a month (days of the month, -1 =
   * its last) or of a year (months, January 1): "en fin de semaine" {week, 0, days [4, 7]}, "en fin d'année" {year, 0,
   * days [11, 12]}; with offset 0 in news, a part still to come is the last one.
   */
  readonly relativePeriods: Readonly<Record<string, RelativePeriod>>;
  /** Words after (or before) a weekday choosing which one: "dernier"/"last" -1, "prochain"/"next" +1, "cette semaine" 0. */
  readonly weekdayModifiers: Readonly<Record<string, WeekdayModifier>>;
  /** Parts of the day after a date ("soir", "à la mi-journée", "morning") → hour of day used for duration arithmetic. */
  readonly dayParts: Readonly<Record<string, number>>;
  /** Words linking a part of the day to its date ("de" in "dans la nuit de mardi à mercredi", "of"). */
  readonly dayPartLinks?: readonly string[];
  /** Parts of a month ("début" → days 1-5, "fin" → 21-end, "mi" → 10-19, "early" ...): word → [first, last] (last -1 = end of month). */
  readonly monthParts: Readonly<Record<string, readonly [number, number]>>;
  /** Links between a month part and the month ("", "de", "du mois de"); also between a year part and its year. */
  readonly monthPartLinks: readonly string[];
  /**
   * Parts of a stated year ("début 2023", "fin de 2012", "mi-2023", "early 2023", "late 2022"): word → [first, last]
   * month. Without them the year is read whole.
   */
  readonly yearParts?: Readonly<Record<string, readonly [number, number]>>;
  /** Phrases giving an offset from an anchor that follows: "au lendemain de" +1, "la veille de" -1, "the day after" +1. */
  readonly anchorOffsets: Readonly<Record<string, number>>;
  /** The same words used alone, relative to the reference ("la veille" -1, "le lendemain" +1). */
  readonly standaloneOffsets: Readonly<Record<string, number>>;
  /** Words opening an open interval from a date: "depuis", "since". Before an event noun they also make it a time reference ("depuis l'offensive"). */
  readonly sinceWords: readonly string[];
  /**
   * Words opening an open interval only when a date follows them ("from Monday"); elsewhere they say where from
   * ("rockets fired from the city"), so an event noun after them is no time reference.
   */
  readonly dateOnlySinceWords?: readonly string[];
  /**
   * Words that, a few words before a "since" word, make its date the reference of a comparison: "the deadliest day
   * since August", "la pire attaque depuis 2015", "les combats les plus violents depuis mars". That date says when the
   * last such thing happened, not when the event did: it dates nothing.
   */
  readonly comparisonWords?: readonly string[];
  /** Range frames around two dates: ["du", "au"], ["entre le", "et le"], ["from", "to"], ["", "-"]. */
  readonly rangeFrames: readonly (readonly [before: string, between: string])[];
  /** Prefixes of a duration that ends at the date that follows it ("en" in "en 24 heures mercredi", "in"). */
  readonly durationPrefixes: readonly string[];
  /** Phrases turning a duration into a date relative to the reference: "il y a" {-1, before}, "ago" {-1, after}, "plus tard" {+1, after}. */
  readonly durationOffsets: Readonly<Record<string, { readonly sign: -1 | 1; readonly position: 'before' | 'after' }>>;
  /**
   * Words between a number and its unit making the duration a window next to the reference: "les trois derniers jours",
   * "les 24 dernières heures" (-1: the window ending on the reference day), "les deux prochaines semaines" (+1: starting after it).
   */
  readonly durationWindowWords?: Readonly<Record<string, 1 | -1>>;
  /**
   * Words after a duration counting it from what follows them: "trois jours après l'attaque" (+1) is relative to the
   * attack, "deux jours avant le 3 mars" (-1) to that date; with nothing after them ("un jour après."), to the reference.
   */
  readonly durationAnchors?: Readonly<Record<string, 1 | -1>>;
  /** Words marking a clock hour after a number ("h", "heures"; "o'clock") and words that may precede it ("à", "vers", "at"). */
  readonly hourMarkers: readonly string[];
  readonly timePrefixes: readonly string[];
  /**
   * Words after a clock hour telling the half of the day, with the hours they add to a 12-hour clock ("3pm", "3 p.m.",
   * "10:30 a.m.": am 0, pm 12); none where the language writes 24-hour clocks.
   */
  readonly meridiems?: Readonly<Record<string, 0 | 12>>;
  /** Duration unit words → unit ("heures" hour, "jours" day, "days" day). */
  readonly durationUnits: Readonly<Record<string, TimeUnit>>;
  /** Number words usable in a duration or a day ("deux" 2, "vingt-quatre" 24, "two"). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Words that may precede a bare year ("en 2015", "in 2015") so that it counts as a date. */
  readonly yearPrefixes: readonly string[];
  /** Phrases made of date words that name no date ("du jour au lendemain" = suddenly, "day after day"): never read as dates. */
  readonly idioms?: readonly string[];
  /**
   * Words after a day number naming the month of the report ("le 3 courant", "le 3 de ce mois", "the 3rd of this
   * month"), and words other than the articles that may open such a day ("du 3 courant").
   */
  readonly currentMonth?: { readonly after: readonly string[]; readonly before?: readonly string[] };
  /** Words that may precede a bare month ("en mars", "in March", "au mois de"). */
  readonly monthPrefixes: readonly string[];
}

/**
 * A word choosing which weekday: offset -1 = the one strictly before the reference, +1 = strictly after,
 * 0 = on or before; with week: true the offset counts ISO weeks ("mardi de la semaine prochaine"); with weeksLater,
 * the weekday on or after the reference, that many weeks later ("lundi en huit" 1, "lundi en quinze" 2).
 */
export interface WeekdayModifier {
  readonly offset: -1 | 0 | 1;
  readonly position: 'before' | 'after';
  readonly week?: boolean;
  readonly weeksLater?: number;
}

/** How to resolve a weekday or a day-month without a year: the one before the reference (news), after it, or the nearest. */
export type DateDirection = 'past' | 'future' | 'nearest';

export interface FindDatesOptions {
  /** Bare weekdays: 'past' (default, news), 'future' (calendar/duckling style). */
  readonly weekdayDirection?: DateDirection;
  /** Day-month without a year: 'nearest' (default), 'past' or 'future'. */
  readonly yearDirection?: DateDirection;
  /** Let explicit full dates earlier in the text become the reference for later relative ones (default true). */
  readonly chainReference?: boolean;
}

/** An expression dated relative to an event named in the text ("au lendemain du cessez-le-feu"). */
export interface RelativeToEvent {
  /** Date of this mention = date of the anchor event + offsetDays ("au lendemain de X": +1, "la veille de X": -1). */
  readonly offsetDays: number;
  readonly anchorSpan: Span;
  readonly anchorText: string;
}

export type DateMentionKind = 'date' | 'range' | 'since' | 'duration' | 'relative-to-event';

export interface DateMention {
  /** Where the expression lies in the text (UTF-16 offsets). */
  readonly span: Span;
  /** Exact substring text.slice(span.start, span.end). */
  readonly text: string;
  readonly kind: DateMentionKind;
  /** First day covered, YYYY-MM-DD; null when it cannot be resolved (no reference, or relative to an event). */
  readonly start: string | null;
  /** Last day covered (inclusive), YYYY-MM-DD; equals start for a single day; null when unknown or open. */
  readonly end: string | null;
  readonly precision: DatePrecision;
  /** How it was resolved, e.g. "weekday-past-from:2023-09-21", "day-month+doc-year". */
  readonly rule: string;
  /** Hour of day when a time or part of the day was given ("mardi soir" → 19). */
  readonly hour?: number;
  /** For a duration mention ("en 24 heures"): its length. */
  readonly duration?: { readonly value: number; readonly unit: TimeUnit };
  readonly relative?: RelativeToEvent;
  /** Days (YYYY-MM-DD) to take instead in a sentence telling what is planned: "ce week-end" in "la réunion se tiendra ce week-end". */
  readonly ahead?: { readonly start: string; readonly end: string };
  /**
   * The clause holding the mention: the text between the semicolons or line breaks around it; `listItem` when a
   * semicolon with no blank beside it bounds it (an item of a list of headlines or titles, not a clause of prose).
   */
  readonly clause?: Span & { readonly listItem?: boolean };
}

export type { PartialDate };
