// openStore(location): a file path or ":memory:" → SQLite; "postgres://…" → PostgreSQL.
// Migrations are applied on open (unless { migrate: false }); the default resolver is the DEDUP team's.
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
      db = openSqliteDb(location);
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
