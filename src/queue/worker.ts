// `vigie worker`: takes document jobs from the queue, extracts, resolves and stores them through the same
// ingestion session as `vigie ingest` (normalise, duplicates, near-duplicates, quarantine).
// A job is completed only after its document is committed; a worker killed mid-document leaves the job
// active, pg-boss expires and retries it, and the store's idempotent saveDocument makes the retry harmless.
import type { Extractor } from '../extract/index.js';
import { createSession, type SessionOptions } from '../ingest/session.js';
import type { IngestSummary } from '../ingest/summary.js';
import type { EventStore } from '../store/event-store.js';
import { openQueue } from './boss.js';
import { DOCUMENT_QUEUE, type QueueSettings } from './config.js';
import { parseJob, type DocumentJob } from './job.js';
import { abortableSleep as sleep } from '../util/abortable-sleep.js';

export interface WorkerOptions {
  readonly queueUrl: string;
  readonly store: EventStore;
  readonly extractor: Extractor;
  /** Parallel fetch loops in this process (default 1). */
  readonly concurrency?: number;
  /** Jobs fetched at once by one loop (default 4). */
  readonly batchSize?: number;
  /** Stop once nothing is waiting, retrying or active in the queue (default: run until aborted). */
  readonly exitWhenEmpty?: boolean;
  /** Wait between two empty fetches (ms, default 500). */
  readonly pollMs?: number;
  readonly sessionOptions?: SessionOptions;
  readonly settings?: QueueSettings;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: { processed: number; failed: number; waiting: number }) => void;
  /** Called once the queue and the store are open, before the first fetch. */
  readonly onReady?: () => void;
}

export interface WorkerSummary {
  readonly processed: number;
  readonly failed: number;
  readonly durationMs: number;
  readonly ingest: IngestSummary;
}


export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const boss = await openQueue(opts.queueUrl, { ...(opts.settings ? { settings: opts.settings } : {}), max: (opts.concurrency ?? 1) + 2 });
  const session = createSession({ store: opts.store, extractor: opts.extractor, options: opts.sessionOptions });
  await session.open();
  opts.onReady?.();
  let processed = 0;
  let failed = 0;
  let waiting = 0;
  let stop = false;
  const pollMs = opts.pollMs ?? 500;
  const batchSize = opts.batchSize ?? 4;
  const report = (): void => opts.onProgress?.({ processed, failed, waiting });

  const handle = async (id: string, data: unknown): Promise<void> => {
    let job: DocumentJob;
    try {
      job = parseJob(data);
    } catch (e) {
      // A payload that can never be processed: keep it in quarantine rather than retrying it forever.
      await opts.store.addQuarantine({ origin: `queue job ${id}`, reason: (e as Error).message, payload: JSON.stringify(data).slice(0, 65536) });
      await boss.complete(DOCUMENT_QUEUE, id);
      failed++;
      return;
    }
    try {
      await session.process(job.item);
    } catch (e) {
      failed++;
      await boss.fail(DOCUMENT_QUEUE, id, { message: (e as Error).message });
      return;
    }
    await boss.complete(DOCUMENT_QUEUE, id);
    processed++;
  };

  const lane = async (): Promise<void> => {
    while (!stop && !opts.signal?.aborted) {
      const jobs = await boss.fetch<unknown>(DOCUMENT_QUEUE, { batchSize });
      if (!jobs.length) {
        waiting = await boss.getQueueSize(DOCUMENT_QUEUE, { before: 'completed' });
        report();
        if (opts.exitWhenEmpty && waiting === 0) {
          stop = true;
          break;
        }
        await sleep(pollMs, opts.signal);
        continue;
      }
      for (const j of jobs) {
        if (opts.signal?.aborted) {
          // Hand unstarted jobs back rather than waiting for them to expire.
          await boss.fail(DOCUMENT_QUEUE, j.id, { message: 'worker stopped before starting this job' });
          continue;
        }
        await handle(j.id, j.data);
        report();
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, lane));
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return { processed, failed, durationMs: Math.round(performance.now() - started), ingest: session.summary };
}
