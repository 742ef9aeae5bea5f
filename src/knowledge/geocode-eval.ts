// Geocoding accuracy on the development gold (../shared/gold/dev): the share of place names that
// resolve within 25 km of the gold coordinates. Used by scripts/eval-geocode.ts and its test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Place } from '../core/contract.js';
import type { Knowledge, ResolvedPlace } from './types.js';
import type { VigieKnowledge } from './create-knowledge.js';
import { contextArea, distanceKm as km, withinContext } from './resolve-place.js';

export const RADIUS_KM = 25;

export interface GeocodeCase {
  name: string;
  /** Text around the name: UCDP's where_description, or the Mali incident's own text. */
  context: string;
  /** Whether a toponym of `context` may stand in for an unresolved name (UCDP descriptions only). */
  contextIsLocation: boolean;
  /** Admin areas the gold names for the event (UCDP adm_1, adm_2). */
  admin: string[];
  lat: number;
  lon: number;
  focus: string;
}
export interface GeocodeResult {
  set: string; distinct: number; hits: number; mentions: number; mentionHits: number; unresolved: number; misses: string[];
  /** Hits answered at admin1 / admin2 precision (an area, or a district at its seat town), not a town. */
  areaHits: number;
  /**
   * Distinct names with a gazetteer entry within RADIUS_KM under some reading (the name, a spelling
   * variant, a toponym in it or in its UCDP description): the share a resolver could get at town
   * precision. The others are absent from the offline data. Null when the knowledge cannot list candidates.
   */
  present: number | null;
  /** Misses absent from the offline data. */
  absentMisses: number;
}

type Row = Record<string, string>;
const csv = (path: string): Row[] => parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true, bom: true }) as Row[];

/** Mali incidents: point / depart / arrivee names, coordinates joined from the OCHA list by *_id. */
export function maliCases(shared: string): GeocodeCase[] {
  const loc = new Map<string, { lat: number; lon: number }>();
  for (const r of csv(join(shared, 'data', 'mali', 'localites_mali.csv'))) {
    loc.set(String(r.id), { lat: Number(r.latitude), lon: Number(r.longitude) });
  }
  const out: GeocodeCase[] = [];
  for (const r of csv(join(shared, 'gold', 'dev', 'mali-incidents-fr', 'incidents_mali.dev.csv'))) {
    for (const f of ['point', 'depart', 'arrivee']) {
      const name = r[f]?.trim();
      const ref = loc.get(String(r[`${f}_id`] ?? '').trim());
      // The other places of the incident text are context ("entre Ténenkou et Dioura").
      const context = [r.evenement, r.point, r.depart, r.arrivee].filter((x) => x && x !== name).join('. ');
      if (name && ref) out.push({ name, context, contextIsLocation: false, admin: [], ...ref, focus: 'MLI' });
    }
  }
  return out;
}

/** UCDP GED events located within 25 km (where_prec 1 or 2). */
export function ucdpCases(shared: string, file: string, focus: string, latCol: string, lonCol: string): GeocodeCase[] {
  const out: GeocodeCase[] = [];
  for (const r of csv(join(shared, 'gold', 'dev', file))) {
    if (r.where_prec !== '1' && r.where_prec !== '2') continue;
    const lat = Number(r[latCol]);
    const lon = Number(r[lonCol]);
    const name = r.where_coordinates?.trim();
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({ name, context: r.where_description ?? '', contextIsLocation: true, admin: [r.adm_1 ?? '', r.adm_2 ?? ''].filter(Boolean), lat, lon, focus });
  }
  return out;
}

/** How a reader would place it: the name, else a toponym in it or in the description, else the admin area named. */
export function resolveCase(k: Knowledge, c: GeocodeCase): ResolvedPlace | null {
  // Context a reader has: the country, and the admin areas named around the place (adm_1, adm_2).
  const focusCountries = [c.focus];
  // Each area is read inside the ones before it ("Pervomaisk City municipality" of Luhansk oblast).
  const named: (Place | undefined)[] = [];
  for (const a of c.admin) named.push(k.lookupPlace(a, { focusCountries, near: named.filter((p): p is Place => p !== undefined) })?.place);
  // Other places of an incident's text (a UCDP description is the location itself, not context).
  const around = c.contextIsLocation ? [] : k.findPlaces(c.context).filter((m) => m.text !== c.name).map((m) => k.resolvePlace(m, { focusCountries })?.place);
  const near = [...named, ...around].filter((p): p is NonNullable<typeof p> => p != null && p.precision !== 'country');
  const ctx = { focusCountries: [c.focus], near };
  const direct = k.lookupPlace(c.name, ctx);
  if (direct) return direct;
  // A descriptive name ("M03 road between Sloviansk and Artemivsk town"): first toponym in it, then in the description.
  for (const text of c.contextIsLocation ? [c.name, c.context] : [c.name]) {
    const m = k.findPlaces(text).find((p) => p.candidates.some((e) => e.featureClass !== 'country'));
    const r = m ? k.resolvePlace(m, ctx) : null;
    if (r) return withinContext(r, ctx, c.name);
  }
  // Nothing known by that name: the admin area the context names, at its precision.
  return contextArea(ctx, c.name);
}

/** Share of distinct (name, coordinates) pairs, and of mentions, resolved within RADIUS_KM. */
export function evaluateGeocoding(k: Knowledge, set: string, cases: readonly GeocodeCase[]): GeocodeResult {
  const distinct = new Map<string, { c: GeocodeCase; n: number }>();
  for (const c of cases) {
    const key = `${c.name}|${c.lat.toFixed(3)}|${c.lon.toFixed(3)}`;
    const d = distinct.get(key);
    if (d) d.n++;
    else distinct.set(key, { c, n: 1 });
  }
  const listing = 'placeCandidates' in k ? (k as VigieKnowledge) : null;
  const res: GeocodeResult = {
    set, distinct: distinct.size, hits: 0, mentions: cases.length, mentionHits: 0, unresolved: 0, misses: [], areaHits: 0, present: listing ? 0 : null, absentMisses: 0,
  };
  for (const { c, n } of distinct.values()) {
    const r = resolveCase(k, c);
    const d = r && r.place.lat != null && r.place.lon != null ? km(c.lat, c.lon, r.place.lat, r.place.lon) : Infinity;
    const gone = listing ? !reachable(listing, c) : false;
    if (listing && !gone) res.present = (res.present ?? 0) + 1;
    if (!r) res.unresolved++;
    if (d <= RADIUS_KM) {
      res.hits++;
      res.mentionHits += n;
      if (r && (r.place.precision === 'admin1' || r.place.precision === 'admin2')) res.areaHits++;
      continue;
    }
    if (gone) res.absentMisses++;
    res.misses.push(`${c.name} → ${r ? `${r.place.name} (${r.place.country}, ${r.place.precision}) ${d.toFixed(0)} km` : 'unresolved'}${gone ? ' [absent]' : ''}`);
  }
  return res;
}

/** True when some entry that the name, or a toponym in it (or in a UCDP description), could denote lies within RADIUS_KM. */
function reachable(k: VigieKnowledge, c: GeocodeCase): boolean {
  const names = [c.name, ...(c.contextIsLocation ? [c.name, c.context] : [c.name]).flatMap((t) => k.findPlaces(t).map((m) => m.text))];
  return names.some((n) => k.placeCandidates(n).some((e) => e.lat !== null && e.lon !== null && km(c.lat, c.lon, e.lat, e.lon) <= RADIUS_KM));
}

