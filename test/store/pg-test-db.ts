// Throwaway PostgreSQL databases for tests: one fresh database per store, dropped at the end.
// The server comes from VIGIE_TEST_PG (e.g. postgres://postgres@127.0.0.1:54329/postgres); unset = skip.
import pg from 'pg';

export const PG_URL = process.env.VIGIE_TEST_PG ?? '';
export const PG_SKIP_REASON = 'VIGIE_TEST_PG is not set: PostgreSQL tests skipped (set it to a server URL, as .ci/run does)';

const created: string[] = [];

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database and returns its URL. */
export async function createTestDatabase(prefix = 'vigie_test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  created.push(name);
  return withDatabase(PG_URL, name);
}

/** Drops every database this process created. */
export async function dropTestDatabases(): Promise<void> {
  if (!created.length) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
