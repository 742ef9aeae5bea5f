import { createExtractor } from './src/extract/index.js';
const r = createExtractor().extract({ id: 'x', text: "Une explosion suivie d’un incendie s’est produite cet après-midi dans le laboratoire de Fès. La fuite accidentelle d’une bouteille contenant de l’éthylène en était la cause.", date: '2020-01-01', lang: 'fr' } as any, { explain: true });
for (const t of r.trace ?? []) console.log(t.stage, t.rule, t.detail);
console.log(r.events.map((e) => e.type));
