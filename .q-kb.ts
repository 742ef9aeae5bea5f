import { createExtractor } from './src/extract/index.js';
import { readFileDocument } from './src/ingest/read-file-document.js';
const doc = readFileDocument('/work/shared/examples/karabakh-2023-09.fr.txt', { lang: 'fr' });
const r = createExtractor().extract({ ...doc, id: 'k' }, { explain: true });
for (const e of r.events) console.log(e.type, JSON.stringify(e.actors.map((a) => [a.name, a.kind, a.role, a.country])), e.attribution?.name, '|', e.evidence.map((x) => x.text).join(' // ').slice(0, 140));
for (const t of r.trace ?? []) if (t.stage === 'actors' && /opération|séparat|azerb/i.test(String(t.detail))) console.log(t.rule, t.detail);
