// openStore(location): a file path or ":memory:" → SQLite; "postgres://…" → PostgreSQL.
// Migrations are applied on open (unless { migrate: false }); the default resolver is the DEDUP team's.
import { availableParallelism } from 'node:os';
import { createEventResolver } from '../resolve/dedup/index.js';
import type { StoreResolver } from './cluster.js';
import type { EventStore } from './event-store.js';
import { postgresDialect } from './postgres/pg-dialect.js';
import { openPgDb } from './postgres/pg-db.js';
import { createSqlEventStore } from './sql-event-store.js';
import { sqliteDialect } from './sqlite/sqlite-dialect.js';
import { openSqliteDb } from './sqlite/sqlite-db.js';

export type { EventStore } from './event-store.js';
export type { StoreResolver } from './cluster.js';
export { InvalidQueryError } from './event-query.js';
export { CursorError, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './cursor.js';

export interface OpenStoreOptions {
  /** Event resolution; default createEventResolver() from src/resolve/dedup. */
  readonly resolver?: StoreResolver;
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** The clock for timestamps (tests pin it). */
  readonly now?: () => Date;
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number;
  /**
   * SQLite file databases: answer plain reads from this many read-only connections in worker threads, so
   * concurrent readers (the API) use several cores (default 0: every call on the one connection).
   * See defaultReaders(). Ignored for ":memory:" and PostgreSQL (whose pool already runs queries in parallel).
   */
  readonly readers?: number;
}

/**
 * Reader threads for a server: with 4 cores or more, one per core beside the main thread (which parses
 * requests and writes JSON), at most 4; under 4 cores, none. Measured on 2 shared cores (bench/api.bench.ts,
 * VIGIE_BENCH_READERS=0 and 2 back to back): the threads found no idle core to run on, and each store call
 * cost ~0.2 ms more CPU for the messages between threads, so p95 latencies were worse, not better.
 */
export function defaultReaders(cores = availableParallelism()): number {
  return cores >= 4 ? Math.min(4, cores - 1) : 0;
}

export const DEFAULT_STORE_LOCATION = 'vigie.db';

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string = DEFAULT_STORE_LOCATION, opts: OpenStoreOptions = {}): Promise<EventStore> {
  const resolver = opts.resolver ?? createEventResolver();
  const storeOpts = { resolver, ...(opts.now ? { now: opts.now } : {}) };
  let store: EventStore;
  if (isPostgresLocation(location)) {
    const db = openPgDb(location, opts.poolSize !== undefined ? { max: opts.poolSize } : {});
    store = createSqlEventStore(db, postgresDialect, storeOpts);
  } else {
    let db;
    try {
      db = openSqliteDb(location, opts.readers ? { readers: opts.readers } : {});
    } catch (e) {
      throw new Error(`cannot open SQLite database "${location}": ${(e as Error).message}`);
    }
    store = createSqlEventStore(db, sqliteDialect, storeOpts);
  }
  if (opts.migrate !== false) {
    try {
      await store.migrate();
    } catch (e) {
      await store.close().catch(() => undefined);
      throw e;
    }
  }
  return store;
}
