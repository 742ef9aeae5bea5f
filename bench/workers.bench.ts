// Throughput of the distributed pipeline: N `vigie worker` processes on PostgreSQL + pg-boss, against the
// single-process SQLite ingest of the same documents measured in the same run (the ratio).
// Needs a PostgreSQL server: VIGIE_BENCH_PG or VIGIE_TEST_PG (e.g. postgres://postgres@127.0.0.1:54329/postgres).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { InputDocument } from '../src/core/contract.js';
import { ingestDocuments } from '../src/ingest/ingest.js';
import { openQueue } from '../src/queue/boss.js';
import { DOCUMENT_QUEUE } from '../src/queue/config.js';
import { enqueueDocuments } from '../src/queue/enqueue.js';
import { openStore } from '../src/store/index.js';
import { demoFiles, goldTexts, readDemo } from './corpora.js';
import { type BenchRow, ratioOf } from './types.js';
import { warmExtractor } from './workers-warm.js';

const here = dirname(fileURLToPath(import.meta.url));
const MAX_DOCS = Number(process.env.VIGIE_BENCH_WORKER_DOCS ?? 1000);
const WORKERS = [1, 2, 4];

async function createDatabase(admin: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dropDatabase(admin: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
}

function corpus(): { name: string; docs: InputDocument[] } {
  const gold = goldTexts();
  const docs = (gold ?? readDemo(demoFiles())).slice(0, MAX_DOCS);
  return { name: gold ? 'dev gold texts' : 'demo corpus', docs };
}

/** Starts n worker processes, waits until all are connected, then enqueues and times until the queue is drained. */
async function distributed(url: string, docs: readonly InputDocument[], n: number): Promise<number> {
  await (await openStore(url)).close(); // schema in place before the workers race to it
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, ['--import', 'tsx', join(here, 'workers-child.ts'), url], { stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  let exited = 0;
  const exits = children.map((c) => new Promise<void>((resolve) => c.on('exit', () => {
    exited++;
    resolve();
  })));
  try {
    await Promise.all(children.map((c) => new Promise<void>((resolve, reject) => {
      c.stdout!.on('data', (b: Buffer) => b.toString().includes('ready') && resolve());
      c.on('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready`)));
    })));
    const boss = await openQueue(url, { supervise: false });
    try {
      const t0 = performance.now();
      await enqueueDocuments(url, docs, { origin: 'bench' });
      for (;;) {
        if ((await boss.getQueueSize(DOCUMENT_QUEUE, { before: 'completed' })) === 0) break;
        if (exited > 0) throw new Error('a worker process died during the benchmark');
        await new Promise((r) => setTimeout(r, 50));
      }
      return docs.length / ((performance.now() - t0) / 1000);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(exits);
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const admin = process.env.VIGIE_BENCH_PG ?? process.env.VIGIE_TEST_PG;
  if (!admin) {
    process.stderr.write('bench: workers skipped: set VIGIE_BENCH_PG (or VIGIE_TEST_PG) to a PostgreSQL server URL\n');
    return [];
  }
  const { name, docs } = corpus();
  const label = `${name} (${docs.length} docs)`;

  // Reference: single process, SQLite file, no queue.
  const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-workers-'));
  let sqliteRate: number;
  try {
    const store = await openStore(join(dir, 'bench.db'));
    const extractor = warmExtractor();
    const t0 = performance.now();
    await ingestDocuments(docs, { store, extractor });
    sqliteRate = docs.length / ((performance.now() - t0) / 1000);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const baseline = { name: 'single-process SQLite', value: sqliteRate };
  const rows: BenchRow[] = [{ group: 'workers', name: `single-process SQLite, ${label}`, value: sqliteRate, unit: 'articles/s' }];

  // Single process straight into PostgreSQL (no queue): what the queue costs.
  const dbName = `vigie_bench_workers_${process.pid}`;
  try {
    const url = await createDatabase(admin, dbName);
    const store = await openStore(url);
    const extractor = warmExtractor();
    const t0 = performance.now();
    await ingestDocuments(docs, { store, extractor });
    const rate = docs.length / ((performance.now() - t0) / 1000);
    await store.close();
    rows.push({ group: 'workers', name: `single-process PostgreSQL (no queue), ${label}`, value: rate, unit: 'articles/s', baseline, ratio: ratioOf(rate, sqliteRate) });
    for (const n of WORKERS) {
      const u = await createDatabase(admin, dbName);
      const r = await distributed(u, docs, n);
      rows.push({ group: 'workers', name: `PostgreSQL + pg-boss, ${n} worker process(es), ${label}`, value: r, unit: 'articles/s', baseline, ratio: ratioOf(r, sqliteRate) });
    }
  } finally {
    await dropDatabase(admin, dbName);
  }
  return rows;
}
