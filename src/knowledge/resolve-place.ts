// Chooses one gazetteer entry among homonyms: admin hint, the document's focus countries,
// curated entries, feature class and prominence, in that order of weight. Returns the reason.
import type { Place } from '../core/contract.js';
import type { FeatureClass, GazetteerEntry, NearPlace, PlaceContext, ResolvedPlace } from './types.js';

/** Bonus for each feature class when nothing else decides: a town before the admin unit named after it. */
const CLASS_PRIOR: Readonly<Record<FeatureClass, number>> = { country: 3, region: 1.5, city: 1, admin1: 0.5, admin2: 0 };
const HINT_BONUS = 10;
/** Above the hint: a "town" hint does not send a name abroad when the document's country has it. */
const FOCUS_BONUS = 12;
/** A candidate in the same admin1 as, or close to, a place the document already names. */
const NEAR_BONUS = 4;
const NEAR_KM = 150;
const CURATED_BONUS = 1.5;
const NO_COORDS_PENALTY = 3;
const TOWN_FIRST = 4;

export function scorePlace(e: GazetteerEntry, ctx: PlaceContext, hint: FeatureClass | undefined): { score: number; why: string[] } {
  const why: string[] = [];
  let score = (e.rank ?? Math.log10(e.population + 1)) + CLASS_PRIOR[e.featureClass];
  if (hint) {
    // "district de X" also accepts a region; "région de X" an admin1 or a region.
    const ok = e.featureClass === hint || (e.featureClass === 'region' && hint !== 'city');
    if (ok) { score += HINT_BONUS; why.push(`admin hint ${hint}`); }
  }
  const focus = ctx.focusCountries ?? [];
  const fi = e.country ? focus.indexOf(e.country) : -1;
  if (fi >= 0) { score += FOCUS_BONUS - Math.min(fi, 5) * 0.5; why.push(`focus country ${e.country}`); }
  if (e.curated) { score += CURATED_BONUS; why.push('curated entry'); }
  const near = ctx.near?.find((p) => p !== e && isNear(e, p));
  if (near) { score += NEAR_BONUS; why.push(`near ${near.name}`); }
  if (e.lat === null || e.lon === null) score -= NO_COORDS_PENALTY;
  return { score, why };
}

export function chooseEntry(
  cands: readonly GazetteerEntry[], ctx: PlaceContext, hint: FeatureClass | undefined,
): ResolvedPlace | null {
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  let bestWhy: string[] = [];
  // Without a hint, a town comes before the admin unit named after it ("Luhansk", "Kidal").
  const townIn = new Set(hint ? [] : cands.filter((c) => c.featureClass === 'city').map((c) => c.country));
  for (const c of cands) {
    const s = scorePlace(c, ctx, hint);
    const { why } = s;
    const score = (c.featureClass === 'admin1' || c.featureClass === 'admin2') && townIn.has(c.country) ? s.score - TOWN_FIRST : s.score;
    if (score > bestScore) { best = c; bestScore = score; bestWhy = why; }
  }
  if (!best) return null;
  const e = best;
  const detail = [
    ...bestWhy,
    e.population > 0 ? `population ${e.population}` : `feature class ${e.featureClass}`,
    `${cands.length} candidate${cands.length === 1 ? '' : 's'}`,
  ];
  return { place: toPlace(e), entry: e, reason: detail.join('; ') };
}

function isNear(e: GazetteerEntry, p: NearPlace): boolean {
  if (e.country && p.country && e.country !== p.country) return false;
  if (e.admin1 && (p.admin1 === e.admin1 || (p.precision === 'admin1' && p.name === e.admin1))) return true;
  if (e.lat === null || e.lon === null || p.lat == null || p.lon == null) return false;
  return distanceKm(e.lat, e.lon, p.lat, p.lon) <= NEAR_KM;
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}

export function toPlace(e: GazetteerEntry): Place {
  return {
    name: e.name,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    lat: e.lat,
    lon: e.lon,
    geonameid: e.geonameid,
    precision: e.featureClass,
  };
}
