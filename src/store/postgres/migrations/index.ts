// The PostgreSQL migrations, in order. Versions are the list positions (1-based); never reorder or edit.
import m001 from './001-initial.js';
import m002 from './002-read-indexes.js';

export const POSTGRES_MIGRATIONS: readonly string[] = [m001, m002];
