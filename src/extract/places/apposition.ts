// "Lafia (région de Tombouctou)", "Djambé (près de Diabaly; région de Segou)": a toponym followed by
// brackets whose first toponym is an area or a town is read in or near it: a reading far from it gives
// way to a homonym that agrees; when none does and the reading lies in another country, the gazetteer
// lacks the place and the name is dropped (the bracketed area still places the event). "Novooleksandrivka, Luhansk
// Obl", "à Bria, dans la Haute-Kotto", "near Shumy in Donbas": an admin area or a named region right after the town,
// behind a comma or a locative cue, holds the town the same way; when no homonym lies in it, the area stands for the
// town the gazetteer lacks. Language-blind: only brackets, commas, spans and the language's locative cues.
import type { Knowledge, PlaceMatch, ResolvedPlace } from '../../knowledge/types.js';
import { distanceKm, withinContext } from '../../knowledge/resolve-place.js';
import type { Place } from '../../core/contract.js';
import { agrees, asNear, bracketedAfter } from './place-context.js';

/**
 * A named region of one country (data/places/regions.tsv: "Donbas", "Darfur") is one point in the gazetteer: a town
 * within this distance of it may lie in it (those listed are at most some 800 km across).
 */
export const REGION_KM = 400;

/** The most words of a locative cue, an article and an admin word between a town and its area ("dans la région de"). */
const MAX_LINK = 30;

export function vetoByApposition(
  text: string, knowledge: Knowledge, matches: readonly PlaceMatch[], resolved: (ResolvedPlace | null)[], focusCountries: readonly string[],
  locative: RegExp | null = null,
): void {
  const spans = matches.map((m, i) => ({ start: m.span.start, end: m.span.end, i })).sort((a, b) => a.start - b.start);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const r = resolved[i];
    if (!r || r.place.precision === 'country') continue;
    const inner = bracketedAfter(text, m.span.end, spans);
    const area = inner ? resolved[inner.i] : null;
    if (!area) {
      byAreaAfter(text, knowledge, m, spans, resolved, i, focusCountries, locative);
      continue;
    }
    const sameCountry = r.place.country === area.place.country;
    if (area.place.precision === 'country' ? sameCountry : agrees(r.place, area.place)) continue;
    const fits = m.candidates.filter((c) => {
      if (area.place.precision === 'country') return c.country === area.place.country;
      return agrees({ name: c.name, country: c.country, admin1: c.admin1, admin2: c.admin2, lat: c.lat, lon: c.lon, precision: 'city' }, area.place);
    });
    const alt = fits.length ? knowledge.resolvePlace({ ...m, candidates: fits }, { focusCountries }) : null;
    if (alt) resolved[i] = { ...alt, reason: `${alt.reason}; agrees with ${area.place.name} in brackets` };
    else if (!sameCountry) resolved[i] = null;
  }
}

/**
 * "X, Luhansk Obl", "X, district de Y", "X, dans la Haute-Kotto", "X in Donbas": a town read far outside the admin area
 * or the named region right after it, behind a comma or a locative cue, gives way to a homonym inside it, else to the
 * area itself (the gazetteer lacks the town).
 */
function byAreaAfter(
  text: string, knowledge: Knowledge, m: PlaceMatch, spans: readonly { start: number; end: number; i: number }[],
  resolved: (ResolvedPlace | null)[], i: number, focusCountries: readonly string[], locative: RegExp | null,
): void {
  const r = resolved[i];
  if (!r || r.place.precision !== 'city') return;
  const next = spans.find((x) => x.start >= m.span.end);
  if (!next || !linksToArea(text.slice(m.span.end, next.start), locative)) return;
  const area = resolved[next.i];
  if (!area) return;
  const p = area.place.precision;
  // A region of one country only: one spanning several ("Sahel") is too wide to hold or refuse a town.
  const region = p === 'region';
  if (region && !area.place.country) return;
  if ((p !== 'admin1' && p !== 'admin2' && !region) || (region ? inRegion(r.place, area.place) : agrees(r.place, area.place))) return;
  const fits = m.candidates.filter((c) => {
    const cp: Place = { name: c.name, country: c.country, admin1: c.admin1, admin2: c.admin2, lat: c.lat, lon: c.lon, precision: 'city' };
    return region ? inRegion(cp, area.place) : agrees(cp, area.place);
  });
  const alt = fits.length ? knowledge.resolvePlace({ ...m, candidates: fits }, { focusCountries }) : null;
  if (alt) resolved[i] = { ...alt, reason: `${alt.reason}; agrees with ${area.place.name} after it` };
  else if (region) resolved[i] = { ...area, reason: `"${m.text}" not found in ${area.place.name} (best reading ${r.entry.name}, ${r.entry.admin1 ?? r.entry.country ?? '?'}): the region stands for it` };
  else resolved[i] = withinContext(r, { focusCountries, near: [asNear(area.place)] }, m.text);
}

/**
 * True when the words between a town and the next toponym tie it to that toponym as its area: a comma alone
 * (", Luhansk Obl"), or a short run of lower-case words, with no sentence or bracket punctuation, that opens with a
 * locative cue of the language (", dans la région de", " in the "; not " et à ": a second place).
 */
export function linksToArea(between: string, locative: RegExp | null): boolean {
  if (/^,[ \u00a0]?$/u.test(between)) return true;
  if (!locative || between.length > MAX_LINK || /[.;:!?()\[\]\n\p{Lu}\p{N}]/u.test(between)) return false;
  const words = between.replace(/^[,\s]+/u, '');
  for (let j = 1; j <= words.length; j++) {
    if (j < words.length && !/\s/u.test(words[j]!)) continue;
    const m = locative.exec(words.slice(0, j));
    if (m) return m.index === 0;
  }
  return false;
}

/** True when the place lies in the named region: the region's country, and its admin1 when the region has one, or near its point. */
function inRegion(a: Place, region: Place): boolean {
  if (region.country && a.country !== region.country) return false;
  if (region.admin1) return a.admin1 === region.admin1;
  if (a.lat == null || a.lon == null || region.lat == null || region.lon == null) return false;
  return distanceKm(a.lat, a.lon, region.lat, region.lon) <= REGION_KM;
}
