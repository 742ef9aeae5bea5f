// temp diag (not committed): Mali place misses
import { createExtractor } from './src/extract/index.js';
import { SETS } from './src/eval/sets.js';
import { DEFAULT_GOLD_DIR, DEFAULT_DATA_DIR } from './src/eval/gold-files.js';
const set = SETS.find((s) => s.name === (process.argv[2] ?? 'mali-incidents-fr'))! as any;
const gs = set.load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR });
const ex = createExtractor();
const R = 6371; const rad = (d: number) => d * Math.PI / 180;
const km = (a: number, b: number, c: number, d: number) => 2 * R * Math.asin(Math.sqrt(Math.sin(rad(c - a) / 2) ** 2 + Math.cos(rad(a)) * Math.cos(rad(c)) * Math.sin(rad(d - b) / 2) ** 2));
let miss = 0, tot = 0;
for (const d of gs.docs) {
  const g = d.events[0]; if (!g) continue;
  const cps = (g.places ?? []).filter((x: any) => x.scoreCoords && x.lat !== undefined);
  if (!cps.length) continue;
  tot++;
  const evs = ex.extract(d.input).events;
  const best = (e: any) => { const ps = [e.place, ...(e.places ?? [])].filter((p: any) => p?.lat != null); let m = Infinity; for (const p of ps) for (const c of cps) m = Math.min(m, km(p.lat, p.lon, c.lat, c.lon)); return m; };
  const e = evs[0]; // approx
  const dist = evs.length ? Math.min(...evs.map(best)) : Infinity;
  if (dist > 25) { miss++; console.log(`${d.input.id} | want ${cps.map((c: any) => c.name).join('/')} | got ${e ? `${e.place?.name} (${e.place?.country},${e.place?.precision}) ${Math.round(dist)}km` : 'no event'}\n    ${d.input.text.slice(0, 160)}`); }
}
console.log(`misses ${miss}/${tot}`);
