// The seed example through `ingest` with the real extractor and the real SQLite store: every stored
// evidence span is the exact substring of the stored (normalised) text.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceErrors } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';

const SEED = '../shared/examples/karabakh-2023-09.fr.txt';

describe.skipIf(!existsSync(SEED))('seed example, real extractor (skipped without ../shared)', () => {
  it('stores the document and events whose evidence points into the stored text', async () => {
    const store = await openStore(':memory:');
    try {
      const s = await ingest([SEED], { store, extractor: createExtractor() });
      expect(s).toMatchObject({ read: 1, stored: 1, quarantined: 0 });
      expect(s.events).toBeGreaterThan(0);
      const doc = (await store.getDocument('karabakh-2023-09.fr.txt'))!;
      expect(doc).toMatchObject({ date: '2023-09', datePrecision: 'month', lang: 'fr' });
      const mentions = await store.mentionsForDocument(doc.id);
      expect(mentions).toHaveLength(s.events);
      for (const m of mentions) expect(evidenceErrors(m.event, doc.text)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
