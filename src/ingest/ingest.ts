// The ingestion entry points the CLI, `vigie demo`, the queue workers and the benchmarks call.
//   ingest(paths, deps)          files, directories, "-" (stdin), or in-memory files → store
//   ingestDocuments(docs, deps)  contract documents already in memory → store
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InputDocument } from '../core/contract.js';
import { formatForName, readBytes } from './formats.js';
import { memoryItem } from './readers/record.js';
import { createSession, type IngestProgress, type SessionDeps, type SessionOptions } from './session.js';
import { expandSources, type ExpandOptions } from './sources.js';
import { countLines, STREAM_JSONL_ABOVE_BYTES, streamJsonl } from './stream-jsonl.js';
import type { IngestSummary } from './summary.js';
import type { FieldMap, Format, ReadItem } from './types.js';

export type { IngestProgress } from './session.js';
export type { IngestSummary } from './summary.js';

export interface IngestOptions extends SessionOptions, ExpandOptions {
  /** Read every file as this format instead of going by its extension. */
  readonly format?: Format | undefined;
  /** Source field names for contract fields (JSON, JSONL, CSV). */
  readonly fieldMap?: FieldMap | undefined;
  readonly csvDelimiter?: string | undefined;
  /** JSONL files larger than this many bytes are read line by line (default 8 MiB). */
  readonly streamJsonlAboveBytes?: number | undefined;
}

/** A file already in memory (a fetched feed or page, a queued job). */
export interface MemorySource {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly id?: string;
  readonly origin?: string;
  readonly format?: Format;
}

export type IngestSource = string | MemorySource;

/** Documents stored per transaction by ingest() and ingestDocuments() unless options.batchSize says otherwise. */
export const DEFAULT_INGEST_BATCH = 64;

function sessionOptions<T extends SessionOptions>(opts: T | undefined): T & { batchSize: number } {
  return { ...(opts ?? ({} as T)), batchSize: opts?.batchSize ?? DEFAULT_INGEST_BATCH };
}

export interface IngestDeps extends Omit<SessionDeps, 'options'> {
  readonly options?: IngestOptions | undefined;
  readonly onProgress?: ((p: IngestProgress) => void) | undefined;
  /** Where "-" reads from (default process.stdin). */
  readonly stdin?: AsyncIterable<Uint8Array | string> | undefined;
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(chunks);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reads files and directories into the store. Bad documents are quarantined; the run goes on. */
export async function ingest(sources: readonly IngestSource[], deps: IngestDeps): Promise<IngestSummary> {
  const started = performance.now();
  const opts = deps.options ?? {};
  const session = createSession({ store: deps.store, extractor: deps.extractor, options: sessionOptions(opts) });
  await session.open();
  const { summary } = session;
  const paths = sources.filter((s): s is string => typeof s === 'string');
  const expanded = expandSources(paths, opts);
  summary.skippedFiles.push(...expanded.skipped);
  const memory = sources.filter((s): s is MemorySource => typeof s !== 'string');
  let total = expanded.files.length + memory.length + expanded.missing.length;
  let done = 0;
  const readerOptions = {
    ...(opts.fieldMap ? { fieldMap: opts.fieldMap } : {}),
    ...(opts.csvDelimiter ? { csvDelimiter: opts.csvDelimiter } : {}),
  };

  const run = async (origin: string, items: ReadItem[]): Promise<void> => {
    summary.files++;
    total += items.length - 1;
    for (const item of items) {
      await session.process(item);
      done++;
      deps.onProgress?.({ done, total, origin: item.origin });
    }
    if (!items.some((i) => !i.ok && i.origin === origin)) await session.release(origin);
  };

  for (const m of expanded.missing) {
    await session.process({ ok: false, origin: resolve(m.path), reason: m.reason, payload: null });
    done++;
    deps.onProgress?.({ done, total, origin: m.path });
  }
  // a path that was missing in an earlier run and is there now leaves the quarantine
  for (const p of paths) if (p !== '-' && !expanded.missing.some((m) => m.path === p)) await session.release(resolve(p));
  const streamAbove = opts.streamJsonlAboveBytes ?? STREAM_JSONL_ABOVE_BYTES;
  for (const f of expanded.files) {
    if (f.path !== '-' && (opts.format ?? formatForName(f.path)) === 'jsonl' && !f.path.toLowerCase().endsWith('.gz') && sizeOf(f.path) > streamAbove) {
      summary.files++;
      total += (await countLines(f.path)) - 1;
      let failedWhole = false;
      for await (const item of streamJsonl(f.path, { origin: f.origin, id: f.id, options: readerOptions })) {
        failedWhole ||= !item.ok && item.origin === f.origin;
        await session.process(item);
        done++;
        deps.onProgress?.({ done, total: Math.max(total, done), origin: item.origin });
      }
      if (!failedWhole) await session.release(f.origin);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = f.path === '-' ? await readAll(deps.stdin ?? process.stdin) : readFileSync(f.path);
    } catch (e) {
      await run(f.origin, [{ ok: false, origin: f.origin, reason: `${f.origin}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, payload: null }]);
      continue;
    }
    await run(f.origin, readBytes({ bytes, name: f.path === '-' ? 'stdin' : f.path, id: f.id, origin: f.origin, format: opts.format, options: readerOptions }));
  }
  for (const m of memory) {
    const origin = m.origin ?? m.name;
    await run(origin, readBytes({ bytes: m.bytes, name: m.name, id: m.id ?? m.name, origin, format: m.format ?? opts.format, options: readerOptions }));
  }
  await session.flush();
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

/** Stores contract documents already in memory (benchmarks, queue workers). `total` sizes the progress. */
export async function ingestDocuments(
  docs: Iterable<InputDocument> | AsyncIterable<InputDocument>,
  deps: IngestDeps & { readonly total?: number; readonly origin?: string },
): Promise<IngestSummary> {
  const started = performance.now();
  const session = createSession({ store: deps.store, extractor: deps.extractor, options: sessionOptions(deps.options) });
  await session.open();
  const origin = deps.origin ?? 'memory';
  let done = 0;
  for await (const d of docs) {
    const item = memoryItem(d, origin);
    await session.process(item);
    done++;
    deps.onProgress?.({ done, total: Math.max(deps.total ?? done, done), origin: item.origin });
  }
  await session.flush();
  session.summary.files = 0;
  session.summary.durationMs = Math.round(performance.now() - started);
  return session.summary;
}
