// "Lafia (région de Tombouctou)", "Djambé (près de Diabaly; région de Segou)": a toponym followed by
// brackets whose first toponym is an area or a town is read in or near it: a reading far from it gives
// way to a homonym that agrees; when none does and the reading lies in another country, the gazetteer
// lacks the place and the name is dropped (the bracketed area still places the event). "Novooleksandrivka, Luhansk
// Obl": an admin area after a comma holds the town the same way; when no homonym lies in it, the area stands for the
// town the gazetteer lacks. Language-blind: only brackets, commas and spans.
import type { Knowledge, PlaceMatch, ResolvedPlace } from '../../knowledge/types.js';
import { withinContext } from '../../knowledge/resolve-place.js';
import { agrees, asNear, bracketedAfter } from './place-context.js';

export function vetoByApposition(
  text: string, knowledge: Knowledge, matches: readonly PlaceMatch[], resolved: (ResolvedPlace | null)[], focusCountries: readonly string[],
): void {
  const spans = matches.map((m, i) => ({ start: m.span.start, end: m.span.end, i })).sort((a, b) => a.start - b.start);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const r = resolved[i];
    if (!r || r.place.precision === 'country') continue;
    const inner = bracketedAfter(text, m.span.end, spans);
    const area = inner ? resolved[inner.i] : null;
    if (!area) {
      byCommaArea(text, knowledge, m, spans, resolved, i, focusCountries);
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
 * "X, Luhansk Obl", "X, district de Y": a town read far outside the admin area named right after it, behind a comma,
 * gives way to a homonym inside the area, else to the area itself (the gazetteer lacks the town).
 */
function byCommaArea(
  text: string, knowledge: Knowledge, m: PlaceMatch, spans: readonly { start: number; end: number; i: number }[],
  resolved: (ResolvedPlace | null)[], i: number, focusCountries: readonly string[],
): void {
  const r = resolved[i];
  const comma = /^,[ \u00a0]?/u.exec(text.slice(m.span.end, m.span.end + 2));
  if (!r || r.place.precision !== 'city' || !comma) return;
  const next = spans.find((x) => x.start === m.span.end + comma[0].length);
  const area = next ? resolved[next.i] : null;
  if (!area || (area.place.precision !== 'admin1' && area.place.precision !== 'admin2') || agrees(r.place, area.place)) return;
  const fits = m.candidates.filter((c) => agrees({ name: c.name, country: c.country, admin1: c.admin1, admin2: c.admin2, lat: c.lat, lon: c.lon, precision: 'city' }, area.place));
  const alt = fits.length ? knowledge.resolvePlace({ ...m, candidates: fits }, { focusCountries }) : null;
  if (alt) resolved[i] = { ...alt, reason: `${alt.reason}; agrees with ${area.place.name} after it` };
  else resolved[i] = withinContext(r, { focusCountries, near: [asNear(area.place)] }, m.text);
}
