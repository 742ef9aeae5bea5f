import { createExtractor } from './src/extract/index.js';
const ex = createExtractor();
const r = ex.extract({ id: 'x', text: process.argv[2]!, date: '2016-01-01', lang: 'fr' } as any, { explain: true });
for (const t of r.trace ?? []) if (t.stage === 'places') console.log(t.rule, t.detail);
for (const e of r.events) console.log(e.type, e.place?.name, e.place?.precision, (e as any).place?.admin1, e.place?.lat, e.place?.lon);
