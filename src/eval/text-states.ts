// Does a text state a gold value? Gold sets built from more than the text (UCDP codes from full
// articles, the text is a headline) are scored only on what the text itself says.
import { fold } from './mappings.js';
import { dayNumber } from './dates.js';
import { isReportTitle } from './report-titles.js';

/** True when one of the numbers appears in digits as a whole number ("8", "1,200", "1 200"). */
export function statesNumber(text: string, values: readonly number[]): boolean {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+/g)) found.add(Number(m[0].replace(/\D/g, '')));
  return values.some((v) => found.has(v));
}

/**
 * True when a word of at least `min` letters of the name appears as a word of the text (accents and
 * case ignored). Words in `ignore` do not count: a claimant "Ukraine (head of the Donetsk regional
 * administration)" is not named by a headline that only names the country or the place.
 */
export function statesName(text: string, name: string, min = 4, ignore: readonly string[] = []): boolean {
  const words = new Set(fold(text).split(/[^\p{L}\p{N}]+/u));
  const skip = new Set(ignore.flatMap((n) => fold(n).split(/[^\p{L}\p{N}]+/u)));
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length >= min && words.has(w) && !skip.has(w));
}

/**
 * Words of a headline, leaving out @handles and web addresses (a byline or a link is not a statement) and letters
 * glued to digits ("1st", "28th", "1er": part of a number, not a word).
 */
function headlineWords(part: string): string[] {
  const tokens = part.split(/\s+/).filter((t) => t !== '' && !t.startsWith('@') && !/^(?:https?:|www\.)/i.test(t));
  return tokens.flatMap((t) => t.replace(/\p{N}+\p{L}*/gu, ' ').match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []);
}

/**
 * Does a headline read as a statement (something happened) rather than a name, a byline or a
 * dated title ("Peski", "Donetsk Airport", "CrisisWatch August 2017 - Ukraine", "S/2021/571")?
 * A statement has at least 4 words and either a word in lower case (a verb or a function word in
 * sentence case) or every word in capitals (an all-caps wire headline), and is not a report or bulletin title
 * (report-titles.ts: "Rapport hebdo de la situation no 21 (28 mai 2017)", "Liste des Incidents en RCA"). It errs
 * towards "stated": a report title with a word that is no title word counts as a statement.
 */
export function isStatement(part: string): boolean {
  const words = headlineWords(part);
  if (words.length < 4) return false;
  return (words.some((w) => /^\p{Ll}/u.test(w)) || words.every((w) => w === w.toUpperCase())) && !isReportTitle(part, words);
}

/** One headline of a gold row and the day it was published (null when unknown). */
export interface DatedHeadline {
  readonly text: string;
  readonly published: string | null;
}

/** Days a headline may appear after the event ends and still be news of it (not a later report or summary). */
export const EVENT_NEWS_DAYS = 30;
/** Days after the event ends within which a news headline dates the event by its publication. */
export const DATE_NEWS_DAYS = 3;

/** Headlines of a row that state the event: statements published no more than EVENT_NEWS_DAYS after it ended. */
export function statingHeadlines(parts: readonly DatedHeadline[], end: string | null): DatedHeadline[] {
  return parts.filter((p) => {
    if (!isStatement(p.text)) return false;
    const lag = p.published && end ? daysBetween(end, p.published) : null;
    return lag === null || lag <= EVENT_NEWS_DAYS;
  });
}

/**
 * Does the text state the event's date? Only news does: a stating headline published between the
 * event's first day and DATE_NEWS_DAYS after its last ("yesterday", "on Friday", or today's news).
 * A date written in a later report's title dates the report, not the event, so it does not count.
 */
export function statesDate(stating: readonly DatedHeadline[], start: string | null, end: string | null): boolean {
  if (!start || !end) return false;
  return stating.some((p) => {
    if (!p.published) return false;
    const fromStart = daysBetween(start, p.published);
    const fromEnd = daysBetween(end, p.published);
    return fromStart !== null && fromEnd !== null && fromStart >= 0 && fromEnd <= DATE_NEWS_DAYS;
  });
}

/** Days from a to b (b - a); null when either is not a YYYY-MM-DD day. */
function daysBetween(a: string, b: string): number | null {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? null : y - x;
}
