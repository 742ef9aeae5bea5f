import { createExtractor } from './src/extract/index.js';
import { SETS } from './src/eval/sets.js';
import { DEFAULT_GOLD_DIR, DEFAULT_DATA_DIR } from './src/eval/gold-files.js';
const set = (SETS.find((s) => s.name === 'popcorn-fr') as any).load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR });
const ex = createExtractor();
const want = process.argv[2] ?? 'explosion';
for (const d of set.docs) {
  if (d.events.length) continue;
  const r = ex.extract(d.input, { explain: true });
  const hit = (r.trace ?? []).some((t) => t.stage === 'events' && t.detail?.toLowerCase() === want);
  if (hit && r.events.length) console.log(d.input.id, '|', d.input.text.slice(0, 300).replace(/\n/g, ' '), '\n');
}
