// What a store holds, in a form two runs can be compared by: documents, and events keyed by their mentions
// (event ids name the mention that founded the event, which depends on processing order across workers).
import type { EventStore } from '../../src/store/event-store.js';

export interface StoreSnapshot {
  readonly documents: string[];
  readonly events: string[];
}

export async function snapshot(store: EventStore): Promise<StoreSnapshot> {
  const documents: string[] = [];
  const mentionsOf = new Map<string, string[]>();
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<EventStore['listDocuments']>> = await store.listDocuments({ limit: 500, cursor });
    for (const d of page.items) {
      documents.push(JSON.stringify([d.id, d.contentHash, d.nearDuplicateOf, d.text.length]));
      for (const m of await store.mentionsForDocument(d.id)) mentionsOf.set(m.eventId, [...(mentionsOf.get(m.eventId) ?? []), m.id]);
    }
    cursor = page.nextCursor;
  } while (cursor);
  const events: string[] = [];
  cursor = null;
  do {
    const page: Awaited<ReturnType<EventStore['listEvents']>> = await store.listEvents({ limit: 500, cursor, sort: 'date' });
    for (const e of page.items) {
      const mentions = (mentionsOf.get(e.id) ?? []).sort();
      events.push(JSON.stringify({ mentions, event: e.event, figures: e.figures, sources: e.sourceCount, n: e.mentionCount, docs: e.documentIds }));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return { documents: documents.sort(), events: events.sort() };
}
