// "Lafia (région de Tombouctou)", "Djambé (près de Diabaly; région de Segou)": a toponym followed by
// brackets whose first toponym is an area or a town is read in or near it: a reading far from it gives
// way to a homonym that agrees; when none does and the reading lies in another country, the gazetteer
// lacks the place and the name is dropped (the bracketed area still places the event). Language-blind: only brackets and spans.
import type { Knowledge, PlaceMatch, ResolvedPlace } from '../../knowledge/types.js';
import { agrees, bracketedAfter } from './place-context.js';

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
    if (!area) continue;
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
