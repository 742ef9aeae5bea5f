// The country an article is about, as a place, for an event whose text names none: the first of the document's
// countries that a place is named in, other than a place named as elsewhere ("près de la frontière du Burkina",
// "en provenance de Gao"), else the first that a party of the story belongs to, the event's own parties first: its
// targets' country before its sources' ("Chad accuses Central African troops of a war crime" happened where the troops
// are, not where the accuser speaks; "Ruritanian drones hit a Graustark refinery" in Graustark).
import type { Actor, Place } from '../../core/contract.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { ActorHit } from '../model.js';
import type { PlaceMention } from './assign-places.js';

export function articleCountry(
  text: string,
  knowledge: Pick<Knowledge, 'lookupPlace' | 'countryPlace'>,
  focusCountries: readonly string[],
  actors: readonly ActorHit[],
  places: readonly PlaceMention[],
  cp: Pick<CompiledPack, 'nonLocative'>,
  eventActors: readonly Actor[] = [],
): Place | null {
  const elsewhere = (p: PlaceMention) => cp.nonLocative.test(text.slice(Math.max(0, p.start - 40), p.start));
  // A country a place is named in comes before one only a party belongs to (the LRA is Ugandan, its raids are not).
  const inPlace = focusCountries.find((iso3) => places.some((p) => p.place.country === iso3 && !elsewhere(p)));
  if (inPlace) return knowledge.countryPlace?.(inPlace)?.place ?? null;
  const rank = (iso3: string) => {
    const i = eventActors.findIndex((a) => a.country === iso3 && a.kind !== 'civilians' && a.kind !== 'person');
    return i < 0 ? 2 : eventActors[i]!.role === 'target' ? 0 : 1;
  };
  const ordered = eventActors.length ? [...focusCountries].sort((a, b) => rank(a) - rank(b)) : focusCountries;
  for (const iso3 of ordered) {
    // Named through one of its actors ("Centrafrique" → CAF): that very name.
    for (const a of actors) {
      if (a.actor.country !== iso3) continue;
      const r = knowledge.lookupPlace(a.actor.name);
      if (r && r.place.precision === 'country' && r.place.country === iso3) return r.place;
    }
    if (actors.some((a) => a.actor.country === iso3)) return knowledge.countryPlace?.(iso3)?.place ?? null;
  }
  return null;
}
