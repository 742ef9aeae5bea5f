// The queue end to end on a real PostgreSQL (VIGIE_TEST_PG): enqueue is idempotent, workers store every
// document once, bad payloads are quarantined, and a worker killed with SIGKILL mid-run loses and
// duplicates nothing: the store ends exactly as after a single-process ingest of the same corpus.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../src/ingest/ingest.js';
import { openQueue } from '../../src/queue/boss.js';
import { DOCUMENT_QUEUE, queueSettings } from '../../src/queue/config.js';
import { enqueueDocuments, enqueueItems } from '../../src/queue/enqueue.js';
import { runWorker } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/index.js';
import { createTestDatabase, dropTestDatabases, PG_SKIP_REASON, PG_URL } from '../store/pg-test-db.js';
import { snapshot } from './snapshot.js';
import { markerExtractor, syntheticCorpus } from './synthetic.js';

const FAST = { VIGIE_JOB_EXPIRE_SECONDS: '3', VIGIE_QUEUE_MAINTENANCE_SECONDS: '1', VIGIE_JOB_RETRY_DELAY: '1', VIGIE_JOB_RETRY_LIMIT: '5' };
const settings = queueSettings({ ...FAST });

if (!PG_URL) {
  describe.skip(`queue and workers — ${PG_SKIP_REASON}`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  afterAll(dropTestDatabases);

  describe('queue and workers (PostgreSQL)', () => {
    it('queues each document once, and a worker stores them all and quarantines bad payloads', async () => {
      const url = await createTestDatabase();
      const docs = syntheticCorpus(30, 3);
      expect((await enqueueDocuments(url, docs, { settings })).items).toBe(30);
      await enqueueDocuments(url, docs.slice(0, 10), { settings }); // the same documents again: no new jobs
      await enqueueItems(url, [{ ok: false, origin: 'broken.jsonl:4', reason: 'broken.jsonl:4: field text: missing', payload: '{"id":"x"}' }], { settings });
      const boss = await openQueue(url, { settings, supervise: false });
      expect(await boss.getQueueSize(DOCUMENT_QUEUE)).toBe(31);
      await boss.send(DOCUMENT_QUEUE, { nonsense: true });
      await boss.stop({ graceful: false, wait: true });

      const store = await openStore(url);
      const s = await runWorker({ queueUrl: url, store, extractor: markerExtractor(), exitWhenEmpty: true, pollMs: 100, settings });
      expect(s.processed).toBe(31);
      expect(s.failed).toBe(1);
      const counts = await store.counts();
      expect(counts).toMatchObject({ documents: 30, mentions: 30, quarantined: 2 });
      expect(counts.events).toBeLessThan(30);
      const reasons = (await store.listQuarantine()).map((q) => q.reason).sort();
      expect(reasons).toEqual(['broken.jsonl:4: field text: missing', 'job payload: field item: missing or malformed']);
      await store.close();
    });

    it('3 workers on 2,000 documents, one killed with SIGKILL mid-run: same store as a single-process run', async () => {
      const docs = syntheticCorpus(2000, 11);
      // Reference: one process, no queue, and the other engine (SQLite): the result must not depend on either.
      const ref = await openStore(':memory:');
      const refSummary = await ingestDocuments(docs, { store: ref, extractor: markerExtractor() });
      expect(refSummary.stored).toBe(2000);
      const expected = await snapshot(ref);
      await ref.close();
      expect(expected.events.length).toBeGreaterThan(400);
      expect(expected.events.length).toBeLessThan(1500);

      const url = await createTestDatabase();
      await (await openStore(url)).close(); // migrate once before the workers start
      await enqueueDocuments(url, docs, { settings });
      const env = { ...process.env, ...FAST };
      const workers: ChildProcess[] = [0, 1, 2].map(() =>
        spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./run-worker.ts', import.meta.url)), url, url], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
      );
      const exits = workers.map((w) => new Promise<number | null>((resolve) => w.on('exit', (code) => resolve(code))));
      const stderr: string[] = [];
      for (const w of workers) w.stderr?.on('data', (b: Buffer) => stderr.push(b.toString()));

      // Kill one worker once a tenth of the documents are stored.
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      let atKill = 0;
      for (let i = 0; i < 1200; i++) {
        const r = await probe.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents');
        atKill = r.rows[0]!.n;
        if (atKill >= 200) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      workers[0]!.kill('SIGKILL');
      expect(atKill).toBeGreaterThanOrEqual(200);
      expect(atKill).toBeLessThan(2000);

      const codes = await Promise.all(exits);
      expect(codes[0]).toBeNull(); // killed
      expect(codes.slice(1), stderr.join('')).toEqual([0, 0]);
      const retried = await probe.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${settings.schema}.job WHERE retry_count > 0`);
      await probe.end();
      expect(retried.rows[0]!.n).toBeGreaterThan(0); // the killed worker's jobs were taken over

      const store = await openStore(url);
      const got = await snapshot(store);
      await store.close();
      expect(got.documents).toEqual(expected.documents);
      expect(got.events.length).toBe(expected.events.length);
      expect(got.events).toEqual(expected.events);
    }, 240_000);
  });
}
