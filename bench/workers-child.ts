// One `vigie worker` process for bench/workers.bench.ts: the real extractor, store and queue.
// Prints "ready" once connected; stops on SIGTERM and prints its summary.
import { runWorker } from '../src/queue/worker.js';
import { openStore } from '../src/store/index.js';
import { warmExtractor } from './workers-warm.js';

const url = process.argv[2];
if (!url) throw new Error('usage: workers-child.ts <postgres-url>');
const store = await openStore(url, { poolSize: 3 });
const extractor = warmExtractor();
const abort = new AbortController();
process.once('SIGTERM', () => abort.abort());
const s = await runWorker({ queueUrl: url, store, extractor, signal: abort.signal, pollMs: 100, onReady: () => process.stdout.write('ready\n') });
await store.close();
process.stdout.write(`${JSON.stringify({ processed: s.processed, failed: s.failed })}\n`);
