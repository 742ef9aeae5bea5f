// npm run fixture:new -- <slug> <lang> <date> [source-file]
// Creates test/fixtures/articles/<slug>/ with source.<lang>.txt, meta.json and an expected.json whose
// "must" list is seeded from what the extractor finds today — to be reviewed and corrected by hand
// (delete what an analyst would not code, fix fields, add what is missing) before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../src/extract/index.js';

const [slug, lang, date, sourceFile] = process.argv.slice(2);
if (!slug || !/^[a-z0-9-]+$/.test(slug) || !lang || !date) {
  console.error('usage: npm run fixture:new -- <slug-named-after-the-phenomenon> <lang> <YYYY-MM-DD> [source-file]');
  process.exit(2);
}
const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'articles', slug);
if (existsSync(dir)) {
  console.error(`${dir} exists already`);
  process.exit(2);
}
const text = sourceFile ? readFileSync(sourceFile, 'utf8') : '';
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `source.${lang}.txt`), text);
writeFileSync(join(dir, 'meta.json'), `${JSON.stringify({ lang, date, about: 'Written for Vigie in its own words about a public event: …' }, null, 2)}\n`);
const events = text ? createExtractor().extract({ id: slug, text, date, lang }).events : [];
const must = events.map((e, i) => ({
  id: `event-${i + 1}`,
  type: e.type,
  ...(e.modality !== 'asserted' ? { modality: e.modality } : {}),
  ...(e.date ? { date: { start: e.date.start, precision: e.date.precision } } : {}),
  ...(e.place ? { place: { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon } } : {}),
  ...(Object.keys(e.counts).length ? { counts: e.counts } : {}),
  ...(e.attribution ? { attribution: { name: e.attribution.name } } : {}),
  evidence_contains: e.evidence.slice(0, 1).map((s) => s.text),
}));
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ document: `source.${lang}.txt`, about: 'REVIEW BY HAND: seeded from the extractor', must, must_not: [] }, null, 2)}\n`);
console.log(`${dir}: ${must.length} events seeded — review expected.json by hand, then run: npx vitest run test/golden.test.ts -t ${slug}`);
