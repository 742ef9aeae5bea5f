// Opaque keyset cursors: base64url of [sort key, id]. A malformed cursor is a clear error, not a crash.
export type CursorKey = readonly [string | number, string];

export class CursorError extends Error {}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError(`invalid cursor "${cursor.slice(0, 40)}"`);
  }
  if (!Array.isArray(v) || v.length !== 2 || (typeof v[0] !== 'string' && typeof v[0] !== 'number') || typeof v[1] !== 'string') {
    throw new CursorError(`invalid cursor "${cursor.slice(0, 40)}"`);
  }
  return [v[0], v[1]];
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** The page size actually used: default 50, at least 1, at most 500. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(limit)));
}
