// How two event places relate: the same place, nearby, one inside the other, different, or unknown.
import type { Place } from '../../core/contract.js';
import { foldName } from './normalize.js';

export type PlaceRelationKind = 'same' | 'near' | 'nested' | 'country' | 'unknown' | 'different';

export interface PlaceRelation {
  readonly kind: PlaceRelationKind;
  /** 0..1: how strongly the places say "one event". */
  readonly score: number;
  readonly detail: string;
}

const RANK: Record<Place['precision'], number> = { city: 0, admin2: 1, admin1: 2, region: 3, country: 4 };
/** The same place says less about the event the larger the place is. */
const SAME_SCORE: Record<Place['precision'], number> = { city: 1, admin2: 0.9, admin1: 0.7, region: 0.6, country: 0.3 };

/** A place this close to the centre of a province or region is taken to lie in it when no code says so. */
const NEAR_CENTRE_KM: Record<Place['precision'], number> = { city: 0, admin2: 30, admin1: 60, region: 60, country: 0 };

/** Whether a relation pins the event to one precise spot (the same or a nearby town or district). */
export function isPrecise(r: PlaceRelation): boolean {
  return (r.kind === 'same' || r.kind === 'near') && r.score >= SAME_SCORE.admin2 - 0.05;
}

export function distanceKm(a: Place, b: Place): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function sameText(x: string | null | undefined, y: string | null | undefined): boolean | null {
  if (!x || !y) return null;
  return foldName(x) === foldName(y);
}

/** Whether the coarse place contains the fine one, as far as the fields tell (null: cannot tell). */
function contains(coarse: Place, fine: Place): boolean | null {
  if (coarse.precision === 'country') return true; // countries already agree when we get here
  if (coarse.precision === 'region') return null;
  const field = coarse.precision === 'admin1' ? 'admin1' : 'admin2';
  const byCode = sameText(coarse[field], fine[field]);
  if (byCode === true) return true;
  if (sameText(coarse.name, fine[field]) === true) return true;
  return byCode; // false when both codes are known and differ, null otherwise
}

export function placeRelation(a: Place | null, b: Place | null, samePlaceKm: number): PlaceRelation {
  if (!a || !b) return { kind: 'unknown', score: 0.3, detail: 'place unknown' };
  if (a.country && b.country && a.country !== b.country) return { kind: 'different', score: 0, detail: `countries ${a.country}≠${b.country}` };
  if (a.geonameid != null && a.geonameid === b.geonameid) return { kind: 'same', score: SAME_SCORE[a.precision], detail: `geonameid ${a.geonameid}` };
  const km = distanceKm(a, b);
  if (a.precision === b.precision && sameText(a.name, b.name) && (km == null || km <= 3 * samePlaceKm)) return { kind: 'same', score: SAME_SCORE[a.precision], detail: `name ${a.name}` };
  const fine = RANK[a.precision] <= RANK[b.precision] ? a : b;
  const coarse = fine === a ? b : a;
  if (RANK[coarse.precision] <= RANK.admin2 && RANK[fine.precision] <= RANK.admin2) {
    if (coarse.precision === fine.precision) {
      // two places of the same level: the same only when close
      if (km != null && km <= samePlaceKm) return { kind: 'near', score: 0.85, detail: `${km.toFixed(1)} km apart` };
      if (km != null) return { kind: 'different', score: 0, detail: `${km.toFixed(0)} km apart` };
      return { kind: 'different', score: 0, detail: `${a.name}≠${b.name}` };
    }
    const inside = contains(coarse, fine);
    if (inside) return { kind: 'nested', score: 0.7, detail: `${fine.name} in ${coarse.name}` };
    if (inside === null && km != null && km <= 3 * samePlaceKm) return { kind: 'nested', score: 0.6, detail: `${fine.name} ${km.toFixed(0)} km from ${coarse.name}` };
    return { kind: 'different', score: 0, detail: `${fine.name} not in ${coarse.name}` };
  }
  if (coarse.precision === fine.precision) {
    if (coarse.precision === 'admin1' && sameText(a.admin1, b.admin1)) return { kind: 'same', score: SAME_SCORE.admin1, detail: `admin1 ${a.admin1}` };
    if (coarse.precision === 'country') return { kind: 'country', score: 0.3, detail: `country ${a.country ?? b.country}` };
    if (coarse.precision === 'admin1') return { kind: 'different', score: 0, detail: `${a.name}≠${b.name}` };
    return { kind: 'unknown', score: 0.3, detail: `regions ${a.name}, ${b.name}` };
  }
  let inside = contains(coarse, fine);
  if (inside === null && km != null && km <= NEAR_CENTRE_KM[coarse.precision]) inside = true;
  if (inside === false) return { kind: 'different', score: 0, detail: `${fine.name} not in ${coarse.name}` };
  if (coarse.precision === 'country') return { kind: 'country', score: 0.3, detail: `${fine.name} in country ${coarse.country}` };
  if (inside === null) return { kind: 'unknown', score: 0.3, detail: `${fine.name} in ${coarse.name}?` };
  return { kind: 'nested', score: 0.7, detail: `${fine.name} in ${coarse.name}` };
}
