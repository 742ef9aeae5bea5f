// listEvents pages and totals on a real SQLite store (src/store/event-query.ts): the page is chosen by id
// first, and the count is skipped when the first page already holds every match; both must stay exact.
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../src/api/collect-events.js';
import { TEXT_TOTAL_CAP } from '../../src/store/event-query.js';
import { openStore } from '../../src/store/index.js';
import { doc, ev } from './fixtures.js';

describe('pages and totals (SQLite store)', () => {
  // Seven attacks on distinct days and places; the word "drone" in the text of five of them.
  async function seeded() {
    const store = await openStore(':memory:', { now: () => new Date('2024-06-01T00:00:00Z') });
    for (let i = 0; i < 7; i++) {
      const text = `Attaque ${i === 2 || i === 5 ? 'armée' : 'de drone'} numéro ${i} à Lieu${i} le ${10 + i} mai 2023.`;
      await store.saveDocument(doc(`q${i}`, text, { date: '2023-05-20' }), [
        ev(text, { evidence: `numéro ${i}`, day: `2023-05-${10 + i}`, country: i < 4 ? 'MLI' : 'BFA', place: `Lieu${i}`, lat: 10 + i, lon: -5 + i }),
      ]);
    }
    return store;
  }
  const days = (items: readonly { event: { date: { start: string } | null } }[]): string[] => items.map((e) => e.event.date!.start.slice(-2));

  it('counts exactly whether or not the first page holds every match, and pages text matches in order', async () => {
    const store = await seeded();
    try {
      const all = await store.listEvents({ text: 'drone', limit: 10 });
      expect(all.total).toBe(5);
      expect(days(all.items)).toEqual(['16', '14', '13', '11', '10']);
      expect(all.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof store.listEvents>> = await store.listEvents({ text: 'drone', limit: 2, cursor });
        expect(page.total).toBe(5);
        seen.push(...days(page.items));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['16', '14', '13', '11', '10']);
      const filtered = await store.listEvents({ text: 'drone', country: 'MLI', bbox: [-10, 0, 10, 20], sort: 'date' });
      expect(days(filtered.items)).toEqual(['10', '11', '13']);
      expect(filtered.total).toBe(3);
      expect((await store.listEvents({ text: 'drone', limit: 1, since: '2023-05-15' })).total).toBe(1);
      expect((await store.listEvents({ limit: 3 })).total).toBe(7);
      expect((await store.listEvents({ text: 'inexistant' })).total).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('counts a text search up to the cap, then says the total is a lower bound; pages still reach every match', async () => {
    const store = await openStore(':memory:', { now: () => new Date('2024-06-01T00:00:00Z') });
    try {
      const n = TEXT_TOTAL_CAP + 5;
      const batch = Array.from({ length: n }, (_, i) => {
        const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        const text = `Frappe de drone numéro ${i} sur Village${i} le ${day}.`;
        return { doc: doc(`c${i}`, text, { date: day, source: `outlet${i}` }),
          events: [ev(text, { evidence: `drone numéro ${i}`, day, country: 'MLI', place: `Village${i}`, lat: 10 + (i % 50) / 10, lon: -5 + (i % 70) / 10 })] };
      });
      await store.saveDocuments(batch);
      expect((await store.counts()).events).toBe(n);
      const first = await store.listEvents({ text: 'drone', limit: 10 });
      expect(first.total).toBe(TEXT_TOTAL_CAP);
      expect(first.totalIsLowerBound).toBe(true);
      expect(first.items).toHaveLength(10);
      // a later page says the same
      const second = await store.listEvents({ text: 'drone', limit: 10, cursor: first.nextCursor });
      expect([second.total, second.totalIsLowerBound]).toEqual([TEXT_TOTAL_CAP, true]);
      // under the cap, or without text, totals are exact and say so
      const few = await store.listEvents({ text: 'drone', since: '2022-01-01', limit: 10 });
      expect(few.total).toBe(n - 731);
      expect(few.totalIsLowerBound).toBeUndefined();
      const all = await store.listEvents({ limit: 10 });
      expect([all.total, all.totalIsLowerBound]).toEqual([n, undefined]);
      // walking every page (as exports do) finds them all and then knows the exact total
      const walked = await collectEvents(store, { text: 'drone' }, Number.MAX_SAFE_INTEGER, undefined, 200);
      expect(walked.events).toHaveLength(n);
      expect(new Set(walked.events.map((e) => e.id)).size).toBe(n);
      expect(walked.total).toBe(n);
    } finally {
      await store.close();
    }
  });
});
