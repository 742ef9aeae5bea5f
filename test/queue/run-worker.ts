// A worker process for the fault test: the real runWorker over PostgreSQL with the marker test extractor.
// Usage: node --import tsx test/queue/run-worker.ts <store-url> <queue-url>
import { runWorker } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/index.js';
import { markerExtractor } from './synthetic.js';

const [storeUrl, queueUrl] = process.argv.slice(2);
if (!storeUrl || !queueUrl) throw new Error('usage: run-worker.ts <store-url> <queue-url>');
const store = await openStore(storeUrl, { poolSize: 3 });
const s = await runWorker({ queueUrl, store, extractor: markerExtractor(), exitWhenEmpty: true, pollMs: 200 });
await store.close();
process.stdout.write(`${JSON.stringify({ processed: s.processed, failed: s.failed })}\n`);
