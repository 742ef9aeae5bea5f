// Read-only SQLite connections in worker threads, so that concurrent reads (the API under load) run in
// parallel on several cores instead of queueing on the one connection of the main thread. WAL mode lets
// them read while the main connection writes; each statement sees the latest committed data.
// The worker is a small CommonJS script (no file to resolve: the same code runs from src/ under tsx or
// Vitest and from dist/); it is given the absolute path of better-sqlite3 to require.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqlValue } from '../sql/sql-db.js';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 10000');
const cache = new Map();
parentPort.on('message', (m) => {
  try {
    let s = cache.get(m.sql);
    if (!s) {
      if (cache.size > 500) cache.clear();
      s = db.prepare(m.sql);
      cache.set(m.sql, s);
    }
    const result = m.op === 'get' ? s.get(...m.params) : s.all(...m.params);
    parentPort.postMessage({ id: m.id, result });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: { message: String(e && e.message), code: e && e.code } });
  }
});
`;

interface Pending {
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: Error) => void;
}

interface Reader {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Why the thread stopped (it failed or exited); null while it runs. */
  failure: Error | null;
}

export interface SqliteReadPool {
  readonly size: number;
  all<T>(sql: string, params: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params: readonly SqlValue[]): Promise<T | undefined>;
  close(): Promise<void>;
}

/** `size` read-only connections to the SQLite file at `path` (which must exist), each in its own worker thread. */
export function openSqliteReadPool(path: string, size: number): SqliteReadPool {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  let turn = 0;
  let nextId = 0;
  let closed = false;
  const inFlight = new Set<Promise<unknown>>();
  const readers: Reader[] = [];

  const fail = (r: Reader, e: Error) => {
    r.failure ??= e;
    for (const p of r.pending.values()) p.reject(e);
    r.pending.clear();
  };
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path } });
    const r: Reader = { worker, pending: new Map(), failure: null };
    worker.unref(); // an idle pool never keeps the process alive; a pending read does (ref below)
    worker.on('message', (m: { id: number; result?: unknown; error?: { message: string; code?: string } }) => {
      const p = r.pending.get(m.id);
      if (!p) return;
      r.pending.delete(m.id);
      if (!r.pending.size) worker.unref();
      if (m.error) p.reject(Object.assign(new Error(m.error.message), m.error.code ? { code: m.error.code } : {}));
      else p.resolve(m.result);
    });
    worker.on('error', (e) => fail(r, new Error(`SQLite reader thread failed: ${e.message}`)));
    worker.on('exit', (code) => fail(r, new Error(`SQLite reader thread exited (code ${code})`)));
    readers.push(r);
  }

  const send = (op: 'all' | 'get', sql: string, params: readonly SqlValue[]): Promise<unknown> => {
    if (closed) return Promise.reject(new Error('the store is closed'));
    // The running reader with the fewest reads in flight (ties: round robin).
    const live = readers.filter((r) => !r.failure);
    if (!live.length) return Promise.reject(readers[0]?.failure ?? new Error('no SQLite reader thread'));
    let best = live[turn++ % live.length]!;
    for (const r of live) if (r.pending.size < best.pending.size) best = r;
    const id = nextId++;
    const p = new Promise((resolve, reject) => {
      best.pending.set(id, { resolve, reject });
      best.worker.ref();
      best.worker.postMessage({ id, op, sql, params });
    });
    inFlight.add(p);
    const done = () => void inFlight.delete(p);
    p.then(done, done);
    return p;
  };

  return {
    size,
    all: async <T>(sql: string, params: readonly SqlValue[]) => (await send('all', sql, params)) as T[],
    get: async <T>(sql: string, params: readonly SqlValue[]) => (await send('get', sql, params)) as T | undefined,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...inFlight]); // reads already asked for are answered
      await Promise.all(readers.map((r) => r.worker.terminate()));
    },
  };
}
