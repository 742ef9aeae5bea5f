// Geocoding accuracy on the development gold: the share of place names that resolve within 25 km
// of the gold coordinates. Run: npm run eval:geocode [-- --verbose] [-- --json]
// - mali-incidents-fr: point / depart / arrivee names; coordinates joined from
//   ../shared/data/mali/localites_mali.csv by *_id; focus country MLI.
// - ucdp-ged-car / ucdp-ged-ukraine: the name in where_coordinates (and, when it does not
//   resolve, the first toponym found in where_description) vs latitude/longitude, for events
//   whose where_prec is 1 or 2 (a point within 25 km); focus countries CAF / UKR; the admin
//   areas named in adm_1 / adm_2 ("Donetsk oblast") are given as nearby context.
// Each distinct (name, coordinates) pair counts once; mentions are reported too.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadKnowledge } from '../src/knowledge/index.js';
import { distanceKm as km } from '../src/knowledge/resolve-place.js';
import type { Knowledge, ResolvedPlace } from '../src/knowledge/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.VIGIE_SHARED ?? join(ROOT, '..', 'shared');
const RADIUS_KM = 25;
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

interface Case { name: string; context: string; admin: string[]; lat: number; lon: number; focus: string }
interface Result { set: string; distinct: number; hits: number; mentions: number; mentionHits: number; unresolved: number; misses: string[] }

if (!existsSync(join(SHARED, 'gold', 'dev'))) {
  console.error(`eval-geocode: ${SHARED}/gold/dev not found (set VIGIE_SHARED); nothing to measure`);
  process.exit(2);
}

type Row = Record<string, string>;
const csv = (path: string): Row[] => parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true, bom: true }) as Row[];

function maliCases(): Case[] {
  const loc = new Map<string, { lat: number; lon: number }>();
  for (const r of csv(join(SHARED, 'data', 'mali', 'localites_mali.csv'))) {
    loc.set(String(r.id), { lat: Number(r.latitude), lon: Number(r.longitude) });
  }
  const out: Case[] = [];
  for (const r of csv(join(SHARED, 'gold', 'dev', 'mali-incidents-fr', 'incidents_mali.dev.csv'))) {
    for (const f of ['point', 'depart', 'arrivee']) {
      const name = r[f]?.trim();
      const ref = loc.get(String(r[`${f}_id`] ?? '').trim());
      if (name && ref) out.push({ name, context: '', admin: [], ...ref, focus: 'MLI' });
    }
  }
  return out;
}

function ucdpCases(file: string, focus: string, latCol: string, lonCol: string): Case[] {
  const out: Case[] = [];
  for (const r of csv(join(SHARED, 'gold', 'dev', file))) {
    if (r.where_prec !== '1' && r.where_prec !== '2') continue;
    const lat = Number(r[latCol]);
    const lon = Number(r[lonCol]);
    const name = r.where_coordinates?.trim();
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({ name, context: r.where_description ?? '', admin: [r.adm_1 ?? '', r.adm_2 ?? ''].filter(Boolean), lat, lon, focus });
  }
  return out;
}

function resolve(k: Knowledge, c: Case): ResolvedPlace | null {
  // Context a reader has: the country, and the admin areas named around the place (adm_1, adm_2).
  const near = c.admin.map((a) => k.lookupPlace(a, { focusCountries: [c.focus] })?.place).filter((p) => p != null);
  const ctx = { focusCountries: [c.focus], near };
  const direct = k.lookupPlace(c.name, ctx);
  if (direct) return direct;
  // A descriptive name ("M03 road between Sloviansk and Artemivsk town"): first toponym in it, then in the description.
  for (const text of [c.name, c.context]) {
    const m = k.findPlaces(text).find((p) => p.candidates.some((e) => e.featureClass !== 'country'));
    if (m) return k.resolvePlace(m, ctx);
  }
  return null;
}

function evaluate(k: Knowledge, set: string, cases: readonly Case[]): Result {
  const distinct = new Map<string, { c: Case; n: number }>();
  for (const c of cases) {
    const key = `${c.name}|${c.lat.toFixed(3)}|${c.lon.toFixed(3)}`;
    const d = distinct.get(key);
    if (d) d.n++;
    else distinct.set(key, { c, n: 1 });
  }
  const res: Result = { set, distinct: distinct.size, hits: 0, mentions: cases.length, mentionHits: 0, unresolved: 0, misses: [] };
  for (const { c, n } of distinct.values()) {
    const r = resolve(k, c);
    const d = r && r.place.lat != null && r.place.lon != null ? km(c.lat, c.lon, r.place.lat, r.place.lon) : Infinity;
    if (!r) res.unresolved++;
    if (d <= RADIUS_KM) { res.hits++; res.mentionHits += n; }
    else res.misses.push(`${c.name} → ${r ? `${r.place.name} (${r.place.country}, ${r.place.precision}) ${d.toFixed(0)} km` : 'unresolved'}`);
  }
  return res;
}

const k = loadKnowledge();
const results = [
  evaluate(k, 'mali-incidents-fr', maliCases()),
  evaluate(k, 'ucdp-ged-car', ucdpCases('ucdp-ged-car/ged231_car.dev.csv', 'CAF', 'geom_latitude', 'geom_longitude')),
  evaluate(k, 'ucdp-ged-ukraine', ucdpCases('ucdp-ged-ukraine/ucdp_ged_ukraine.dev.csv', 'UKR', 'latitude', 'longitude')),
];
const total = results.reduce((a, r) => ({ d: a.d + r.distinct, h: a.h + r.hits, m: a.m + r.mentions, mh: a.mh + r.mentionHits }), { d: 0, h: 0, m: 0, mh: 0 });
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');
if (asJson) {
  console.log(JSON.stringify({ radiusKm: RADIUS_KM, knowledge: k.version, results: results.map(({ misses, ...r }) => ({ ...r, missCount: misses.length })), total }, null, 2));
} else {
  console.log(`geocoding within ${RADIUS_KM} km (knowledge ${k.version})`);
  for (const r of results) {
    console.log(`${r.set.padEnd(20)} distinct ${String(r.hits).padStart(4)}/${String(r.distinct).padEnd(4)} ${pct(r.hits, r.distinct).padStart(5)} %   mentions ${String(r.mentionHits).padStart(5)}/${String(r.mentions).padEnd(5)} ${pct(r.mentionHits, r.mentions).padStart(5)} %   unresolved ${r.unresolved}`);
    if (verbose) for (const m of r.misses) console.log(`    miss: ${m}`);
  }
  console.log(`${'all'.padEnd(20)} distinct ${String(total.h).padStart(4)}/${String(total.d).padEnd(4)} ${pct(total.h, total.d).padStart(5)} %   mentions ${String(total.mh).padStart(5)}/${String(total.m).padEnd(5)} ${pct(total.mh, total.m).padStart(5)} %`);
}
