// Where ingestion time goes: the real path (ingestDocuments → createExtractor().extract → store.saveDocuments)
// on ~1,000 dev gold texts (mali-incidents-fr + ucdp-ged-ukraine), with each part timed through thin wrappers:
// extraction (and, inside it, the knowledge lookups), the store's batch saves (event resolution, FTS, figures),
// the store's other calls (duplicate and near-duplicate lookups), and the session's own work (the rest).
// Also runnable alone: `npx tsx bench/ingest-split.bench.ts` prints the split.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputDocument } from '../src/core/contract.js';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR } from '../src/eval/gold-files.js';
import { SETS } from '../src/eval/sets.js';
import { createExtractor, type Extractor } from '../src/extract/index.js';
import { ingestDocuments } from '../src/ingest/ingest.js';
import { loadKnowledge, type Knowledge } from '../src/knowledge/index.js';
import type { EventStore } from '../src/store/event-store.js';
import { openStore } from '../src/store/index.js';
import { demoFiles, readDemo } from './corpora.js';
import { type BenchRow, ratioOf } from './types.js';

const DOCS = 1000;
const SPLIT_SETS = ['mali-incidents-fr', 'ucdp-ged-ukraine'];

/** The dev gold texts of the two sets the split is measured on (null when ../shared is absent). */
function splitTexts(): InputDocument[] | null {
  const sets = SETS.filter((s) => s.kind === 'events' && SPLIT_SETS.includes(s.name));
  try {
    const docs = sets.flatMap((s) => (s.kind === 'events' ? s.load({ goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR }).docs.map((d) => d.input) : []));
    return docs.length ? docs : null;
  } catch {
    return null;
  }
}

// Times are CPU time of this process (process.cpuUsage), not wall time: on a loaded machine wall time mostly
// measures the other processes; CPU time splits what this one did.
interface Timer {
  ms: number;
  calls: number;
}

const timer = (): Timer => ({ ms: 0, calls: 0 });

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timed<A extends unknown[], R>(t: Timer, fn: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    const t0 = cpuMs();
    try {
      return fn(...a);
    } finally {
      t.ms += cpuMs() - t0;
      t.calls++;
    }
  };
}

function timedAsync<A extends unknown[], R>(t: Timer, fn: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  return async (...a: A) => {
    const t0 = cpuMs();
    try {
      return await fn(...a);
    } finally {
      t.ms += cpuMs() - t0;
      t.calls++;
    }
  };
}

export interface IngestSplit {
  readonly docs: number;
  readonly events: number;
  readonly totalMs: number;
  readonly extractMs: number;
  readonly knowledgeMs: number;
  readonly saveMs: number;
  readonly lookupMs: number;
}

/** One cold-store ingest of `docs` with every part timed. */
export async function measureSplit(docs: readonly InputDocument[], knowledge: Knowledge, location: string): Promise<IngestSplit> {
  const k = timer();
  const timedKnowledge: Knowledge = {
    version: knowledge.version,
    findPlaces: timed(k, (t) => knowledge.findPlaces(t)),
    resolvePlace: timed(k, (m, c) => knowledge.resolvePlace(m, c)),
    lookupPlace: timed(k, (n, c) => knowledge.lookupPlace(n, c)),
    findActors: timed(k, (t, l, d) => knowledge.findActors(t, l, d)),
    getActor: timed(k, (id) => knowledge.getActor(id)),
    countryCode: timed(k, (n) => knowledge.countryCode(n)),
  };
  const inner = createExtractor({ knowledge: timedKnowledge });
  inner.extract(docs[0]!); // warm-up (not stored: a different store below)
  const x = timer();
  const extractor: Extractor = { ...inner, extract: timed(x, (d, o) => inner.extract(d, o)) };
  k.ms = 0;
  const real = await openStore(location);
  const save = timer();
  const lookup = timer();
  const store: EventStore = {
    ...real,
    saveDocuments: timedAsync(save, (b) => real.saveDocuments(b)),
    saveDocument: timedAsync(save, (d, e) => real.saveDocument(d, e)),
    findByContentHash: timedAsync(lookup, (h) => real.findByContentHash(h)),
    getDocument: timedAsync(lookup, (id) => real.getDocument(id)),
    findByFingerprintBands: timedAsync(lookup, (b) => real.findByFingerprintBands(b)),
  };
  try {
    const t0 = cpuMs();
    const summary = await ingestDocuments(docs, { store, extractor });
    const totalMs = cpuMs() - t0;
    return { docs: docs.length, events: summary.events, totalMs, extractMs: x.ms, knowledgeMs: k.ms, saveMs: save.ms, lookupMs: lookup.ms };
  } finally {
    await real.close();
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const gold = splitTexts();
  const docs = gold ? gold.slice(0, DOCS) : readDemo(demoFiles());
  if (!docs.length) throw new Error('no documents: neither ../shared/gold/dev nor examples/ found');
  const label = gold ? `${docs.length} dev gold texts (${SPLIT_SETS.join(' + ')})` : `${docs.length} demo documents`;
  const dir = mkdtempSync(join(tmpdir(), 'vigie-split-'));
  try {
    const s = await measureSplit(docs, loadKnowledge(), join(dir, 'split.db'));
    const other = s.totalMs - s.extractMs - s.saveMs - s.lookupMs;
    const perDoc = (ms: number): number => ms / s.docs;
    const row = (name: string, ms: number, base: { name: string; ms: number }): BenchRow => ({
      group: 'ingest-split', name: `${name}, ${label}`, value: perDoc(ms), unit: 'CPU ms/doc',
      baseline: { name: base.name, value: perDoc(base.ms) }, ratio: ratioOf(ms, base.ms),
    });
    const extraction = { name: 'extraction', ms: s.extractMs };
    return [
      row(`whole ingest (${s.events} events)`, s.totalMs, extraction),
      row('store saveDocuments (resolution, FTS, figures)', s.saveMs, extraction),
      row('store duplicate / near-duplicate lookups', s.lookupMs, extraction),
      row('session (normalise, language, MinHash)', other, extraction),
      row('knowledge lookups inside extraction', s.knowledgeMs, extraction),
      { group: 'ingest-split', name: `extraction rate, ${label}`, value: s.docs / (s.extractMs / 1000), unit: 'docs/CPU-s' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) {
    console.log(`${r.name}: ${r.value.toFixed(3)} ${r.unit}${r.baseline ? ` (${r.baseline.name} ${r.baseline.value.toFixed(3)}; ratio ${r.ratio})` : ''}`);
  }
}
