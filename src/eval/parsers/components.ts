// The components scored alone: the date and number parsers with a language pack's lexicons, and
// the knowledge files. Each loader returns the function or the reason it cannot be used (shown as
// "skipped" in the report: a language without a pack, knowledge files not built).
import type { PartialDate } from '../../core/types.js';
import { findDates as findDatesWith, type DateMention, type FindDatesOptions } from '../../extract/dates/index.js';
import { findNumbers as findNumbersWith, type FindNumbersOptions, type NumberMention } from '../../extract/numbers/index.js';
import { loadKnowledge } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/types.js';
import { getLanguagePack } from '../../lang/index.js';

export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export type FindDates = (text: string, reference: PartialDate, opts?: FindDatesOptions) => DateMention[];
export type FindNumbers = (text: string, opts?: FindNumbersOptions) => NumberMention[];

export function loadFindDates(lang: string): Loaded<FindDates> {
  const pack = getLanguagePack(lang);
  if (!pack) return { ok: false, reason: `no language pack "${lang}" in src/lang/index.ts` };
  return { ok: true, value: (text, reference, opts) => findDatesWith(text, pack.dates, reference, opts) };
}

export function loadFindNumbers(lang: string): Loaded<FindNumbers> {
  const pack = getLanguagePack(lang);
  if (!pack) return { ok: false, reason: `no language pack "${lang}" in src/lang/index.ts` };
  return { ok: true, value: (text, opts) => findNumbersWith(text, pack.numbers, opts) };
}

export function loadKnowledgeBase(): Loaded<Knowledge> {
  try {
    return { ok: true, value: loadKnowledge() };
  } catch (e) {
    return { ok: false, reason: `knowledge cannot be loaded (${(e as Error).message.split('\n')[0]})` };
  }
}
