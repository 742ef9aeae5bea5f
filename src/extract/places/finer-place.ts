// "10 killed in Central African Republic; … tirs intenses à Bambari": an event placed only in a country, in a
// document that names a town or area of that country (as where something happened, not as elsewhere), took place
// there: the finer place stands for the country; of several, the one named most often (a tie leaves the country).
// Not when the part of the sentence that tells the event says it covers the country ("l'état d'urgence sur tout le
// territoire": phrases of the language's data), nor when that town is named only in other paragraphs (not linked to
// the event). Language-blind.
import type { Place } from '../../core/contract.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate } from '../model.js';
import type { PlaceMention } from './assign-places.js';
import { strayPlace } from './assign-places.js';
import { cueStart } from './distance-from.js';
import { eventPart } from '../sentences.js';

/**
 * The town or admin area of `country` that the document names most often (as where things happened), at its mention
 * nearest the trigger; null when it names none, or two or more equally often. The choice is made once per document
 * and country (`places` is the document's list).
 */
export function finerPlace(
  text: string, country: string, trigger: { readonly start: number }, places: readonly PlaceMention[], focusCountries: readonly string[], cp: Pick<CompiledPack, 'nonLocative' | 'locative'>,
): PlaceMention | null {
  let byCountry = memo.get(places);
  if (!byCountry) memo.set(places, (byCountry = new Map()));
  let named = byCountry.get(country);
  if (named === undefined) byCountry.set(country, (named = mostNamed(text, country, places, focusCountries, cp)));
  return named && named.reduce((a, b) => (Math.abs(b.start - trigger.start) < Math.abs(a.start - trigger.start) ? b : a));
}

const memo = new WeakMap<readonly PlaceMention[], Map<string, readonly PlaceMention[] | null>>();

/** The mentions of the finer place of `country` named most often; null when none, or a tie. */
function mostNamed(
  text: string, country: string, places: readonly PlaceMention[], focusCountries: readonly string[], cp: Pick<CompiledPack, 'nonLocative' | 'locative'>,
): readonly PlaceMention[] | null {
  const fine = places.filter((p) => p.place.precision !== 'country' && p.place.country === country &&
    !cp.nonLocative.test(text.slice(Math.max(0, cueStart(p) - 40), cueStart(p))) && !strayPlace(text, p, focusCountries, cp));
  const n = new Map<string, number>();
  for (const p of fine) n.set(key(p.place), (n.get(key(p.place)) ?? 0) + 1);
  const ranked = [...n.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || (ranked[1] && ranked[1][1] === top[1])) return null;
  return fine.filter((p) => key(p.place) === top[0]);
}

const key = (p: Place) => `${p.name}|${p.country ?? ''}|${p.precision}`;

/**
 * Gives a candidate placed in a country the finer place of that country the document names (see finerPlace), unless
 * the event's part of its sentence says it covers the country (`countryWide`: the language's phrases) or the town's mention
 * nearest the trigger lies in another paragraph.
 */
export function toFinerPlace(
  text: string, c: Pick<Candidate, 'place' | 'trigger' | 'sentence'>, places: readonly PlaceMention[], focusCountries: readonly string[],
  cp: Pick<CompiledPack, 'nonLocative' | 'locative'>, countryWide: RegExp | null = null,
): void {
  const p = c.place;
  if (!p || p.value.precision !== 'country' || !p.value.country) return;
  const m = finerPlace(text, p.value.country, c.trigger, places, focusCountries, cp);
  if (!m || !sameParagraph(text, m, c.trigger) || countryWideSpan(text, eventPart(text, c.sentence, c.trigger), countryWide)) return;
  c.place = { value: m.place, rank: p.rank, rule: `${p.rule}, then the place of that country the text names`, span: { start: m.start, end: m.end } };
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n/u;

/** True when no blank line lies between the two spans. */
export function sameParagraph(text: string, a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean {
  return !PARAGRAPH_BREAK.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}


/** Where the span holds one of the country-wide phrases (`pattern`, knowledge.countryWide); null when none does. */
export function countryWideSpan(text: string, span: { readonly start: number; readonly end: number }, pattern: RegExp | null | undefined): { start: number; end: number } | null {
  if (!pattern) return null;
  const m = pattern.exec(text.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : null;
}
