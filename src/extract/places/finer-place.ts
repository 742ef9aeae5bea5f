// "10 killed in Central African Republic; … tirs intenses à Bambari": an event placed only in a country, in a
// document that names a town or area of that country (as where something happened, not as elsewhere), took place
// there: the finer place stands for the country; of several, the one named most often (a tie leaves the country).
// Language-blind.
import type { Place } from '../../core/contract.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate } from '../model.js';
import type { PlaceMention } from './assign-places.js';
import { strayPlace } from './assign-places.js';

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
    !cp.nonLocative.test(text.slice(Math.max(0, p.start - 40), p.start)) && !strayPlace(text, p, focusCountries, cp));
  const n = new Map<string, number>();
  for (const p of fine) n.set(key(p.place), (n.get(key(p.place)) ?? 0) + 1);
  const ranked = [...n.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || (ranked[1] && ranked[1][1] === top[1])) return null;
  return fine.filter((p) => key(p.place) === top[0]);
}

const key = (p: Place) => `${p.name}|${p.country ?? ''}|${p.precision}`;

/** Gives a candidate placed in a country the finer place of that country the document names (see finerPlace). */
export function toFinerPlace(
  text: string, c: Pick<Candidate, 'place' | 'trigger'>, places: readonly PlaceMention[], focusCountries: readonly string[], cp: Pick<CompiledPack, 'nonLocative' | 'locative'>,
): void {
  const p = c.place;
  if (!p || p.value.precision !== 'country' || !p.value.country) return;
  const m = finerPlace(text, p.value.country, c.trigger, places, focusCountries, cp);
  if (m) c.place = { value: m.place, rank: p.rank, rule: `${p.rule}, then the place of that country the text names`, span: { start: m.start, end: m.end } };
}
