// Chooses one gazetteer entry among homonyms: admin hint, the document's focus countries,
// curated entries, feature class and prominence, in that order of weight. Returns the reason.
import type { Place } from '../core/contract.js';
import type { FeatureClass, GazetteerEntry, NearPlace, PlaceContext, ResolvedPlace } from './types.js';
import { nameKey } from './normalize.js';

/** Bonus for each feature class when nothing else decides: a town before the admin unit named after it. */
const CLASS_PRIOR: Readonly<Record<FeatureClass, number>> = { country: 3, region: 1.5, city: 1, admin1: 0.5, admin2: 0 };
const HINT_BONUS = 10;
/** Above the hint: a "town" hint does not send a name abroad when the document's country has it. */
const FOCUS_BONUS = 12;
/** A candidate in the same admin1 as, or close to, a place the document already names. */
const NEAR_BONUS = 4;
/**
 * A candidate inside an admin area the context names ("X village, Donetsk oblast"): above any gap in
 * prominence between a village and a city, so that the homonym in the area wins over bigger ones elsewhere.
 */
const AREA_BONUS = 8;
/** Added for a district (admin2) the context names: the homonym in the district before one elsewhere in the province. */
const ADMIN2_EXTRA = 3;
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
  // The most specific area that holds e: inside the district counts more than inside the province.
  const areas = ctx.near?.filter((p) => inArea(e, p)) ?? [];
  const area = areas.find((p) => p.precision === 'admin2') ?? areas[0];
  const near = area ?? ctx.near?.find((p) => p !== e && isNear(e, p));
  if (area) { score += AREA_BONUS + (area.precision === 'admin2' ? ADMIN2_EXTRA : 0); why.push(`near ${area.name} (inside that ${area.precision})`); }
  else if (near) { score += NEAR_BONUS; why.push(`near ${near.name}`); }
  if (e.lat === null || e.lon === null) score -= NO_COORDS_PENALTY;
  return { score, why };
}

/** Beyond this distance from every place the context names, a reading outside its admin areas is not believed. */
export const CONTEXT_KM = 100;
/** How far from an admin1 area's seat a reading may lie and still be taken as inside it. */
const AREA_KM = 200;

/**
 * The admin area to answer with instead of e, when the context names admin areas (in the focus
 * countries) and e lies in none of them nor within CONTEXT_KM of any place named: the most specific
 * area (admin2 before admin1). Null when e agrees with the context, or the context names no area.
 */
export function areaInstead(e: GazetteerEntry, ctx: PlaceContext): NearPlace | null {
  if (e.featureClass === 'region') return null;
  const near = ctx.near ?? [];
  const focus = ctx.focusCountries ?? [];
  const areas = near.filter((p) => (p.precision === 'admin1' || p.precision === 'admin2') && (!focus.length || (p.country != null && focus.includes(p.country))));
  if (!areas.length || areas.some((a) => inArea(e, a))) return null;
  // A country: kept when it holds one of the areas (the name of the country itself), else a namesake abroad.
  if (e.featureClass === 'country' && areas.some((a) => a.country === e.country)) return null;
  const { lat, lon } = e;
  if (lat !== null && lon !== null) {
    const within = (p: NearPlace, km: number) => p.lat != null && p.lon != null && distanceKm(lat, lon, p.lat, p.lon) <= km;
    // Sources name areas differently (old and new regions): a reading close to the area's seat may lie in it.
    if (near.some((p) => within(p, CONTEXT_KM)) || areas.some((a) => within(a, a.precision === 'admin1' ? AREA_KM : CONTEXT_KM))) return null;
  }
  // The most specific area that can be mapped; one without coordinates only when no other is named.
  const mapped = areas.filter((a) => a.lat != null && a.lon != null);
  const pool = mapped.length ? mapped : areas;
  return pool.find((a) => a.precision === 'admin2') ?? pool[0] ?? null;
}

