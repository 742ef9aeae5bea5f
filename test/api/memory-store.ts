// A small in-memory EventStore double for the API unit tests: one event per mention, filters done
// naively in JS. The end-to-end tests use the real SQLite store.
import type { Event } from '../../src/core/contract.js';
import type {
  AggregateRow, EventDetail, EventMention, EventQuery, EventStore, NewDocument, Page, StoredDocument, StoredEvent,
} from '../../src/store/event-store.js';

export function memoryStore(): EventStore & { failNext(msg: string): void } {
  const docs = new Map<string, StoredDocument>();
  const events: EventDetail[] = [];
  let failure: string | null = null;
  const check = () => {
    if (failure) {
      const f = failure;
      failure = null;
      throw new Error(f);
    }
  };

  const matches = (e: EventDetail, q: EventQuery): boolean => {
    const ev = e.event;
    if (q.type && ev.type !== q.type) return false;
    if (q.context && !ev.context.includes(q.context)) return false;
    if (q.country && ev.place?.country !== q.country) return false;
    if (q.modality && ev.modality !== q.modality) return false;
    if (q.actor && !ev.actors.some((a) => a.id === q.actor || a.name.toLowerCase().includes(q.actor!.toLowerCase()))) return false;
    if (q.place && !ev.place?.name.toLowerCase().includes(q.place.toLowerCase())) return false;
    if (q.since && (!ev.date || (ev.date.end ?? ev.date.start) < q.since)) return false;
    if (q.until && (!ev.date || ev.date.start > q.until)) return false;
    if (q.minSources && e.sourceCount < q.minSources) return false;
    if (q.documentId && !e.documentIds.includes(q.documentId)) return false;
    if (q.text && !ev.evidence.some((x) => x.text.toLowerCase().includes(q.text!.toLowerCase()))) return false;
    if (q.bbox) {
      const [x0, y0, x1, y1] = q.bbox;
      const { lat, lon } = ev.place ?? {};
      if (lat == null || lon == null || lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
    }
    return true;
  };

  return {
    kind: 'sqlite',
    failNext(msg) {
      failure = msg;
    },
    async migrate() {
      return 1;
    },
    async close() {},
    async saveDocument(doc: NewDocument, evs: readonly Event[]) {
      if (docs.has(doc.id)) return { status: 'duplicate' as const, id: doc.id, eventIds: [] };
      docs.set(doc.id, { ...doc, ingestedAt: '2024-01-01T00:00:00Z' });
      const ids: string[] = [];
      evs.forEach((event, i) => {
        const id = `ev-${doc.id}-${i}`;
        const mention: EventMention = { id: `m-${doc.id}-${i}`, documentId: doc.id, eventId: id, event };
        const k = event.counts.killed;
        events.push({
          id, event, mentionCount: 1, sourceCount: 1, documentIds: [doc.id],
          figures: k ? { killed: { low: k.low ?? k.value, best: k.value, high: k.high ?? k.value, contested: false, claims: 1 } } : {},
          createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
          mentions: [mention],
          claims: k ? [{ id: `c-${id}`, eventId: id, mentionId: mention.id, documentId: doc.id, kind: 'killed', value: k.value, low: k.low ?? null, high: k.high ?? null, qualifier: k.qualifier, claimant: event.attribution?.name ?? null, outlet: doc.source, publishedAt: doc.date, evidence: event.evidence[0] ?? null }] : [],
        });
        ids.push(id);
      });
      return { status: 'stored' as const, id: doc.id, eventIds: ids };
    },
    async saveDocuments(batch) {
      const out = [];
      for (const b of batch) out.push(await this.saveDocument(b.doc, b.events));
      return out;
    },
    async findByContentHash() {
      return null;
    },
    async getDocument(id) {
      check();
      return docs.get(id) ?? null;
    },
    async listDocuments() {
      return { items: [...docs.values()], nextCursor: null, total: docs.size };
    },
    async findByFingerprintBands() {
      return [];
    },
    async listEvents(q): Promise<Page<StoredEvent>> {
      check();
      const all = events.filter((e) => matches(e, q));
      const dir = q.sort === 'date' || q.sort === 'sources' ? 1 : -1;
      all.sort((a, b) => dir * (a.event.date?.start ?? '').localeCompare(b.event.date?.start ?? '') || a.id.localeCompare(b.id));
      const start = q.cursor ? Number(q.cursor) : 0;
      const limit = Math.min(q.limit ?? 50, 500);
      const items = all.slice(start, start + limit).map(({ mentions: _m, claims: _c, ...e }) => e);
      return { items, nextCursor: start + limit < all.length ? String(start + limit) : null, total: all.length };
    },
    async getEvent(id) {
      check();
      return events.find((e) => e.id === id) ?? null;
    },
    async mentionsForDocument(documentId) {
      return events.flatMap((e) => e.mentions).filter((m) => m.documentId === documentId);
    },
    async aggregate(q, by): Promise<AggregateRow[]> {
      const rows = new Map<string, { bucket: string; group: string | null; events: number; killedLow: number; killedBest: number; killedHigh: number; injuredBest: number }>();
      for (const e of events.filter((x) => matches(x, q))) {
        const bucket = e.event.date?.start ?? 'unknown';
        const group = by.group === 'type' ? e.event.type : by.group === 'country' ? (e.event.place?.country ?? null) : null;
        const key = `${bucket}|${group}`;
        const r = rows.get(key) ?? { bucket, group, events: 0, killedLow: 0, killedBest: 0, killedHigh: 0, injuredBest: 0 };
        r.events += 1;
        const k = e.figures.killed;
        if (k) {
          r.killedLow += k.low;
          r.killedBest += k.best;
          r.killedHigh += k.high;
        }
        rows.set(key, r);
      }
      return [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket));
    },
    async unmergeMention() {
      throw new Error('not in the double');
    },
    async listChanges() {
      return [];
    },
    async addQuarantine() {
      return 'q1';
    },
    async listQuarantine() {
      return [];
    },
    async getQuarantine() {
      return null;
    },
    async removeQuarantine() {},
    async recordQuarantineAttempt() {
      return null;
    },
    async counts() {
      return { documents: docs.size, events: events.length, mentions: events.length, quarantined: 0 };
    },
  };
}
