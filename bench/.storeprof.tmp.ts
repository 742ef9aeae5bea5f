import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETS } from '../src/eval/sets.js';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR } from '../src/eval/gold-files.js';
import { createExtractor } from '../src/extract/index.js';
import { openStore } from '../src/store/index.js';
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const sets = SETS.filter((s) => s.kind === 'events' && ['mali-incidents-fr', 'ucdp-ged-ukraine'].includes(s.name));
const docs = sets.flatMap((s) => (s.kind === 'events' ? s.load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR }).docs.map((d) => d.input) : [])).slice(0, 1000);
const x = createExtractor();
const batch = docs.map((d) => ({ doc: { id: d.id, text: d.text, date: d.date ?? null, datePrecision: 'day' as const, lang: d.lang ?? null, title: null, source: d.source ?? null, url: null, origin: 'x', contentHash: createHash('sha256').update(d.text).digest('hex'), fingerprint: null, nearDuplicateOf: null }, events: x.extract(d).events }));
const store = await openStore(join(mkdtempSync(join(tmpdir(), 'vsp-')), 'x.db'));


const c0 = process.cpuUsage(); const t0 = performance.now();
for (let i = 0; i < batch.length; i += 64) await store.saveDocuments(batch.slice(i, i + 64));
const ms = performance.now() - t0;


const c = process.cpuUsage(c0); console.log('save ms', ms.toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0), 'events', batch.reduce((n, b) => n + b.events.length, 0));
await store.close();
