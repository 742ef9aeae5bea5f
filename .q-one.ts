import { createExtractor } from './src/extract/index.js';
import { SETS } from './src/eval/sets.js';
import { DEFAULT_GOLD_DIR, DEFAULT_DATA_DIR } from './src/eval/gold-files.js';
const set = (SETS.find((s) => s.name === process.argv[3]) as any).load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR });
const d = set.docs.find((d: any) => d.input.id === process.argv[2]);
console.log(d.input.text); console.log(JSON.stringify(d.events));
const r = createExtractor().extract(d.input, { explain: true });
for (const t of r.trace ?? []) if (['events', 'context', 'actors', 'counts'].includes(t.stage)) console.log(t.stage, t.rule, t.detail);
for (const e of r.events) console.log(e.type, JSON.stringify(e.actors.map((a) => a.name)), e.place?.name, JSON.stringify(e.counts));
