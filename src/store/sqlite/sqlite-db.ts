// better-sqlite3 behind the async SqlDb seam. One connection; a promise queue keeps transactions whole
// (no other call runs between BEGIN and COMMIT). With `readers` > 0 (a file database), plain reads outside
// transactions go to that many read-only connections in worker threads instead (sqlite-read-pool.ts): they
// run in parallel with each other and with writes, each seeing the latest committed data.
import Database from 'better-sqlite3';
import { insertRowsOneByOne, type SqlDb, type SqlExecutor, type SqlValue } from '../sql/sql-db.js';
import { openSqliteReadPool, type SqliteReadPool } from './sqlite-read-pool.js';

export interface SqliteDbOptions {
  /** Read-only connections in worker threads for plain reads (file databases only; default 0: none). */
  readonly readers?: number;
}

/** Whether a location names a database file that other connections can open (not in memory, not temporary). */
export function isSqliteFile(location: string): boolean {
  return location !== '' && location !== ':memory:' && !/^file:.*mode=memory/i.test(location);
}

export function openSqliteDb(location: string, opts: SqliteDbOptions = {}): SqlDb {
  const db = new Database(location);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      if (cache.size > 500) cache.clear();
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const exec: SqlExecutor = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => stmt(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) => stmt(sql).get(...params) as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => stmt(sql).run(...params).changes,
    insertRows: async (head, rows, tail) => {
      if (!rows.length) return;
      const width = rows[0]!.length;
      const s = stmt(`${head} (${Array.from({ length: width }, () => '?').join(', ')}) ${tail ?? ''}`);
      for (const r of rows) s.run(...r);
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  let closed = false;
  const readers = Math.max(0, Math.floor(opts.readers ?? 0));
  const readOnly = (sql: string): boolean => {
    try {
      return stmt(sql).readonly;
    } catch {
      return false; // the main connection reports the error in its own turn
    }
  };
  let pool: SqliteReadPool | null = null;
  if (readers > 0 && isSqliteFile(location)) {
    try {
      pool = openSqliteReadPool(location, readers);
    } catch (e) {
      db.close();
      throw e;
    }
  }
  // Writes through this connection, counted when they end (changeStamp); other connections' commits show
  // in PRAGMA data_version.
  let writes = 0;
  const counted = <T>(fn: () => Promise<T>): Promise<T> =>
    serial(async () => {
      try {
        return await fn();
      } finally {
        writes++;
      }
    });
  return {
    // Only statements that write nothing go to the readers (SQLite says which: `UPDATE … RETURNING` is a write).
    all: (sql, params = []) =>
      readOnly(sql) ? (pool && !closed ? pool.all(sql, params) : serial(() => exec.all(sql, params))) : counted(() => exec.all(sql, params)),
    get: (sql, params = []) =>
      readOnly(sql) ? (pool && !closed ? pool.get(sql, params) : serial(() => exec.get(sql, params))) : counted(() => exec.get(sql, params)),
    run: (sql, params) => counted(() => exec.run(sql, params)),
    insertRows: (head, rows, tail) => counted(() => insertRowsOneByOne(exec.run, head, rows, tail)),
    exec: (script) => counted(async () => void db.exec(script)),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
      counted(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(exec);
          db.exec('COMMIT');
          return out;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    changeStamp: () => (closed ? `closed:${writes}` : `${writes}:${String(db.pragma('data_version', { simple: true }))}`),
    close: () =>
      serial(async () => {
        if (closed) return;
        closed = true;
        await pool?.close();
        db.close();
      }),
  };
}
