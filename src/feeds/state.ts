// What `vigie watch` remembers between polls and between runs (a small JSON file beside feeds.yaml):
// validators for conditional GET, items already taken, and the error backoff.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Item ids already ingested (most recent last; bounded). */
  seen: string[];
  /** Consecutive failed polls. */
  failures: number;
  lastError: string | null;
  /** Epoch ms of the next poll. */
  nextPollAt: number;
}

export type WatchState = Record<string, FeedState>;

export const MAX_SEEN = 5000;
/** Longest wait after repeated errors. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;

export function emptyFeedState(): FeedState {
  return { etag: null, lastModified: null, seen: [], failures: 0, lastError: null, nextPollAt: 0 };
}

export function loadState(path: string): WatchState {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as WatchState) : {};
  } catch (e) {
    throw new Error(`${path}: watch state is not JSON (${(e as Error).message}); delete it to start afresh`);
  }
}

/** Written to a temporary file then renamed, so a crash never leaves half a state file. */
export function saveState(path: string, state: WatchState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(tmp, path);
}

/** Wait after `failures` consecutive errors: the interval doubled each time, at most MAX_BACKOFF_MS. */
export function backoffMs(intervalMs: number, failures: number): number {
  return Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(failures, 20));
}
