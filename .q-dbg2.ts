import { createExtractor } from './src/extract/index.js';
const r = createExtractor().extract({ id: 'x', text: "Les freins de la voiture ont lâché tout à coup et elle en a perdu le contrôle.", date: '2020-01-01', lang: 'fr' } as any, { explain: true });
for (const t of r.trace ?? []) console.log(t.stage, t.rule, t.detail, JSON.stringify(t.span));
