// Pairs predicted events with gold events of one document (greedy on a compatibility score), and
// the per-field checks used both for pairing and for scoring.
import type { Event, Place } from '../core/contract.js';
import type { GoldEvent, GoldPlace } from './types.js';
import { haversineKm } from './geo.js';
import { daysOutside } from './dates.js';
import { fold } from './mappings.js';

export const PLACE_RADIUS_KM = 25;

export function predictedPlaces(e: Event): Place[] {
  return [...(e.place ? [e.place] : []), ...(e.places ?? [])];
}

/** Smallest distance in km between a predicted place and a gold place with coordinates; null when none can be compared. */
export function nearestKm(e: Event, gold: readonly GoldPlace[]): number | null {
  let best: number | null = null;
  for (const g of gold) {
    if (g.lat === undefined || g.lon === undefined) continue;
    for (const p of predictedPlaces(e)) {
      if (p.lat === null || p.lat === undefined || p.lon === null || p.lon === undefined) continue;
      const d = haversineKm(g.lat, g.lon, p.lat, p.lon);
      if (best === null || d < best) best = d;
    }
  }
  return best;
}

export function countryHit(e: Event, gold: readonly GoldPlace[]): boolean {
  const want = new Set(gold.map((g) => g.country).filter(Boolean));
  return predictedPlaces(e).some((p) => p.country !== null && want.has(p.country));
}

/**
 * Does a predicted place bear one of the gold names? A place is named by its gazetteer name ("Athens") and by the
 * words of the text it was read from (its field evidence: "Athènes"), so a gold set that names places as the text
 * does is matched in the text's language.
 */
export function nameHit(e: Event, gold: readonly GoldPlace[]): boolean {
  const names = gold.flatMap((g) => [...(g.names ?? []), ...(g.name ? [g.name] : [])]).map(fold).filter(Boolean);
  const told = (e.fieldEvidence ?? []).filter((f) => f.field === 'place' || f.field.startsWith('places[')).map((f) => f.text);
  return [...predictedPlaces(e).map((p) => p.name), ...told].some((name) => {
    const n = fold(name);
    return n !== '' && names.some((g) => g === n || g.includes(n) || n.includes(g));
  });
}

/** Days between the predicted start and the gold range (0 = inside); null when either is missing. */
export function dateOffset(e: Event, gold: GoldEvent): number | null {
  if (!gold.date || !e.date) return null;
  return daysOutside(e.date.start, gold.date.start, gold.date.end);
}

export function countHit(predicted: number | undefined, gold: { value: number }): boolean {
  if (gold.value === 0) return predicted === undefined || predicted === 0;
  return predicted === gold.value;
}

/** How well a predicted event fits a gold event; higher is better, 0 = nothing in common. */
export function compatibility(e: Event, g: GoldEvent): number {
  let s = 0;
  if (g.type && e.type === g.type) s += 4;
  if (g.acled && e.acled?.event_type === g.acled.event_type) s += 2;
  const km = g.places ? nearestKm(e, g.places) : null;
  if (km !== null && km <= PLACE_RADIUS_KM) s += 1;
  const off = dateOffset(e, g);
  if (off !== null && off <= 1) s += 1;
  if (g.killed && countHit(e.counts.killed?.value, g.killed)) s += 1;
  return s;
}

/** One-to-one pairs (gold index, predicted index); every pair is allowed, better-fitting pairs first. */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly Event[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => pairs.push([gi, pi, compatibility(p, g)])));
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const [gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push([gi, pi]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
