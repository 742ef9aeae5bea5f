// Batched ingestion: documents are stored chunk by chunk (one transaction each), so a run that dies
// mid-way leaves only whole documents and a re-run completes it without duplicates; a document the
// store cannot take is quarantined and the rest of its chunk is stored; failed retries are counted.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/core/contract.js';
import type { Extractor } from '../../src/extract/index.js';
import { DEFAULT_INGEST_BATCH, ingest, ingestDocuments } from '../../src/ingest/ingest.js';
import { toVigieDocument } from '../../src/ingest/normalize-document.js';
import { retryQuarantine } from '../../src/ingest/retry.js';
import { createEventResolver } from '../../src/resolve/dedup/index.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore, type StoreResolver } from '../../src/store/index.js';
import { ev } from '../store/fixtures.js';
import { countingExtractor, tempDir } from './helpers.js';

/** A test double for the extractor: one event per document, its first sentence as evidence. */
function oneEventExtractor(): Extractor {
  return {
    extract(doc: InputDocument) {
      const first = doc.text.split('.')[0]!;
      return { document: toVigieDocument(doc), events: [ev(doc.text, { evidence: first, day: '2023-09-19', place: `Ville ${doc.id}`, country: 'MLI' })] };
    },
  };
}

const docs = (n: number): InputDocument[] =>
  Array.from({ length: n }, (_, i) => ({ id: `n${i}`, text: `Attaque numéro ${i} contre le poste ${i * 7}. Bilan inconnu.`, date: '2023-09-20', lang: 'fr' }));

/** The real store, until `after` documents have been offered to it; then every write fails (the process "dies"). */
function dyingStore(real: EventStore, after: number): EventStore {
  let offered = 0;
  const dead = (): never => {
    throw new Error('connection lost');
  };
  return {
    ...real,
    saveDocuments: async (batch) => {
      offered += batch.length;
      return offered > after ? dead() : real.saveDocuments(batch);
    },
    saveDocument: async () => dead(),
    addQuarantine: async () => dead(),
    close: () => real.close(),
  };
}

let store: EventStore;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

describe('batched ingestion', () => {
  it('a run that dies mid-way leaves whole documents only, and a re-run completes it without duplicates', async () => {
    const all = docs(150);
    await expect(ingestDocuments(all, { store: dyingStore(store, 100), extractor: oneEventExtractor() })).rejects.toThrow('connection lost');
    const partial = await store.counts();
    // the first chunk is in, whole; nothing of the chunk that was being stored
    expect(partial).toMatchObject({ documents: DEFAULT_INGEST_BATCH, mentions: DEFAULT_INGEST_BATCH, events: DEFAULT_INGEST_BATCH });
    for (const d of (await store.listDocuments({ limit: 500 })).items) expect(await store.mentionsForDocument(d.id)).toHaveLength(1);

    const rerun = await ingestDocuments(all, { store, extractor: oneEventExtractor() });
    expect(rerun).toMatchObject({ read: 150, stored: 150 - DEFAULT_INGEST_BATCH, duplicates: DEFAULT_INGEST_BATCH, quarantined: 0 });
    expect(await store.counts()).toEqual({ documents: 150, mentions: 150, events: 150, quarantined: 0 });
    const again = await ingestDocuments(all, { store, extractor: oneEventExtractor() });
    expect(again).toMatchObject({ stored: 0, duplicates: 150 });
  });

  it('stores the same thing whatever the batch size', async () => {
    const all = [...docs(70), { id: 'copy', text: docs(1)[0]!.text, date: '2023-09-20' }];
    const one = await openStore(':memory:');
    const a = await ingestDocuments(all, { store: one, extractor: oneEventExtractor(), options: { batchSize: 1 } });
    const b = await ingestDocuments(all, { store, extractor: oneEventExtractor(), options: { batchSize: 32 } });
    expect({ ...b, durationMs: 0 }).toEqual({ ...a, durationMs: 0 });
    expect(b).toMatchObject({ stored: 70, duplicates: 1 });
    const ids = async (s: EventStore): Promise<string[]> => (await s.listEvents({ limit: 500 })).items.map((e) => `${e.id}:${e.documentIds.join('+')}`);
    expect(await ids(store)).toEqual(await ids(one));
    await one.close();
  });

  it('a document the store refuses is quarantined with the reason; the rest of its chunk is stored', async () => {
    await store.close();
    const base = createEventResolver();
    const failing: StoreResolver = {
      ...base,
      claims: (m, id) => {
        if (m.documentId === 'n5') throw new Error('resolver exploded');
        return base.claims(m, id);
      },
    };
    store = await openStore(':memory:', { resolver: failing });
    const s = await ingestDocuments(docs(10), { store, extractor: oneEventExtractor(), origin: 'mem' });
    expect(s).toMatchObject({ read: 10, stored: 9, quarantined: 1 });
    expect(s.quarantine[0]!.reason).toBe('mem#n5: cannot store (resolver exploded)');
    expect(await store.counts()).toEqual({ documents: 9, mentions: 9, events: 9, quarantined: 1 });
    const [entry] = await store.listQuarantine();
    expect(JSON.parse(entry!.payload!)).toMatchObject({ id: 'n5', text: docs(10)[5]!.text, date: '2023-09-20' });
  });
});

describe('quarantine retry attempts', () => {
  it('each retry that still fails counts one more attempt and keeps the latest reason', async () => {
    const file = join(tempDir(), 'bad.jsonl');
    writeFileSync(file, '{"id": "x", "text": "Texte" ,,}\n');
    await ingest([file], { store, extractor: countingExtractor() });
    const [entry] = await store.listQuarantine();
    expect(entry!.attempts).toBe(1);
    await retryQuarantine([], { store, extractor: countingExtractor() });
    expect(await store.getQuarantine(entry!.id)).toMatchObject({ attempts: 2, reason: entry!.reason });
    await retryQuarantine([entry!.id], { store, extractor: countingExtractor() });
    expect((await store.getQuarantine(entry!.id))!.attempts).toBe(3);
    // the same bad line with another reason: still the same entry, one more attempt, the new reason
    writeFileSync(file, '{"id": "x", "text": "Texte", "date": "demain"}\n');
    const [out] = await retryQuarantine([], { store, extractor: countingExtractor() });
    expect(out).toMatchObject({ status: 'failing', reason: expect.stringContaining('field date') });
    const list = await store.listQuarantine();
    expect(list).toHaveLength(1);
    expect(list[0]!.attempts).toBe(1);
    // re-ingesting the unchanged file is a no-op (not an attempt)
    await ingest([file], { store, extractor: countingExtractor() });
    expect((await store.listQuarantine())[0]!.attempts).toBe(1);
  });
});
