// The API server for bench/api.bench.ts, in its own process so the load generator does not share its
// event loop: serves VIGIE_BENCH_DB on 127.0.0.1 (random port) and prints "listening <url>".
import { createApp } from '../src/api/app.js';
import { startServer } from '../src/api/server.js';
import { defaultReaders, openStore } from '../src/store/index.js';

const db = process.env.VIGIE_BENCH_DB;
if (!db) {
  console.error('api-server: VIGIE_BENCH_DB is not set');
  process.exit(2);
}
// as `vigie serve`: defaultReaders() reader threads (none under 4 cores); VIGIE_BENCH_READERS=N chooses
const readers = Number(process.env.VIGIE_BENCH_READERS ?? defaultReaders());
const store = await openStore(db, { migrate: false, readers });
// the same aggregates cache as `vigie serve` (10 s) unless VIGIE_BENCH_AGG_CACHE_MS says otherwise
const aggregateCacheMs = Number(process.env.VIGIE_BENCH_AGG_CACHE_MS ?? 10_000);
const server = await startServer(createApp({ store, aggregateCacheMs }), { port: 0, host: '127.0.0.1' });
process.stdout.write(`listening ${server.url}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => store.close()).finally(() => process.exit(0));
});
