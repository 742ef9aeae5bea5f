// Ingestion into SQLite (INGEST team's ingestDocuments, STORE team's openStore) next to extraction
// alone on the same documents, the no-op re-ingest, and query latency next to the cheapest query.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputDocument } from '../src/core/contract.js';
import { createExtractor } from '../src/extract/index.js';
import { ingestDocuments } from '../src/ingest/ingest.js';
import { openStore, type EventStore } from '../src/store/index.js';
import { demoFiles, goldTexts, readDemo } from './corpora.js';
import { type BenchRow, ratioOf } from './types.js';

const INGEST_DOCS = 1000;
const QUERY_RUNS = 50;

async function medianMs(fn: () => Promise<unknown>, runs = QUERY_RUNS): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function queries(store: EventStore): Promise<BenchRow[]> {
  const floor = await medianMs(() => store.counts());
  const first = (await store.listEvents({ limit: 1 })).items[0];
  const cases: [string, () => Promise<unknown>][] = [
    ['listEvents, first page of 50', () => store.listEvents({ limit: 50 })],
    ['listEvents, country + since/until', () => store.listEvents({ country: 'MLI', since: '2015-01-01', until: '2018-12-31', limit: 50 })],
    ['listEvents, full-text search', () => store.listEvents({ text: 'Kidal', limit: 50 })],
    ['listEvents, bbox', () => store.listEvents({ bbox: [-12, 10, 5, 25], limit: 50 })],
    ['aggregate by week and type', () => store.aggregate({}, { interval: 'week', group: 'type' })],
    ...(first ? ([['getEvent (with mentions and claims)', () => store.getEvent(first.id)]] as [string, () => Promise<unknown>][]) : []),
  ];
  const rows: BenchRow[] = [];
  for (const [name, fn] of cases) {
    const ms = await medianMs(fn);
    rows.push({ group: 'query', name: `${name} (median of ${QUERY_RUNS})`, value: ms, unit: 'ms', baseline: { name: 'counts()', value: floor }, ratio: ratioOf(ms, floor) });
  }
  return rows;
}

export default async function bench(): Promise<BenchRow[]> {
  const gold = goldTexts();
  const docs: InputDocument[] = gold ? gold.slice(0, INGEST_DOCS) : readDemo(demoFiles());
  if (!docs.length) throw new Error('no documents to ingest: neither ../shared/gold/dev nor examples/ found');
  const label = gold ? `${docs.length} dev gold texts` : `${docs.length} demo documents`;
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  const extractor = createExtractor();
  try {
    // floor: the extraction alone, on the same documents (warm: knowledge already loaded)
    extractor.extract(docs[0]!);
    const t0 = performance.now();
    for (const d of docs) extractor.extract(d);
    const extractMs = performance.now() - t0;
    const store = await openStore(join(dir, 'bench.db'));
    try {
      const t1 = performance.now();
      const summary = await ingestDocuments(docs, { store, extractor });
      const ingestMs = performance.now() - t1;
      const t2 = performance.now();
      await ingestDocuments(docs, { store, extractor });
      const reingestMs = performance.now() - t2;
      const counts = await store.counts();
      const rate = (ms: number): number => docs.length / (ms / 1000);
      const rows: BenchRow[] = [
        { group: 'ingest', name: `${label} into SQLite (${counts.events} events, ${summary.quarantined} quarantined)`, value: rate(ingestMs), unit: 'docs/s', baseline: { name: 'extract only', value: rate(extractMs) }, ratio: ratioOf(rate(ingestMs), rate(extractMs)) },
        { group: 'ingest', name: `re-ingest of the same ${docs.length} (no-op)`, value: rate(reingestMs), unit: 'docs/s', baseline: { name: 'first ingest', value: rate(ingestMs) }, ratio: ratioOf(rate(reingestMs), rate(ingestMs)) },
      ];
      rows.push(...(await queries(store)));
      return rows;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
