// Generates a large event store for the API benchmark from the demo corpus: the real extractor runs on
// examples/, then every (document, events) pair is replicated with shifted dates and jittered
// coordinates until the store holds the requested number of events. Generated copies are kept
// distinct (no cross-document merging), so the count is exact.
//   npm run gen-events -- [--events 100000] [--db FILE] [--fresh]
// Without --fresh an existing store is topped up to the requested count (generation can be resumed).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Event } from '../src/core/contract.js';
import { createExtractor } from '../src/extract/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { createEventResolver } from '../src/resolve/dedup/index.js';
import type { EventStore, StoredDocument } from '../src/store/event-store.js';
import { openStore } from '../src/store/index.js';
import { prng } from '../src/util/prng.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_BENCH_DB = join(tmpdir(), 'api-bench-store', 'events.db');
const EVENTS_PER_DOC = 10;
const DAY = 86_400_000;

interface Template {
  readonly doc: StoredDocument;
  readonly events: readonly Event[];
}


const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function vary(e: Event, days: number, r: () => number): Event {
  const place = e.place && e.place.lat != null && e.place.lon != null
    ? { ...e.place, lat: Math.max(-89, Math.min(89, e.place.lat + (r() - 0.5))), lon: Math.max(-179, Math.min(179, e.place.lon + (r() - 0.5))) }
    : e.place;
  const date = e.date ? { ...e.date, start: shift(e.date.start, days), end: e.date.end ? shift(e.date.end, days) : null } : e.date;
  return { ...e, date, place };
}

/** The demo corpus' documents and their extracted events (the fixtures when the extractor finds none). */
export async function loadTemplates(): Promise<{ templates: Template[]; from: string }> {
  const mem = await openStore(':memory:');
  try {
    await ingest([join(REPO, 'examples')], { store: mem, extractor: createExtractor() });
    let from = 'examples/ (demo corpus, real extractor)';
    const docs = await mem.listDocuments({ limit: 10_000 });
    let templates: Template[] = [];
    for (const doc of docs.items) {
      const mentions = await mem.mentionsForDocument(doc.id);
      if (mentions.length) templates.push({ doc, events: mentions.map((m) => m.event) });
    }
    if (!templates.length) {
      const { fillFixtures } = await import('../test/e2e/fixtures.js');
      const fx = await openStore(':memory:');
      await fillFixtures(fx);
      for (const doc of (await fx.listDocuments({ limit: 100 })).items) {
        templates.push({ doc, events: (await fx.mentionsForDocument(doc.id)).map((m) => m.event) });
      }
      await fx.close();
      from = 'test/e2e/fixtures.ts (the extractor found no events in examples/)';
    }
    return { templates, from };
  } finally {
    await mem.close();
  }
}

export async function generateEventStore(
  location: string,
  opts: { events: number; fresh?: boolean; onProgress?: (done: number, total: number) => void },
): Promise<{ events: number; from: string }> {
  const { templates, from } = await loadTemplates();
  if (location !== ':memory:') {
    if (opts.fresh && existsSync(location)) for (const ext of ['', '-wal', '-shm']) rmSync(location + ext, { force: true });
    mkdirSync(dirname(location), { recursive: true });
  }
  const base = createEventResolver();
  // Generated copies are distinct events by construction: no blocking keys, so nothing merges.
  const store: EventStore = await openStore(location, { resolver: { ...base, blockingKeys: () => [] } });
  const start = await store.counts();
  let made = start.events;
  let n = start.documents;
  try {
    while (made < opts.events) {
      const r = prng(42 + n); // per document: a resumed run makes the same documents as a fresh one
      const t = templates[n % templates.length]!;
      const days = -Math.floor(r() * 3 * 365);
      const events: Event[] = [];
      for (let k = 0; k < EVENTS_PER_DOC && made + events.length < opts.events; k++) {
        events.push(vary(t.events[k % t.events.length]!, days - k, r));
      }
      const id = `gen-${n}`;
      await store.saveDocument(
        {
          id, text: t.doc.text, date: t.doc.date ? shift(t.doc.date.length === 10 ? t.doc.date : `${t.doc.date.slice(0, 7)}-01`, days) : null,
          datePrecision: t.doc.datePrecision, lang: t.doc.lang, title: t.doc.title, source: `${t.doc.source ?? 'outlet'} ${n % 7}`,
          url: null, origin: `gen-events:${t.doc.id}`, contentHash: `gen-${n}`, fingerprint: null, nearDuplicateOf: null,
        },
        events,
      );
      made += events.length;
      n++;
      if (n % 200 === 0) opts.onProgress?.(made, opts.events);
    }
    opts.onProgress?.(made, opts.events);
    return { events: (await store.counts()).events, from };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const events = Number(arg('--events') ?? 100_000);
  const db = arg('--db') ?? DEFAULT_BENCH_DB;
  if (!Number.isInteger(events) || events < 1) throw new Error(`--events: expected a positive whole number, got ${arg('--events')}`);
  const t0 = performance.now();
  const tty = process.stderr.isTTY;
  const res = await generateEventStore(db, {
    events,
    fresh: args.includes('--fresh'),
    onProgress: (d, t) => {
      if (tty) process.stderr.write(`\rgen-events ${d}/${t}`);
    },
  });
  if (tty) process.stderr.write('\n');
  console.log(`${db}: ${res.events} events from ${res.from} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(`gen-events: ${(e as Error).message}`);
    process.exit(1);
  });
}
