// The SQLite migrations, in order. Versions are the list positions (1-based); never reorder or edit.
import m001 from './001-initial.js';

export const SQLITE_MIGRATIONS: readonly string[] = [m001];
