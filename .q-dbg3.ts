import { createExtractor } from './src/extract/index.js';
const r = createExtractor().extract({ id: 'x', text: process.argv[2]!, date: '2020-01-01', lang: 'fr' } as any, { explain: true });
for (const t of r.trace ?? []) if (t.stage !== 'places' && t.stage !== 'dates') console.log(t.stage, t.rule, t.detail);
for (const e of r.events) console.log(e.type, JSON.stringify(e.counts), e.evidence.map((x) => x.text).join(' // '));
