// API load benchmark (issue 8): concurrent clients on loopback against `vigie serve`'s app in its own
// process, on a store of ≥ 100,000 events generated from the demo corpus (scripts/gen-events.ts).
// Reports requests/s and p95 latency per query; target p95 < 50 ms.
//   VIGIE_BENCH_DB (default: a file in the temp folder, generated when missing or too small)
//   VIGIE_BENCH_EVENTS (default 100000), VIGIE_BENCH_CLIENTS (concurrency levels, default "1,8"),
//   VIGIE_BENCH_SECONDS per query and level (default 3)
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BENCH_DB, generateEventStore } from '../scripts/gen-events.js';
import { openStore } from '../src/store/index.js';
import { runLoad } from './api-load.js';
import { ratioOf, round, type BenchRow } from './types.js';

const TARGET_P95_MS = 50;

async function ensureStore(db: string, events: number): Promise<{ events: number; generatedIn: number | null }> {
  try {
    const s = await openStore(db, { migrate: false });
    const c = await s.counts();
    await s.close();
    if (c.events >= events) return { events: c.events, generatedIn: null };
  } catch {
    // missing or not a store: generate it
  }
  const t0 = performance.now();
  process.stderr.write(`api bench: generating ${events} events into ${db} (once)…\n`);
  const r = await generateEventStore(db, { events });
  return { events: r.events, generatedIn: (performance.now() - t0) / 1000 };
}

async function startServerProcess(db: string): Promise<{ url: string; stop(): void }> {
  const entry = fileURLToPath(new URL('./api-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, VIGIE_BENCH_DB: db }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      const m = /^listening (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`api server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export default async function bench(): Promise<BenchRow[]> {
  const db = process.env.VIGIE_BENCH_DB ?? DEFAULT_BENCH_DB;
  const want = Number(process.env.VIGIE_BENCH_EVENTS ?? 100_000);
  const levels = (process.env.VIGIE_BENCH_CLIENTS ?? '1,8').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const seconds = Number(process.env.VIGIE_BENCH_SECONDS ?? 3);
  const { events } = await ensureStore(db, want);
  const server = await startServerProcess(db);
  try {
    const page = (await (await fetch(`${server.url}/api/events?limit=500`)).json()) as { items: { id: string; event: { type: string; place: { country: string | null } | null } }[]; nextCursor: string | null };
    const ids = page.items.map((i) => i.id);
    const sample = page.items[0]?.event;
    const type = sample?.type ?? 'ASSAULT';
    const country = sample?.place?.country ?? 'UKR';
    let k = 0;
    const pick = <T>(xs: readonly T[]) => xs[k++ % xs.length]!;
    const queries: [string, () => string][] = [
      ['events: first page (50, newest first)', () => `${server.url}/api/events`],
      ['events: next page by cursor', () => `${server.url}/api/events?cursor=${encodeURIComponent(page.nextCursor ?? '')}`],
      [`events: type=${type} & country=${country}`, () => `${server.url}/api/events?type=${type}&country=${country}`],
      ['events: one month (since/until)', () => `${server.url}/api/events?since=2024-03-01&until=2024-03-31`],
      ['events: bbox', () => `${server.url}/api/events?bbox=30,40,50,55`],
      ['events: text search', () => `${server.url}/api/events?text=${encodeURIComponent(pick(['cessez-le-feu', 'Stepanakert', 'drone', 'killed']))}`],
      ['event detail by id', () => `${server.url}/api/events/${encodeURIComponent(pick(ids))}`],
      ['aggregates: per day, whole store (timeline; repeated, 10 s cache as in vigie serve)', () => `${server.url}/api/aggregates?interval=day`],
      // a different `until` far in the future each time: the same work, but never a cache hit
      ['aggregates: per day, whole store (cache missed: distinct queries)', () => `${server.url}/api/aggregates?interval=day&until=2099-01-01&since=${String(1000 + (k++ % 1000))}-01-01`],
      ['aggregates: per week by type, one country (cache missed)', () => `${server.url}/api/aggregates?interval=week&group=type&country=${country}&since=${String(1000 + (k++ % 1000))}-01-01`],
    ];
    // Warm-up (JIT, SQLite page cache), not measured.
    await runLoad(() => `${server.url}/api/floor-no-store-work`, { clients: 4, durationMs: 1000 });
    for (const [, url] of queries) await runLoad(url, { clients: 1, durationMs: 300 });
    const rows: BenchRow[] = [];
    for (const clients of levels) {
      // The floor: the same HTTP round trip through the app with no store work (a JSON 404 of the API).
      const floor = await runLoad(() => `${server.url}/api/floor-no-store-work`, { clients, durationMs: seconds * 1000 });
      rows.push(
        { group: 'api', name: `floor: HTTP round trip, no store work [${clients} client${clients > 1 ? 's' : ''}] p95`, value: round(floor.p95), unit: 'ms' },
        { group: 'api', name: `floor: HTTP round trip, no store work [${clients} client${clients > 1 ? 's' : ''}] throughput`, value: round(floor.rps), unit: 'req/s' },
      );
      for (const [name, url] of queries) {
        const r = await runLoad(url, { clients, durationMs: seconds * 1000 });
        const label = `${name} [${events} events, ${clients} client${clients > 1 ? 's' : ''}]`;
        const verdict = r.p95 < TARGET_P95_MS ? `meets target p95 < ${TARGET_P95_MS} ms` : `MISSES target p95 < ${TARGET_P95_MS} ms`;
        const pr = ratioOf(r.p95, floor.p95);
        const tr = ratioOf(r.rps, floor.rps);
        rows.push({ group: 'api', name: `${label} p95 (${verdict})`, value: round(r.p95), unit: 'ms', baseline: { name: 'floor p95', value: round(floor.p95) }, ...(pr !== undefined ? { ratio: pr } : {}) });
        rows.push({ group: 'api', name: `${label} throughput`, value: round(r.rps), unit: 'req/s', baseline: { name: 'floor', value: round(floor.rps) }, ...(tr !== undefined ? { ratio: tr } : {}) });
        if (r.errors) rows.push({ group: 'api', name: `${label} non-2xx or failed`, value: r.errors, unit: 'requests' });
      }
    }
    return rows;
  } finally {
    server.stop();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const rows = await bench();
  console.table(rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit, ratio: r.ratio ?? '' })));
}
