// One poll of one feed: conditional GET, new items only, each item's page read with Readability
// (the INGEST team's HTML reader), handed to a sink (the store, or the queue). State is updated only
// after the sink accepted the items, so a failure never loses an item: it is taken again next time.
import { readBytes } from '../ingest/formats.js';
import type { RawDocument, ReadItem } from '../ingest/types.js';
import type { FeedConfig } from './config.js';
import { httpGet, type FetchLike } from './http.js';
import { backoffMs, MAX_SEEN, type FeedState } from './state.js';

export interface PollDeps {
  /** Receives the new items; throws to have them taken again at the next poll. */
  readonly sink: (items: ReadItem[]) => Promise<void>;
  readonly fetch?: FetchLike;
  readonly now?: () => number;
  readonly timeoutMs?: number;
}

export interface PollResult {
  readonly status: 'new' | 'not-modified' | 'error';
  /** Items handed to the sink. */
  readonly items: number;
  /** Items whose page could not be read (their feed text was used instead). */
  readonly pageFallbacks: number;
  readonly error: string | null;
}

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).toString();
  } catch {
    return undefined;
  }
}

async function withPage(item: ReadItem & { ok: true }, feed: FeedConfig, deps: PollDeps): Promise<{ item: ReadItem; fallback: boolean }> {
  const url = absolute(item.doc.url, feed.url);
  const base: RawDocument = {
    ...item.doc,
    ...(url ? { url } : {}),
    ...(feed.lang ? { lang: feed.lang } : {}),
    ...(feed.source ? { source: feed.source } : {}),
  };
  if (!feed.fetchArticles || !url) return { item: { ...item, doc: base }, fallback: false };
  try {
    const page = await httpGet(url, { ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}) });
    const [read] = readBytes({ bytes: page.bytes ?? new Uint8Array(), name: 'page.html', id: item.doc.id, origin: url, format: 'html', options: {} });
    if (!read?.ok) return { item: { ...item, doc: base }, fallback: true };
    const p = read.doc;
    const doc: RawDocument = {
      id: item.doc.id,
      text: p.text,
      date: p.date ?? item.doc.date ?? null,
      lang: feed.lang ?? p.lang ?? item.doc.lang ?? null,
      ...((item.doc.title ?? p.title) !== undefined ? { title: (item.doc.title ?? p.title)! } : {}),
      ...((feed.source ?? item.doc.source ?? p.source) !== undefined ? { source: (feed.source ?? item.doc.source ?? p.source)! } : {}),
      url,
    };
    return { item: { ok: true, origin: url, doc }, fallback: false };
  } catch {
    return { item: { ...item, doc: base }, fallback: true };
  }
}

export async function pollFeed(feed: FeedConfig, state: FeedState, deps: PollDeps): Promise<PollResult> {
  const now = deps.now ?? Date.now;
  try {
    const res = await httpGet(feed.url, {
      etag: state.etag,
      lastModified: state.lastModified,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    });
    if (res.status === 304 || !res.bytes) {
      state.failures = 0;
      state.lastError = null;
      state.nextPollAt = now() + feed.intervalMs;
      return { status: 'not-modified', items: 0, pageFallbacks: 0, error: null };
    }
    const read = readBytes({ bytes: res.bytes, name: 'feed.xml', id: feed.url, origin: feed.url, format: 'feed', options: {} });
    const ok = read.filter((i): i is ReadItem & { ok: true } => i.ok);
    if (!ok.length && read.length) throw new Error(read[0]!.ok ? 'no items' : read[0]!.reason);
    const seen = new Set(state.seen);
    const fresh = ok.filter((i) => !seen.has(i.doc.id));
    const items: ReadItem[] = [];
    let pageFallbacks = 0;
    for (const i of fresh) {
      const r = await withPage(i, feed, deps);
      if (r.fallback) pageFallbacks++;
      items.push(r.item);
    }
    if (items.length) await deps.sink(items);
    state.seen = [...state.seen, ...fresh.map((i) => i.doc.id)].slice(-MAX_SEEN);
    state.etag = res.etag;
    state.lastModified = res.lastModified;
    state.failures = 0;
    state.lastError = null;
    state.nextPollAt = now() + feed.intervalMs;
    return { status: 'new', items: items.length, pageFallbacks, error: null };
  } catch (e) {
    state.failures++;
    state.lastError = (e as Error).message;
    state.nextPollAt = now() + backoffMs(feed.intervalMs, state.failures);
    return { status: 'error', items: 0, pageFallbacks: 0, error: state.lastError };
  }
}
