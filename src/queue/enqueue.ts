// Puts documents on the queue: `vigie enqueue PATH…` and `vigie ingest --queue` call these.
// Files are read here with the INGEST team's readers (so one job = one document, whatever the file
// format); unreadable items are queued too, and the worker quarantines them like a local ingest would.
import { readFileSync } from 'node:fs';
import type { InputDocument } from '../core/contract.js';
import { readBytes } from '../ingest/formats.js';
import type { IngestOptions } from '../ingest/ingest.js';
import { memoryItem } from '../ingest/readers/record.js';
import { expandSources } from '../ingest/sources.js';
import type { ReadItem } from '../ingest/types.js';
import { openQueue, type OpenQueueOptions } from './boss.js';
import { DOCUMENT_QUEUE } from './config.js';
import { jobId, type DocumentJob } from './job.js';

export interface EnqueueOptions extends OpenQueueOptions {
  /** Reading options (format, field map, default date, language…), as for `vigie ingest`. */
  readonly ingest?: IngestOptions;
  readonly onProgress?: (p: { done: number; total: number; origin: string }) => void;
}

export interface EnqueueSummary {
  /** Items offered to the queue. */
  readonly items: number;
  /** Of which unreadable (they will be quarantined by a worker). */
  readonly unreadable: number;
}

const BATCH = 500;

/** Applies --date / --lang to a document now, so the worker needs no per-job options. */
function withDefaults(item: ReadItem, o: IngestOptions): ReadItem {
  if (!item.ok) return item;
  const date = item.doc.date ?? o.date ?? null;
  const lang = o.lang ?? item.doc.lang ?? null;
  return { ...item, doc: { ...item.doc, date, lang } };
}

/** Queues read items (already-read documents or failures), in batches. An item already waiting in the queue is not queued twice. */
export async function enqueueItems(url: string, items: Iterable<ReadItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const boss = await openQueue(url, { ...opts, supervise: false });
  const o = opts.ingest ?? {};
  let count = 0;
  let unreadable = 0;
  try {
    let batch: { id: string; name: string; data: DocumentJob }[] = [];
    const flush = async (): Promise<void> => {
      if (!batch.length) return;
      await boss.insert(batch);
      batch = [];
    };
    const list = [...items];
    for (const raw of list) {
      const item = withDefaults(raw, o);
      if (!item.ok) unreadable++;
      batch.push({ id: jobId(item), name: DOCUMENT_QUEUE, data: { item } });
      count++;
      if (batch.length >= BATCH) await flush();
      opts.onProgress?.({ done: count, total: list.length, origin: item.origin });
    }
    await flush();
    return { items: count, unreadable };
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Contract documents in memory → queue (e.g. `vigie ingest --queue` after reading, benchmarks). */
export async function enqueueDocuments(url: string, docs: Iterable<InputDocument>, opts: EnqueueOptions & { origin?: string } = {}): Promise<EnqueueSummary> {
  const origin = opts.origin ?? 'memory';
  const items: ReadItem[] = [];
  for (const d of docs) items.push(memoryItem(d, origin));
  return enqueueItems(url, items, opts);
}

/** Files and directories → one job per document found in them. */
export async function enqueueSources(url: string, paths: readonly string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const o = opts.ingest ?? {};
  const expanded = expandSources(paths, o);
  const items: ReadItem[] = expanded.missing.map((m) => ({ ok: false, origin: m.path, reason: m.reason, payload: null }));
  const readerOptions = { ...(o.fieldMap ? { fieldMap: o.fieldMap } : {}), ...(o.csvDelimiter ? { csvDelimiter: o.csvDelimiter } : {}) };
  for (const f of expanded.files) {
    if (f.path === '-') {
      items.push({ ok: false, origin: 'stdin', reason: 'stdin cannot be queued: save it to a file first', payload: null });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.path);
    } catch (e) {
      items.push({ ok: false, origin: f.origin, reason: `${f.origin}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, payload: null });
      continue;
    }
    items.push(...readBytes({ bytes, name: f.path, id: f.id, origin: f.origin, format: o.format, options: readerOptions }));
  }
  return enqueueItems(url, items, opts);
}
