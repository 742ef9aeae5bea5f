// listEvents pages and totals on a real SQLite store (src/store/event-query.ts): the page is chosen by id
// first, and the count is skipped when the first page already holds every match; both must stay exact.
import { describe, expect, it } from 'vitest';
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
});
