// Is a headline the title of a report or bulletin ("Rapport hebdo de la situation no 21 (28 mai 2017)", "DAILY
// SECURITY REPORT", "Liste des Incidents en RCA")? Such a title names a document, it tells no event. The words are
// data (eval/mappings/report-titles.tsv, one row per word and language); the rule is language-blind.
import { join } from 'node:path';
import { GoldFileError, MAPPINGS_DIR, readTsv } from './gold-files.js';
import { fold } from './mappings.js';

export const REPORT_TITLES_FILE = 'report-titles.tsv';

const KINDS = ['report', 'periodic', 'month', 'function'] as const;
type Kind = (typeof KINDS)[number];

export type TitleWords = Readonly<Record<Kind, ReadonlySet<string>>>;

export function loadTitleWords(dir = MAPPINGS_DIR): TitleWords {
  const path = join(dir, REPORT_TITLES_FILE);
  const out: Record<Kind, Set<string>> = { report: new Set(), periodic: new Set(), month: new Set(), function: new Set() };
  readTsv(path).forEach((row, i) => {
    const kind = row.kind as Kind;
    if (!KINDS.includes(kind)) throw new GoldFileError(`${path}: row ${i + 1} (${row.word ?? ''}): field kind: expected one of ${KINDS.join(', ')}, got "${row.kind ?? ''}"`);
    const word = fold(row.word ?? '');
    if (!word) throw new GoldFileError(`${path}: row ${i + 1}: field word: empty`);
    out[kind].add(word);
  });
  return out;
}

let cached: TitleWords | undefined;

/** An issue number ("no 21", "No. 45", "n° 3", "n o 47", "Numéro 47") or a year (1900-2099). */
const ISSUE_OR_YEAR = /\b(?:no\.?|n\s?[°º]|n o|num[ée]ro|number)\s*\d|\b(?:19|20)\d\d\b/iu;

const startsUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

const monthRegexes = new WeakMap<TitleWords, RegExp>();

/** A month name next to a number ("28 mai", "March 26", "février 2018"), in folded text. */
function monthNextToNumber(words: TitleWords): RegExp {
  let re = monthRegexes.get(words);
  if (!re) {
    const months = [...words.month].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = months ? new RegExp(`\\d[\\s.,/-]*(?:${months})\\b|\\b(?:${months})[\\s.,/-]*\\d`, 'u') : /(?!)/u;
    monthRegexes.set(words, re);
  }
  return re;
}

/**
 * A title when it has a report noun (used as a noun: first word, capitalised, or after a capitalised word; "militants
 * report casualties", "Villagers report" are verbs; "UN report: …" leads in to what it says) and says which issue: a
 * periodicity ("hebdo", "DAILY"), a month next to a number, a year or an issue number. Or, in a title with lower-case words, when it has a report noun or a periodicity and every
 * lower-case word is a function word ("Liste des Incidents en RCA": no verb).
 * `words` are the headline's words (isStatement's reading of it).
 */
export function isReportTitle(part: string, words: readonly string[], titleWords: TitleWords = (cached ??= loadTitleWords())): boolean {
  const folded = words.map(fold);
  // After a capitalised word: a name ("Security Council report"); the first word is capitalised by the sentence
  // ("Villagers report…") unless it is an acronym or a periodicity ("UN report", "Monthly briefing").
  const after = (i: number): boolean => i > 1 ? startsUpper(words[i - 1]!) : words[0] === words[0]!.toUpperCase() || titleWords.periodic.has(folded[0]!);
  const nounAt = (i: number): boolean => i === 0 || startsUpper(words[i]!) || after(i);
  // "UN report: 20 civilians killed", "Rapport : …": a lead-in to what the report says, not a title.
  const leadIns = new Set([...fold(part).matchAll(/(\p{L}+)\s*:/gu)].map((m) => m[1]!));
  const report = folded.some((w, i) => titleWords.report.has(w) && nounAt(i) && !leadIns.has(w));
  const periodic = folded.some((w) => titleWords.periodic.has(w));
  if (!report && !periodic) return false;
  const text = fold(part);
  const datedMonth = monthNextToNumber(titleWords).test(text);
  if (report && (periodic || datedMonth || ISSUE_OR_YEAR.test(part))) return true;
  const lower = folded.filter((_, i) => /^\p{Ll}/u.test(words[i]!));
  return lower.length > 0 && lower.every((w) => titleWords.function.has(w));
}
