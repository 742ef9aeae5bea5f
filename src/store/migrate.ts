// Applies pending migrations in order, each in one transaction, under a lock (several processes may start at once).
import type { Dialect } from './dialect.js';
import type { SqlDb } from './sql/sql-db.js';

export async function migrate(db: SqlDb, dialect: Dialect): Promise<number> {
  return dialect.withMigrationLock(db, async () => {
    await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const row = await db.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const current = row?.v ?? 0;
    if (current > dialect.migrations.length) {
      throw new Error(`database schema version ${current} is newer than this Vigie (${dialect.migrations.length}); upgrade Vigie`);
    }
    for (let v = current + 1; v <= dialect.migrations.length; v++) {
      const script = dialect.migrations[v - 1]!;
      const record = `INSERT INTO schema_migrations (version, applied_at) VALUES (${v}, '${new Date().toISOString()}');`;
      if (dialect.kind === 'sqlite') {
        // SQLite runs a multi-statement script statement by statement: wrap it so a failure leaves nothing behind.
        try {
          await db.exec(`BEGIN;\n${script}\n${record}\nCOMMIT;`);
        } catch (e) {
          await db.exec('ROLLBACK').catch(() => undefined);
          throw new Error(`migration ${v} failed: ${(e as Error).message}`);
        }
      } else {
        // PostgreSQL runs a multi-statement simple query as one implicit transaction.
        try {
          await db.exec(`${script}\n${record}`);
        } catch (e) {
          throw new Error(`migration ${v} failed: ${(e as Error).message}`);
        }
      }
    }
    return dialect.migrations.length;
  });
}
