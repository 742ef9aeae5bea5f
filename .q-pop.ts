import { createExtractor } from './src/extract/index.js';
import { SETS } from './src/eval/sets.js';
import { DEFAULT_GOLD_DIR, DEFAULT_DATA_DIR } from './src/eval/gold-files.js';
const set = (SETS.find((s) => s.name === 'popcorn-fr') as any).load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR });
const ex = createExtractor();
const tally = new Map<string, number>();
let implied = 0, negs = 0;
for (const d of set.docs) {
  if (d.events.length) continue;
  negs++;
  const r = ex.extract(d.input, { explain: true });
  const trig = (r.trace ?? []).filter((t) => t.stage === 'events');
  for (const e of r.events) {
    const ev = e.evidence.map((x) => [x.start, x.end]);
    const t = trig.find((t) => t.span && ev.some(([s, en]) => t.span!.start >= s! && t.span!.end <= en!) && t.rule.includes(e.type));
    const key = `${e.type} ${t ? t.detail?.toLowerCase() : '(implied)'}`;
    if (!t) implied++;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
}
console.log('negatives', negs, 'implied', implied);
console.log([...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v} ${k}`).join('\n'));
