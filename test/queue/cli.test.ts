// `vigie enqueue`, `vigie worker` and `vigie watch` from the command line (in process).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as cli } from '../helpers/run-cli.js';
import { openStore } from '../../src/store/index.js';
import { articlePage, rss, startFeedServer } from '../feeds/feed-server.js';
import { createTestDatabase, dropTestDatabases, PG_SKIP_REASON, PG_URL } from '../store/pg-test-db.js';

describe('vigie worker / enqueue / watch (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-queue-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains where the queue must be when there is none', async () => {
    const r = await cli(['worker', '--db', join(dir, 'x.db'), '--exit-when-empty'], { VIGIE_QUEUE: '' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no queue: pass --queue postgres/);
    const c = await cli(['worker', '--concurrency', 'lots', '--queue', 'postgres://x@127.0.0.1:1/x']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/--concurrency/);
  });

  it('vigie watch --once ingests a feed served on 127.0.0.1 into a SQLite file', async () => {
    const server = await startFeedServer();
    try {
      server.routes.set('/a.html', { body: articlePage('Attaque près de Gao', ['Une attaque contre un poste militaire a fait au moins douze morts mardi près de Gao, selon des sources locales.', "L'armée a annoncé l'ouverture d'une enquête et le renforcement du dispositif de sécurité dans la région du Nord."]), type: 'text/html' });
      server.routes.set('/rss.xml', { body: rss([{ guid: 'g1', title: 'Attaque près de Gao', link: '/a.html', description: 'court', pubDate: 'Tue, 02 May 2023 08:00:00 GMT' }]), type: 'application/rss+xml', etag: '"1"' });
      const feeds = join(dir, 'feeds.yaml');
      writeFileSync(feeds, `feeds:\n  - url: ${server.base}/rss.xml\n    interval: 1m\n`);
      const db = join(dir, 'watch.db');
      const r = await cli(['watch', feeds, '--db', db, '--once']);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toMatch(/1 new item/);
      const again = await cli(['watch', feeds, '--db', db, '--once']);
      expect(again.err).toMatch(/not modified/);
      expect(JSON.parse(readFileSync(`${feeds}.state.json`, 'utf8'))[`${server.base}/rss.xml`].seen).toEqual(['g1']);
      const store = await openStore(db);
      const d = await store.getDocument('g1');
      await store.close();
      expect(d?.text).toContain('douze morts');
      const bad = join(dir, 'bad.yaml');
      writeFileSync(bad, 'feeds:\n  - url: nowhere\n');
      const b = await cli(['watch', bad, '--db', db, '--once']);
      expect(b.code).toBe(2);
      expect(b.err).toContain(`${bad}:2: field feeds[0].url`);
    } finally {
      await server.close();
    }
  });

  if (!PG_URL) {
    it.skip(`vigie enqueue + vigie worker on PostgreSQL — ${PG_SKIP_REASON}`, () => undefined);
  } else {
    afterAll(dropTestDatabases);
    it('vigie enqueue then vigie worker --exit-when-empty stores every document once', async () => {
      const url = await createTestDatabase();
      const input = join(dir, 'docs.jsonl');
      writeFileSync(input, [
        JSON.stringify({ id: 'n1', text: 'Le 2 mai 2023, une attaque a fait 3 morts à Gao.', date: '2023-05-03', lang: 'fr' }),
        JSON.stringify({ id: 'n2', text: 'On 4 May 2023 protesters marched in Bamako against rising prices.', date: '2023-05-04', lang: 'en' }),
        '{"id": "n3", "text": ',
      ].join('\n'));
      const e = await cli(['enqueue', input, '--queue', url, '--json']);
      expect(e.code, e.err).toBe(0);
      expect(JSON.parse(e.out)).toEqual({ items: 3, unreadable: 1 });
      const w = await cli(['worker', '--db', url, '--exit-when-empty', '--json']);
      expect(w.code, w.err).toBe(0);
      const summary = JSON.parse(w.out) as { processed: number; ingest: { stored: number; quarantined: number } };
      expect(summary.processed).toBe(3);
      expect(summary.ingest).toMatchObject({ stored: 2, quarantined: 1 });
      await cli(['enqueue', input, '--queue', url, '--json']);
      const w2 = await cli(['worker', '--db', url, '--exit-when-empty', '--json']);
      expect(JSON.parse(w2.out).processed).toBe(0); // same jobs: not queued again
      const store = await openStore(url);
      expect(await store.counts()).toMatchObject({ documents: 2, quarantined: 1 });
      await store.close();
    });
  }
});
