// "à 37 km d'Andéranboukane", "650 km east of Bangui": a place said to lie far from a named town is not that town. Up
// to NEAR_TOWN_KM the town stands for it; farther, the town's admin1 area up to IN_ADMIN1_KM, at the town's point (the
// point the text measures from, as ACLED codes an event "near" a town: a better estimate than the area's seat, which
// may lie farther); farther still, the country at its own point. The mention keeps the toponym's span (the locative
// cue before the phrase still counts) and records where the phrase starts, so that the event's evidence names the
// distance (refine-place.ts). Language-blind: the units, directions and words before the place are data
// (data/lang/<code>/distance-words.tsv).
import type { Place } from '../../core/contract.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { PlaceMention } from './assign-places.js';

/** A place at most this far from a town is placed at the town (the precision of a town's point). */
export const NEAR_TOWN_KM = 25;
/**
 * A place at most this far from a town is placed in the town's admin1 area; farther, in its country (the distance from
 * an admin1 area's seat within which a town is still taken as inside the area: AREA_KM of knowledge/resolve-place.ts).
 */
export const IN_ADMIN1_KM = 200;

export interface DistanceMention extends PlaceMention {
  /** Where the distance phrase starts ("37 km d'…"). */
  readonly phraseStart: number;
  /** The distance told, in km. */
  readonly km: number;
  /** The town the distance is counted from. */
  readonly from: Place;
}

/**
 * The mentions with a distance phrase before them: read as the coarser area the distance puts them in (a mention
 * within NEAR_TOWN_KM keeps its town but records the phrase). Mentions of areas and countries stay as they are.
 */
export function placesAtDistance(
  text: string, mentions: readonly PlaceMention[], knowledge: Pick<Knowledge, 'distancePhrases' | 'admin1Place' | 'countryPlace'>, lang: string,
): PlaceMention[] {
  const pattern = knowledge.distancePhrases?.get(lang);
  if (!pattern) return [...mentions];
  return mentions.map((m) => {
    if (m.place.precision !== 'city' && m.place.precision !== 'admin2') return m;
    const d = pattern.before(text, m.start);
    if (!d) return m;
    const place = d.km <= NEAR_TOWN_KM ? m.place : areaAround(m.place, d.km, knowledge);
    if (!place) return m;
    const out: DistanceMention = { ...m, place, prominent: place === m.place ? m.prominent : true, phraseStart: d.start, km: d.km, from: m.place };
    return out;
  });
}

/**
 * The admin1 area of the town, at the town's point, when the distance is at most IN_ADMIN1_KM; else (or when the area
 * is unknown) its country.
 */
function areaAround(town: Place, km: number, knowledge: Pick<Knowledge, 'admin1Place' | 'countryPlace'>): Place | null {
  if (!town.country) return null;
  const admin1 = km <= IN_ADMIN1_KM && town.admin1 ? knowledge.admin1Place?.(town.country, town.admin1) : null;
  if (admin1) return town.lat != null && town.lon != null ? { ...admin1.place, lat: town.lat, lon: town.lon } : admin1.place;
  return knowledge.countryPlace?.(town.country)?.place ?? null;
}

/** True when the mention was read through a distance phrase. */
export function isDistanceMention(m: PlaceMention): m is DistanceMention {
  return typeof (m as Partial<DistanceMention>).phraseStart === 'number';
}

/** Where the words before a mention that may cue it are read: before its distance phrase, if any ("from" in "10 miles from X"). */
export function cueStart(m: PlaceMention): number {
  return isDistanceMention(m) ? m.phraseStart : m.start;
}
