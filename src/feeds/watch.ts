// `vigie watch`: polls every feed when it is due (its own interval, or its backoff after errors),
// forever or once (--once), keeping validators and seen items in a state file between runs.
import type { FeedConfig } from './config.js';
import type { FetchLike } from './http.js';
import { pollFeed, type PollResult } from './poll-feed.js';
import { emptyFeedState, loadState, saveState, type WatchState } from './state.js';
import type { ReadItem } from '../ingest/types.js';
import { abortableSleep as sleep } from '../util/abortable-sleep.js';

export interface WatchOptions {
  readonly sink: (items: ReadItem[]) => Promise<void>;
  /** JSON file for validators, seen items and backoff (null: in memory only). */
  readonly statePath: string | null;
  /** Poll every feed once, now, then return. */
  readonly once?: boolean;
  readonly signal?: AbortSignal;
  readonly fetch?: FetchLike;
  readonly now?: () => number;
  readonly onPoll?: (feed: FeedConfig, result: PollResult) => void;
}


export async function watchFeeds(feeds: readonly FeedConfig[], opts: WatchOptions): Promise<WatchState> {
  const now = opts.now ?? Date.now;
  const state: WatchState = opts.statePath ? loadState(opts.statePath) : {};
  for (const f of feeds) state[f.url] ??= emptyFeedState();
  const deps = { sink: opts.sink, now, ...(opts.fetch ? { fetch: opts.fetch } : {}) };
  while (!opts.signal?.aborted) {
    for (const f of feeds) {
      if (opts.signal?.aborted) break;
      const s = state[f.url]!;
      if (!opts.once && s.nextPollAt > now()) continue;
      const result = await pollFeed(f, s, deps);
      if (opts.statePath) saveState(opts.statePath, state);
      opts.onPoll?.(f, result);
    }
    if (opts.once) break;
    const next = Math.min(...feeds.map((f) => state[f.url]!.nextPollAt));
    await sleep(Math.max(1000, Math.min(60_000, next - now())), opts.signal);
  }
  return state;
}
