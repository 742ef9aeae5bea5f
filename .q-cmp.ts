import { SETS } from './src/eval/sets.js';
const dir = process.argv[2]!;
const { createExtractor } = await import(dir + '/src/extract/index.ts');
const set = (SETS.find((s) => s.name === process.argv[3]) as any).load({ goldDir: '/work/shared/gold/dev', dataDir: '/work/shared/data' });
const ex = createExtractor();
for (const d of set.docs) console.log(d.input.id, ex.extract(d.input).events.map((e: any) => e.type).join(','));
