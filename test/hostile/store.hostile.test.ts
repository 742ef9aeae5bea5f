// SQL metacharacters in every query parameter (store and HTTP API), and path traversal in document
// ids: a clear error or a correct (empty) result, and nothing stored is lost or changed.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { createExtractor } from '../../src/extract/index.js';
import { ingestDocuments } from '../../src/ingest/ingest.js';
import { CursorError, InvalidQueryError, openStore, type EventStore } from '../../src/store/index.js';
import type { EventQuery } from '../../src/store/event-store.js';
import { tempDir } from './helpers.js';

const NASTY = [
  "'; DROP TABLE events; --",
  "' OR '1'='1",
  '" OR ""="',
  '%',
  '_',
  '\\',
  "Kidal') UNION SELECT * FROM documents --",
  '*',
  'NEAR(a b)',
  '"unterminated',
  '\u0000',
  'a'.repeat(10_000),
];
const STRING_PARAMS = ['type', 'context', 'country', 'actor', 'place', 'since', 'until', 'modality', 'text', 'documentId', 'cursor', 'sort'] as const;

let tmp: ReturnType<typeof tempDir>;
let store: EventStore;
let before: Awaited<ReturnType<EventStore['counts']>>;

beforeAll(async () => {
  tmp = tempDir();
  store = await openStore(join(tmp.dir, 'vigie.db'));
  await ingestDocuments(
    [
      { id: 'd1', text: 'Attaque à Kidal le 3 mars 2021 : 2 morts, selon la MINUSMA.', date: '2021-03-04', lang: 'fr' },
      { id: 'd2', text: 'Three soldiers were killed in an attack near Gao on Tuesday, the army said.', date: '2021-03-10', lang: 'en' },
    ],
    { store, extractor: createExtractor() },
  );
  before = await store.counts();
  expect(before.documents).toBe(2);
});

afterAll(async () => {
  try {
    await store.close();
  } finally {
    tmp.cleanup();
  }
});

describe('SQL metacharacters', () => {
  it('in every EventStore.listEvents / aggregate parameter: a correct result or InvalidQueryError', async () => {
    for (const param of STRING_PARAMS) {
      for (const value of NASTY) {
        const q = { [param]: value } as EventQuery;
        for (const call of [() => store.listEvents(q), () => store.aggregate(q, { interval: 'day', group: 'type' })]) {
          try {
            const r = await call();
            expect(r).toBeDefined();
          } catch (e) {
            if (!(e instanceof InvalidQueryError) && !(e instanceof CursorError)) throw new Error(`${param}=${JSON.stringify(value.slice(0, 40))}: ${(e as Error).message}`);
          }
        }
      }
    }
    for (const value of NASTY) {
      expect(await store.getDocument(value)).toBeNull();
      expect(await store.getEvent(value)).toBeNull();
      expect(await store.mentionsForDocument(value)).toEqual([]);
      expect(await store.getQuarantine(value)).toBeNull();
    }
    expect(await store.counts()).toEqual(before);
  });

  it('in every HTTP API query parameter: 200 or 400 with a JSON error, never 500', async () => {
    const app = createApp({ store, webRoot: null });
    const params = ['type', 'context', 'country', 'actor', 'place', 'since', 'until', 'modality', 'q', 'text', 'min_sources', 'minSources', 'bbox', 'sort', 'limit', 'cursor', 'document'];
    for (const path of ['/api/events', '/api/aggregates', '/api/export']) {
      for (const p of params) {
        for (const v of NASTY.slice(0, 9)) {
          const res = await app.request(`${path}?${p}=${encodeURIComponent(v)}`);
          expect([200, 400, 404], `${path}?${p}=${v} → ${res.status}`).toContain(res.status);
          if (res.status === 400) expect(JSON.stringify(await res.json())).toMatch(/error/);
        }
      }
    }
    for (const v of NASTY.slice(0, 9)) {
      const res = await app.request(`/api/events/${encodeURIComponent(v)}`);
      expect([400, 404]).toContain(res.status);
    }
    expect(await store.counts()).toEqual(before);
  });
});

describe('path traversal in document ids', () => {
  it('an id like ../../etc/passwd is stored as a plain key, read back as such, and never becomes a file', async () => {
    const ids = ['../../etc/passwd', '..\\..\\windows\\win.ini', '/abs/olute', 'a/../../b', '%2e%2e%2fx'];
    const r = await ingestDocuments(
      ids.map((id, i) => ({ id, text: `Manifestation numéro ${i} à Bamako contre la vie chère.`, date: '2021-03-05', lang: 'fr' })),
      { store, extractor: createExtractor() },
    );
    expect(r.stored).toBe(ids.length);
    for (const id of ids) expect((await store.getDocument(id))?.id).toBe(id);
    expect(existsSync(resolve(tmp.dir, '..', 'b'))).toBe(false);
    const app = createApp({ store, webRoot: null });
    const res = await app.request(`/api/documents/${encodeURIComponent('../../etc/passwd')}`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).not.toMatch(/root:x:0:0/);
    expect((await store.counts()).documents).toBe(before.documents + ids.length);
  });
});
