// A tiny async SQL seam shared by the SQLite and PostgreSQL stores. SQL is written once with `?`
// placeholders (the PostgreSQL adapter numbers them); every value travels as a bound parameter.
export type SqlValue = string | number | null;

export interface SqlExecutor {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Inserts rows: `${head} (?, …) ${tail}` once per row. SQLite runs one prepared statement per row;
   * PostgreSQL sends multi-row VALUES lists (fewer round trips). Rows are inserted in order.
   */
  insertRows(head: string, rows: readonly (readonly SqlValue[])[], tail?: string): Promise<void>;
}

export interface SqlDb extends SqlExecutor {
  /** Runs fn inside one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
  /**
   * A value that changes whenever the database may have changed: a write through this handle or a commit by
   * any other connection or process (SQLite: a local write counter and PRAGMA data_version). Absent: unknown,
   * so nothing derived from the data may be kept in memory.
   */
  changeStamp?(): string;
}

/** `?` → `$1, $2…` for PostgreSQL. The store's SQL never contains a literal question mark. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** `(?, ?, ?)` for an IN list of n values (n ≥ 1). */
export function inList(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}

/** Rows per multi-row INSERT statement (PostgreSQL allows 65,535 parameters per statement). */
const ROWS_PER_STATEMENT = 500;

/** insertRows as multi-row VALUES statements over `run` (PostgreSQL). */
export async function insertRowsMultiValues(
  run: (sql: string, params: SqlValue[]) => Promise<unknown>, head: string, rows: readonly (readonly SqlValue[])[], tail = '',
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await run(`${head} ${chunk.map(() => one).join(', ')} ${tail}`, chunk.flat());
  }
}

/** insertRows as one prepared single-row statement run per row (SQLite: no SQL text per row count). */
export async function insertRowsOneByOne(
  run: (sql: string, params: readonly SqlValue[]) => Promise<unknown>, head: string, rows: readonly (readonly SqlValue[])[], tail = '',
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  const sql = `${head} (${Array.from({ length: width }, () => '?').join(', ')}) ${tail}`;
  for (const r of rows) await run(sql, r);
}
