// The API on the real SQLite store (openStore(':memory:')), with hand-written documents and events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSchema } from '../../src/core/contract.js';
import { createApp } from '../../src/api/app.js';
import type { EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/index.js';
import { doc, event } from './fixtures.js';

const A = "Selon le ministère arménien, l'armée azerbaïdjanaise a bombardé Stepanakert le 19 septembre. Au moins 27 personnes ont été tuées.";
const B = "Stepanakert a été bombardée mardi 19 septembre; les autorités locales parlent de 32 morts.";
const C = 'Les deux parties ont signé un cessez-le-feu à Bamako.';

let store: EventStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore(':memory:', { now: () => new Date('2024-01-01T00:00:00Z') });
  app = createApp({ store });
  await store.saveDocument(doc('a', A, { source: 'Outlet A' }), [
    event(A, "l'armée azerbaïdjanaise a bombardé Stepanakert", {
      counts: { killed: { value: 27, low: 27, high: null, qualifier: 'at_least' } },
      attribution: { name: 'le ministère arménien', actor: null },
    }),
  ]);
  await store.saveDocument(doc('b', B, { source: 'Outlet B', contentHash: 'hash-b' }), [
    event(B, 'Stepanakert a été bombardée', {
      counts: { killed: { value: 32, qualifier: 'exact' } },
      attribution: { name: 'les autorités locales', actor: null },
    }),
  ]);
  await store.saveDocument(doc('c', C, { date: '2015-06-20' }), [
    event(C, 'ont signé un cessez-le-feu', {
      type: 'AGREE', acled: null, cameo: '057', context: ['ceasefire'], actors: [],
      date: { start: '2015-06-20', end: null, precision: 'day', rule: 'doc date' },
      place: { name: 'Bamako', country: 'MLI', lat: 12.65, lon: -8, precision: 'city' },
    }),
  ]);
});
afterAll(async () => {
  await store.close();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: (res.headers.get('Content-Type') ?? '').includes('json') ? await res.json() : await res.text() };
}

describe('API on the SQLite store', () => {
  it('lists contract events and filters them', async () => {
    const all = await get('/api/events');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(2);
    for (const it of all.body.items) expect(EventSchema.safeParse(it.event).success).toBe(true);
    const agree = await get('/api/events?type=AGREE&country=MLI&since=2015-06-01&until=2015-06-30');
    expect(agree.body.items.map((i: any) => i.event.place.name)).toEqual(['Bamako']);
  });

  it('shows an event with every mention, claim and source document', async () => {
    const list = await get('/api/events?type=ASSAULT');
    const ids = list.body.items.map((i: any) => i.id);
    const details = await Promise.all(ids.map((id: string) => get(`/api/events/${encodeURIComponent(id)}`)));
    const claims = details.flatMap((d) => d.body.claims);
    expect(claims.map((c: any) => c.value).sort()).toEqual([27, 32]);
    for (const d of details) {
      expect(d.status).toBe(200);
      for (const m of d.body.mentions) expect(EventSchema.safeParse(m.event).success).toBe(true);
      expect(d.body.documents.length).toBe(d.body.mentions.length);
    }
  });

  it('returns a document with spans that are exact substrings', async () => {
    const { status, body } = await get('/api/documents/a');
    expect(status).toBe(200);
    expect(body.spans.length).toBeGreaterThan(0);
    for (const s of body.spans) expect(A.slice(s.start, s.end)).toBe(s.text);
  });

  it('aggregates per day with casualty sums', async () => {
    const { status, body } = await get('/api/aggregates?interval=day&group=country');
    expect(status).toBe(200);
    expect(body.totals.events).toBe(all(body.rows));
    expect(body.rows.some((r: any) => r.group === 'MLI' && r.bucket === '2015-06-20')).toBe(true);
  });

  it('rejects a forged cursor with a 400', async () => {
    const { status, body } = await get('/api/events?cursor=not-a-cursor');
    expect(status).toBe(400);
    expect(body.error).toContain('cursor');
  });

  it('exports CSV rows for every event', async () => {
    const { status, body } = await get('/api/export.csv');
    expect(status).toBe(200);
    const total = (await get('/api/events')).body.total;
    expect((body as string).trim().split('\r\n')).toHaveLength(total + 1);
  });
});

function all(rows: { events: number }[]): number {
  return rows.reduce((s, r) => s + r.events, 0);
}
