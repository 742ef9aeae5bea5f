// Geocoding accuracy on the development gold: the share of place names that resolve within 25 km
// of the gold coordinates. Run: npm run eval:geocode [-- --verbose] [-- --json]
// - mali-incidents-fr: point / depart / arrivee names; coordinates joined from
//   ../shared/data/mali/localites_mali.csv by *_id; focus country MLI; the other places named in
//   the incident's text (evenement) are given as nearby context.
// - ucdp-ged-car / ucdp-ged-ukraine: the name in where_coordinates (and, when it does not
//   resolve, the first toponym found in where_description) vs latitude/longitude, for events
//   whose where_prec is 1 or 2 (a point within 25 km); focus countries CAF / UKR; the admin
//   areas named in adm_1 / adm_2 ("Donetsk oblast") are given as nearby context.
// Each distinct (name, coordinates) pair counts once; mentions are reported too. Also printed: hits
// answered at admin1/admin2 precision (an area standing for a place the gazetteer lacks), and misses
// "absent from the offline data": no entry within 25 km under any reading of the name (exact or
// spelling variant, or a toponym in the name or the UCDP description), so that no rule could place
// them at town precision. --verbose marks those misses [absent].
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/index.js';
import { evaluateGeocoding, maliCases, RADIUS_KM, ucdpCases } from '../src/knowledge/geocode-eval.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.VIGIE_SHARED ?? join(ROOT, '..', 'shared');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

if (!existsSync(join(SHARED, 'gold', 'dev'))) {
  console.error(`eval-geocode: ${SHARED}/gold/dev not found (set VIGIE_SHARED); nothing to measure`);
  process.exit(2);
}
const k = loadKnowledge();
const results = [
  evaluateGeocoding(k, 'mali-incidents-fr', maliCases(SHARED)),
  evaluateGeocoding(k, 'ucdp-ged-car', ucdpCases(SHARED, 'ucdp-ged-car/ged231_car.dev.csv', 'CAF', 'geom_latitude', 'geom_longitude')),
  evaluateGeocoding(k, 'ucdp-ged-ukraine', ucdpCases(SHARED, 'ucdp-ged-ukraine/ucdp_ged_ukraine.dev.csv', 'UKR', 'latitude', 'longitude')),
];
const total = results.reduce((a, r) => ({ d: a.d + r.distinct, h: a.h + r.hits, m: a.m + r.mentions, mh: a.mh + r.mentionHits }), { d: 0, h: 0, m: 0, mh: 0 });
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');
if (asJson) {
  console.log(JSON.stringify({ radiusKm: RADIUS_KM, knowledge: k.version, results: results.map(({ misses, ...r }) => ({ ...r, missCount: misses.length })), total }, null, 2));
} else {
  console.log(`geocoding within ${RADIUS_KM} km (knowledge ${k.version})`);
  for (const r of results) {
    console.log(`${r.set.padEnd(20)} distinct ${String(r.hits).padStart(4)}/${String(r.distinct).padEnd(4)} ${pct(r.hits, r.distinct).padStart(5)} %   mentions ${String(r.mentionHits).padStart(5)}/${String(r.mentions).padEnd(5)} ${pct(r.mentionHits, r.mentions).padStart(5)} %   unresolved ${r.unresolved}`);
    console.log(`${''.padEnd(20)} hits at admin precision ${String(r.areaHits).padStart(3)}; place in the offline data (a reading within ${RADIUS_KM} km) ${r.present}/${r.distinct} ${pct(r.present ?? 0, r.distinct)} %; misses absent from it ${r.absentMisses}/${r.distinct - r.hits}`);
    if (verbose) for (const m of r.misses) console.log(`    miss: ${m}`);
  }
  console.log(`${'all'.padEnd(20)} distinct ${String(total.h).padStart(4)}/${String(total.d).padEnd(4)} ${pct(total.h, total.d).padStart(5)} %   mentions ${String(total.mh).padStart(5)}/${String(total.m).padEnd(5)} ${pct(total.mh, total.m).padStart(5)} %`);
}
