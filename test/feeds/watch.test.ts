// vigie watch against a local HTTP server: new items are read from their pages (Readability), a second
// poll is a conditional GET answered 304, only new items are fetched later, errors back off, and the
// feeds file is checked with errors naming file, line and field.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFeedsConfig, type FeedConfig } from '../../src/feeds/config.js';
import { pollFeed } from '../../src/feeds/poll-feed.js';
import { backoffMs, emptyFeedState, loadState } from '../../src/feeds/state.js';
import { watchFeeds } from '../../src/feeds/watch.js';
import { createSession } from '../../src/ingest/session.js';
import type { ReadItem } from '../../src/ingest/types.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/index.js';
import { markerExtractor } from '../queue/synthetic.js';
import { articlePage, rss, startFeedServer, type FeedServer } from './feed-server.js';

const PARAS = [
  'Une attaque contre un poste militaire a fait au moins douze morts mardi près de Gao, selon des sources locales.',
  "Les assaillants, arrivés à moto, ont incendié plusieurs véhicules avant de se replier vers la frontière nigérienne.",
  "L'armée a annoncé l'ouverture d'une enquête et le renforcement du dispositif de sécurité dans la région.",
];

describe('vigie watch', () => {
  let server: FeedServer;
  let store: EventStore;
  let dir: string;
  let sink: (items: ReadItem[]) => Promise<void>;
  let feed: FeedConfig;

  beforeEach(async () => {
    server = await startFeedServer();
    store = await openStore(':memory:');
    dir = mkdtempSync(join(tmpdir(), 'vigie-watch-'));
    const session = createSession({ store, extractor: markerExtractor() });
    await session.open();
    sink = async (items) => {
      for (const i of items) await session.process(i);
    };
    feed = { url: `${server.base}/rss.xml`, intervalMs: 60_000, lang: null, source: null, fetchArticles: true };
    server.routes.set('/a1.html', { body: articlePage('Attaque près de Gao', PARAS), type: 'text/html; charset=utf-8' });
    server.routes.set('/a2.html', { body: articlePage('Manifestation à Bamako', ['Des milliers de personnes ont manifesté samedi à Bamako contre la vie chère, selon les organisateurs.', 'La police a dispersé le cortège en fin de journée sans faire de blessés, a indiqué un témoin.', 'Les syndicats appellent à une nouvelle journée de mobilisation la semaine prochaine.']), type: 'text/html' });
    server.routes.set('/rss.xml', {
      body: rss([{ guid: 'item-1', title: 'Attaque près de Gao', link: `${server.base}/a1.html`, description: 'Résumé court.', pubDate: 'Tue, 02 May 2023 08:00:00 GMT' }]),
      type: 'application/rss+xml',
      etag: '"v1"',
    });
  });

  afterEach(async () => {
    await store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests new items with the main text of their page, then polls with a conditional GET', async () => {
    const statePath = join(dir, 'feeds.state.json');
    await watchFeeds([feed], { sink, statePath, once: true, now: () => 1_000_000 });
    const docs = (await store.listDocuments({})).items;
    expect(docs.map((d) => d.id)).toEqual(['item-1']);
    const d = docs[0]!;
    expect(d.text).toContain(PARAS[0]);
    expect(d.text).toContain(PARAS[2]);
    expect(d.text).not.toContain('NAVIGATION-BOILERPLATE');
    expect(d.text).not.toContain('FOOTER-BOILERPLATE');
    expect(d).toMatchObject({ title: 'Attaque près de Gao', url: `${server.base}/a1.html`, source: 'Le Journal du Sahel', date: '2023-05-02', lang: 'fr' });
    expect(loadState(statePath)[feed.url]).toMatchObject({ etag: '"v1"', seen: ['item-1'], failures: 0, nextPollAt: 1_060_000 });

    // Second run (a new process would read the same state file): 304, nothing fetched again.
    await watchFeeds([feed], { sink, statePath, once: true });
    expect(server.conditionalHits.get('/rss.xml')).toBe(1);
    expect(server.hits.get('/a1.html')).toBe(1);
    expect((await store.counts()).documents).toBe(1);
  });

  it('takes only the new items when the feed changes', async () => {
    const state = emptyFeedState();
    await pollFeed(feed, state, { sink });
    server.routes.set('/rss.xml', {
      body: rss([
        { guid: 'item-2', title: 'Manifestation à Bamako', link: '/a2.html', description: 'Résumé.', pubDate: 'Sat, 06 May 2023 18:00:00 GMT' },
        { guid: 'item-1', title: 'Attaque près de Gao', link: `${server.base}/a1.html`, description: 'Résumé court.', pubDate: 'Tue, 02 May 2023 08:00:00 GMT' },
      ]),
      type: 'application/rss+xml',
      etag: '"v2"',
    });
    const r = await pollFeed(feed, state, { sink });
    expect(r).toMatchObject({ status: 'new', items: 1 });
    expect(server.hits.get('/a1.html')).toBe(1);
    expect(server.hits.get('/a2.html')).toBe(1); // relative link resolved against the feed URL
    expect((await store.listDocuments({})).items.map((d) => d.id)).toEqual(['item-1', 'item-2']);
    expect(state.etag).toBe('"v2"');
  });

  it('backs off after errors and recovers', async () => {
    let t = 0;
    const now = (): number => t;
    server.routes.set('/rss.xml', { body: '', type: 'text/plain', status: 503 });
    const state = emptyFeedState();
    const r1 = await pollFeed(feed, state, { sink, now });
    expect(r1.status).toBe('error');
    expect(r1.error).toMatch(/HTTP 503/);
    expect(state.nextPollAt).toBe(backoffMs(60_000, 1));
    expect(state.nextPollAt).toBe(120_000);
    await pollFeed(feed, state, { sink, now });
    expect(state.failures).toBe(2);
    expect(state.nextPollAt).toBe(240_000);
    server.routes.set('/rss.xml', { body: '<rss><channel><title>x</title>', type: 'application/xml' });
    expect((await pollFeed(feed, state, { sink, now })).error).toMatch(/not well-formed|XML/);
    expect(state.failures).toBe(3);
    server.routes.set('/rss.xml', { body: rss([{ guid: 'item-1', title: 'Attaque près de Gao', link: `${server.base}/a1.html`, description: 'x', pubDate: 'Tue, 02 May 2023 08:00:00 GMT' }]), type: 'application/rss+xml' });
    t = 500_000;
    const ok = await pollFeed(feed, state, { sink, now });
    expect(ok.status).toBe('new');
    expect(state).toMatchObject({ failures: 0, lastError: null, nextPollAt: 560_000 });
    expect(backoffMs(60_000, 40)).toBe(6 * 3_600_000);
  });

  it('keeps the feed text when a page cannot be read, and retries items the sink refused', async () => {
    server.routes.delete('/a1.html');
    const state = emptyFeedState();
    const r = await pollFeed(feed, state, { sink: async () => { throw new Error('database down'); } });
    expect(r.status).toBe('error');
    expect(state.seen).toEqual([]);            // not marked as taken: it will be taken again
    expect(state.etag).toBeNull();             // and the feed is fetched in full again
    const r2 = await pollFeed(feed, state, { sink });
    expect(r2).toMatchObject({ status: 'new', items: 1, pageFallbacks: 1 });
    const d = (await store.listDocuments({})).items[0]!;
    expect(d.text).toContain('Résumé court.');
  });

  it('rejects a bad feeds file naming the file, the line and the field', () => {
    const yaml = ['defaults:', '  interval: 5m', 'feeds:', '  - url: https://example.org/rss.xml', '  - url: https://example.org/b.xml', '    interval: soon'].join('\n');
    expect(() => parseFeedsConfig(yaml, 'feeds.yaml')).toThrow(/^feeds\.yaml:6: field feeds\[1\]\.interval: "soon" is not a duration/);
    expect(() => parseFeedsConfig('feeds:\n  - url: ftp://x\n', 'f.yaml')).toThrow(/f\.yaml:2: field feeds\[0\]\.url: expected an http/);
    expect(() => parseFeedsConfig('feeds:\n  - url: https://x.org/a\n    intervall: 5m\n', 'f.yaml')).toThrow(/f\.yaml:2: .*intervall/);
    expect(() => parseFeedsConfig('feeds: [\n', 'f.yaml')).toThrow(/^f\.yaml:\d+:/);
    const ok = parseFeedsConfig(yaml.replace('soon', '90s'), 'feeds.yaml');
    expect(ok.map((f) => f.intervalMs)).toEqual([300_000, 90_000]);
    expect(ok[0]!.fetchArticles).toBe(true);
  });
});
