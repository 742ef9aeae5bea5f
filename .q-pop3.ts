import { createExtractor } from './src/extract/index.js';
import { SETS } from './src/eval/sets.js';
import { DEFAULT_GOLD_DIR, DEFAULT_DATA_DIR } from './src/eval/gold-files.js';
const set = (SETS.find((s) => s.name === 'popcorn-fr') as any).load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR });
const ex = createExtractor();
for (const d of set.docs) {
  if (!d.events.length) continue;
  const r = ex.extract(d.input, { explain: true });
  if (!r.events.length) console.log(d.input.id, d.events.map((e: any) => e.label).join(','), '|', (r.trace ?? []).filter((t) => t.stage === 'events').map((t) => t.rule + ' ' + t.detail).join('; '), '|', d.input.text.slice(0, 250));
}
