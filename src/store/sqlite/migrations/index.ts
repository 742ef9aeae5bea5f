// The SQLite migrations, in order. Versions are the list positions (1-based); never reorder or edit.
import m001 from './001-initial.js';
import m002 from './002-event-fts-rows.js';
import m003 from './003-read-indexes.js';
import m004 from './004-event-rollup.js';
import m005 from './005-search-keys.js';
import m006 from './006-event-search.js';

export const SQLITE_MIGRATIONS: readonly string[] = [m001, m002, m003, m004, m005, m006];
