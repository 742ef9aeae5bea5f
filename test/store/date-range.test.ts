// Date filters with the redundant index bounds (event-query.ts, event_span of SQLite migration 4): an event
// that started long before `since` but ends after it is still found, in pages, counts and aggregates.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { openStore } from '../../src/store/index.js';
import { doc, ev } from './fixtures.js';

function spanning(text: string, evidence: string, start: string, end: string, place: string): Event {
  const e = ev(text, { evidence, day: start, place, country: 'MLI', lat: 14, lon: -4 });
  return { ...e, date: { ...e.date!, end, precision: 'day' } };
}

describe('date filters over events that last several days', () => {
  it('finds an event that started before `since` and ends after it, however long it lasted', async () => {
    const store = await openStore(':memory:', { now: () => new Date('2024-06-01T00:00:00Z') });
    try {
      const t1 = 'Un siège de Tessit a duré de janvier à mars 2024.';
      const t2 = 'Une attaque a visé Gao le 5 mars 2024.';
      const t3 = 'Une attaque a visé Ansongo le 20 février 2024.';
      await store.saveDocument(doc('s1', t2), [spanning(t2, 'Une attaque a visé Gao', '2024-03-05', '2024-03-05', 'Gao')]);
      await store.saveDocument(doc('s2', t3), [spanning(t3, 'Une attaque a visé Ansongo', '2024-02-20', '2024-02-20', 'Ansongo')]);
      const march = { since: '2024-03-01', until: '2024-03-31' };
      expect((await store.listEvents(march)).total).toBe(1);
      // a 65-day siege stored after the short events: the bound widens with it
      await store.saveDocument(doc('s3', t1), [spanning(t1, 'Un siège de Tessit', '2024-01-02', '2024-03-06', 'Tessit')]);
      const page = await store.listEvents(march);
      expect(page.total).toBe(2);
      expect(page.items.map((e) => e.event.place?.name).sort()).toEqual(['Gao', 'Tessit']);
      // one by one through the cursor: the same two, and the count on the later page too
      const first = await store.listEvents({ ...march, limit: 1 });
      const second = await store.listEvents({ ...march, limit: 1, cursor: first.nextCursor });
      expect([...first.items, ...second.items].map((e) => e.event.place?.name)).toEqual(['Gao', 'Tessit']);
      expect(second.total).toBe(2);
      expect(second.nextCursor).toBeNull();
      const agg = await store.aggregate(march, { interval: 'day', group: null });
      expect(agg.map((r) => [r.bucket, r.events])).toEqual([['2024-01-02', 1], ['2024-03-05', 1]]);
      expect((await store.listEvents({ since: '2024-03-07' })).total).toBe(0);
      expect((await store.listEvents({ until: '2024-01-01' })).total).toBe(0);
      expect((await store.listEvents({ since: '2024-02-21', until: '2024-02-28' })).total).toBe(1); // the siege only
    } finally {
      await store.close();
    }
  });
});
