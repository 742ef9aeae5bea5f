// node-postgres behind the async SqlDb seam: a pool for plain calls, one client per transaction.
import pg from 'pg';
import { insertRowsMultiValues, numberPlaceholders, type SqlDb, type SqlExecutor, type SqlValue } from '../sql/sql-db.js';

// BIGINT (counts, sequences) as JS numbers: Vigie's counters stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// NUMERIC as numbers too (aggregates).
pg.types.setTypeParser(1700, (v) => Number(v));

function executor(q: (sql: string, params: SqlValue[]) => Promise<pg.QueryResult>): SqlExecutor {
  return {
    insertRows: (head, rows, tail) => insertRowsMultiValues((sql, params) => q(numberPlaceholders(sql), params), head, rows, tail),
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await q(numberPlaceholders(sql), [...params])).rows as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) => (await q(numberPlaceholders(sql), [...params])).rows[0] as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => (await q(numberPlaceholders(sql), [...params])).rowCount ?? 0,
  };
}

export function openPgDb(connectionString: string, opts: { max?: number } = {}): SqlDb {
  // At least 2: migrations hold a lock on one connection while applying scripts on another.
  const pool = new pg.Pool({ connectionString, max: Math.max(2, opts.max ?? 10) });
  pool.on('error', () => undefined); // idle client errors surface on the next query instead of crashing
  const plain = executor((sql, params) => pool.query(sql, params));
  return {
    ...plain,
    exec: async (script) => void (await pool.query(script)),
    transaction: async <T>(fn: (tx: SqlExecutor) => Promise<T>) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(executor((sql, params) => client.query(sql, params)));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
