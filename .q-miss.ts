import { createExtractor } from './src/extract/index.js';
import { SETS } from './src/eval/sets.js';
const set = (SETS.find((s) => s.name === process.argv[2]) as any).load({ goldDir: '/work/shared/gold/dev', dataDir: '/work/shared/data' });
const ex = createExtractor();
let n = 0;
for (const d of set.docs) { if (!d.events.length) continue; const r = ex.extract(d.input); if (!r.events.length && n++ < 60) console.log(d.input.lang ?? r.document.lang, '|', d.input.text.slice(0, 160)); }
console.log('missed docs', n);
