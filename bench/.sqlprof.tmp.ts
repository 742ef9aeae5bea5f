import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/index.js';
import { SETS } from '../src/eval/sets.js';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR } from '../src/eval/gold-files.js';
import { measureSplit } from './ingest-split.bench.js';
const stats = new Map<string, { ms: number; n: number }>();
const P = Database.prototype as unknown as { prepare: (sql: string) => Record<string, (...a: unknown[]) => unknown> };
const orig = P.prepare;
P.prepare = function (this: unknown, sql: string) {
  const s = orig.call(this, sql);
  for (const m of ['run', 'get', 'all']) {
    const f = s[m]!.bind(s);
    s[m] = (...a: unknown[]) => { const t0 = performance.now(); try { return f(...a); } finally { const k = sql.replace(/\s+/g, ' ').slice(0, 110); const e = stats.get(k) ?? { ms: 0, n: 0 }; e.ms += performance.now() - t0; e.n++; stats.set(k, e); } };
  }
  return s;
};
const sets = SETS.filter((s) => s.kind === 'events' && ['mali-incidents-fr', 'ucdp-ged-ukraine'].includes(s.name));
const docs = sets.flatMap((s) => (s.kind === 'events' ? s.load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR }).docs.map((d) => d.input) : [])).slice(0, Number(process.env.N ?? 1000));
const r = await measureSplit(docs, loadKnowledge(), join(mkdtempSync(join(tmpdir(), 'vsp-')), 'x.db'));
console.log(JSON.stringify(r));
const tot = [...stats.values()].reduce((a, b) => a + b.ms, 0);
console.log('sql total', tot.toFixed(0));
for (const [k, v] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(v.ms.toFixed(1).padStart(8), String(v.n).padStart(6), k);
