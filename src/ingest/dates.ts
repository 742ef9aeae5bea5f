// Publication dates as the contract wants them ("YYYY-MM-DD" | "YYYY-MM" | "YYYY"), from the shapes
// sources use: ISO dates and timestamps, RFC 822 dates (RSS), file names starting with a date.
import { parsePartialDate } from '../core/types.js';

/** A contract date from a source value, or null when it has none; throws on a value that is not a date. */
export function toDocDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`expected a date string, got ${typeof value}`);
  const s = String(value).trim();
  const partial = parsePartialDate(s);
  if (partial) return partial.value;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(s);
  if (iso && parsePartialDate(iso[1])) return iso[1]!;
  if (/[a-z]{3}/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  throw new Error(`"${s.slice(0, 40)}" is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO/RFC 822 timestamp)`);
}

/** Like toDocDate, but null instead of an error (metadata that is merely a hint). */
export function tryDocDate(value: unknown): string | null {
  try {
    return toDocDate(value);
  } catch {
    return null;
  }
}

/** The date a file name starts with: "2023-09-21-yevlakh.txt" → "2023-09-21", "2023-09_x.txt" → "2023-09". */
export function dateFromFileName(name: string): string | null {
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?=[-_. ]|$)/.exec(name);
  return m ? (parsePartialDate(m[1])?.value ?? null) : null;
}
