// A document in one language takes the one-language path untouched: every article of examples/ and of the golden
// fixtures (French and English news, some quoting names or words of the other language) is read with one pack.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputDocumentSchema, type InputDocument } from '../../../src/core/contract.js';
import { mixedLayout } from '../../../src/extract/language/mixed.js';
import { readFileDocument } from '../../../src/ingest/read-file-document.js';
import { toVigieDocument } from '../../../src/ingest/normalize-document.js';
import { getLanguagePack, LANGUAGE_PACKS } from '../../../src/lang/index.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

function documents(): [string, InputDocument][] {
  const out: [string, InputDocument][] = [];
  const examples = join(REPO, 'examples');
  for (const f of readdirSync(examples).sort()) {
    const path = join(examples, f);
    if (f.endsWith('.txt')) out.push([f, { ...readFileDocument(path), id: f }]);
    else if (f.endsWith('.jsonl')) {
      readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => out.push([`${f}:${i + 1}`, InputDocumentSchema.parse(JSON.parse(l))]));
    }
  }
  const fixtures = join(REPO, 'test', 'fixtures', 'articles');
  for (const slug of readdirSync(fixtures).sort()) {
    for (const f of readdirSync(join(fixtures, slug)).filter((x) => /^source\.\w+\.txt$/.test(x))) out.push([`${slug}/${f}`, { ...readFileDocument(join(fixtures, slug, f)), id: slug }]);
  }
  // The seed article lives in ../shared (read-only material); absent there, the rest still runs.
  const seed = join(REPO, '..', 'shared', 'examples', 'karabakh-2023-09.fr.txt');
  if (existsSync(seed)) out.push(['shared seed article', { ...readFileDocument(seed), id: 'seed' }]);
  return out;
}

describe('documents in one language', () => {
  const docs = documents();

  it('are many, in both languages', () => {
    const langs = new Set(docs.map(([, d]) => toVigieDocument(d).lang));
    expect(docs.length).toBeGreaterThan(20);
    expect([...langs].sort()).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  it.each(docs)('%s is read with one pack', (_name, input) => {
    const doc = toVigieDocument(input);
    const pack = getLanguagePack(doc.lang);
    expect(pack).toBeDefined();
    expect(mixedLayout(doc.text, 0, pack!, LANGUAGE_PACKS)).toBeNull();
  });
});