/**
 * r, or the admin area that stands for it when r lies far outside every area and place the context
 * names (see areaInstead): the gazetteer lacks the place; the area is an honest, coarser answer.
 */
export function withinContext(r: ResolvedPlace, ctx: PlaceContext, name: string = r.entry.name): ResolvedPlace {
  const a = areaInstead(r.entry, ctx);
  return a ? areaAnswer(a, `"${name}" not found in ${a.name} (best reading ${r.entry.name}, ${r.entry.admin1 ?? r.entry.country ?? '?'})`) : r;
}

/** For a name that matches nothing: the most specific admin area the context names (mapped first), at its precision. */
export function contextArea(ctx: PlaceContext, name: string): ResolvedPlace | null {
  const focus = ctx.focusCountries ?? [];
  const areas = (ctx.near ?? []).filter((p) => (p.precision === 'admin1' || p.precision === 'admin2') && (!focus.length || (p.country != null && focus.includes(p.country))));
  const mapped = areas.filter((a) => a.lat != null && a.lon != null);
  const pool = mapped.length ? mapped : areas;
  const a = pool.find((p) => p.precision === 'admin2') ?? pool[0];
  return a ? areaAnswer(a, `"${name}" not in the gazetteer`) : null;
}

function areaAnswer(a: NearPlace, why: string): ResolvedPlace {
  const e: GazetteerEntry = {
    geonameid: a.geonameid ?? null, name: a.name, names: [], featureClass: a.precision === 'admin2' ? 'admin2' : 'admin1', country: a.country,
    admin1: a.admin1 ?? null, admin2: a.admin2 ?? null, lat: a.lat ?? null, lon: a.lon ?? null, population: 0,
  };
  return { place: toPlace(e), entry: e, reason: `${why}: the ${e.featureClass} stands for it` };
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
  // "Yasynuvata raion", "Bria region" where the gazetteer has no such area (old maps, informal areas)
  // but has the town it is named after: a district, located at its seat town, not a claim that the
  // event is in the town.
  if ((hint === 'admin2' || hint === 'admin1') && e.featureClass === 'city' && !cands.some((c) => c.featureClass !== 'city' && c.featureClass !== 'country')) {
    detail.push(`no ${hint} of that name: the district named after the town ${e.name}, at the town`);
    return { place: { ...toPlace(e), admin2: e.name, precision: 'admin2' }, entry: e, reason: detail.join('; ') };
  }
  return { place: toPlace(e), entry: e, reason: detail.join('; ') };
}

/** True when p is an admin area (admin1 / admin2) and e lies in it according to the gazetteer. */
export function inArea(e: Pick<GazetteerEntry, 'country' | 'admin1' | 'admin2' | 'featureClass'>, p: NearPlace): boolean {
  if (p.precision !== 'admin1' && p.precision !== 'admin2') return false;
  if (!e.country || e.country !== p.country) return false;
  if (p.precision === 'admin1') {
    // A region made from a former district keeps its name: e's admin2 may carry it (old and new maps).
    return sameArea(e.admin1, p.name) || sameArea(e.admin1, p.admin1) || sameArea(e.admin2, p.name);
  }
  return (sameArea(e.admin2, p.name) || sameArea(e.admin2, p.admin2)) && (!p.admin1 || !e.admin1 || sameArea(e.admin1, p.admin1));
}

/**
 * Two names of one admin area from different sources: equal once folded, or one holds the other as
 * whole words ("Cercle de Bourem" / "Bourem", "Donetsk" / "Donetsk Oblast").
 */
function sameArea(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = areaKey(a);
  const y = areaKey(b);
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}

const areaKeys = new Map<string, string>();
/** " folded name " (spaces around, for whole-word containment), cached: admin names repeat across candidates. */
function areaKey(name: string): string {
  let k = areaKeys.get(name);
  if (k === undefined) {
    k = ` ${nameKey(name)} `;
    if (areaKeys.size > 50_000) areaKeys.clear();
    areaKeys.set(name, k);
  }
  return k;
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
