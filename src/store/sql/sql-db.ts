// A tiny async SQL seam shared by the SQLite and PostgreSQL stores. SQL is written once with `?`
// placeholders (the PostgreSQL adapter numbers them); every value travels as a bound parameter.
export type SqlValue = string | number | null;

export interface SqlExecutor {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDb extends SqlExecutor {
  /** Runs fn inside one transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
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
