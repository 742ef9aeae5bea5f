// Walks the store's cursor pages to collect up to `max` events for an export.
import type { EventQuery, EventStore, StoredEvent } from '../store/event-store.js';

export async function collectEvents(
  store: EventStore,
  query: EventQuery,
  max: number,
  onPage?: (done: number, total: number) => void,
  pageSize = 500,
): Promise<{ events: StoredEvent[]; total: number; truncated: boolean }> {
  const events: StoredEvent[] = [];
  let cursor: string | null = null;
  let total = 0;
  do {
    const page = await store.listEvents({ ...query, limit: Math.min(pageSize, max - events.length), cursor });
    events.push(...page.items);
    cursor = page.nextCursor;
    // a capped count (text search) says "at least": what the walk has seen, or all of it once complete
    total = page.totalIsLowerBound ? (cursor ? Math.max(page.total, events.length) : events.length) : page.total;
    onPage?.(events.length, total);
  } while (cursor && events.length < max);
  return { events, total, truncated: cursor !== null };
}
