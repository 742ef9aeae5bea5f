import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EventSchema } from '../../src/core/contract.js';
import { createApp } from '../../src/api/app.js';
import { memoryStore } from './memory-store.js';
import { doc, event } from './fixtures.js';

const TEXT_A = "Selon le ministère, l'armée a bombardé Stepanakert mardi. Au moins 27 personnes ont été tuées.";
const TEXT_B = 'Ukraine: a missile struck the Kramatorsk station, killing 50 people, officials said.';
const TEXT_C = 'Les deux parties ont signé un cessez-le-feu à Bamako.';

const store = memoryStore();
const app = createApp({ store });

beforeAll(async () => {
  await store.saveDocument(doc('a', TEXT_A), [
    event(TEXT_A, "l'armée a bombardé Stepanakert", {
      counts: { killed: { value: 27, low: 27, high: null, qualifier: 'at_least' } },
      attribution: { name: 'le ministère', actor: null },
    }),
  ]);
  await store.saveDocument(doc('b', TEXT_B, { lang: 'en', date: '2022-04-08', source: 'Outlet B' }), [
    event(TEXT_B, 'a missile struck the Kramatorsk station', {
      date: { start: '2022-04-08', end: null, precision: 'day', rule: 'doc date' },
      place: { name: 'Kramatorsk', country: 'UKR', lat: 48.72, lon: 37.56, precision: 'city' },
      counts: { killed: { value: 50, qualifier: 'exact' } },
    }),
  ]);
  await store.saveDocument(doc('c', TEXT_C, { date: '2015-06-20' }), [
    event(TEXT_C, 'ont signé un cessez-le-feu', {
      type: 'AGREE', acled: null, cameo: '057', context: ['ceasefire'],
      date: { start: '2015-06-20', end: null, precision: 'day', rule: 'doc date' },
      place: { name: 'Bamako', country: 'MLI', lat: 12.65, lon: -8, precision: 'city' },
    }),
  ]);
});

async function get(path: string): Promise<{ status: number; body: any; res: Response }> {
  const res = await app.request(path);
  const type = res.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body, res };
}

describe('GET /api/events', () => {
  it('lists events that satisfy the data contract', async () => {
    const { status, body } = await get('/api/events');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    for (const item of body.items) expect(EventSchema.safeParse(item.event).success).toBe(true);
  });

  it.each([
    ['type=AGREE', ['AGREE']],
    ['type=assault&country=ukr', ['ASSAULT']],
    ['since=2023-01-01', ['ASSAULT']],
    ['until=2016-01-01', ['AGREE']],
    ['context=ceasefire', ['AGREE']],
    ['bbox=30,40,40,50', ['ASSAULT']],
    ['actor=AZE-GOV', ['ASSAULT', 'ASSAULT', 'AGREE']],
    ['text=kramatorsk', ['ASSAULT']],
    ['place=bamak', ['AGREE']],
  ])('filters by %s', async (qs, types) => {
    const { status, body } = await get(`/api/events?${qs}`);
    expect(status).toBe(200);
    expect(body.items.map((i: any) => i.event.type).sort()).toEqual([...types].sort());
  });

  it('pages with a cursor through every event exactly once', async () => {
    const seen: string[] = [];
    let url = '/api/events?limit=1&sort=date';
    for (let i = 0; i < 10; i++) {
      const { body } = await get(url);
      seen.push(...body.items.map((x: any) => x.id));
      if (!body.nextCursor) break;
      url = `/api/events?limit=1&sort=date&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it.each([
    ['limit=100000', 'limit'],
    ['limit=abc', 'limit'],
    ['country=France', 'country'],
    ['bbox=1,2,3', 'bbox'],
    ['since=2023-02-30', 'since'],
    ['since=2024-01-01&until=2023-01-01', 'since'],
    ['type=BOMBING', 'type'],
    ['modality=maybe', 'modality'],
    ['colour=red', 'colour'],
    ['min_sources=0', 'min_sources'],
  ])('rejects %s with a 400 naming the parameter', async (qs, field) => {
    const { status, body } = await get(`/api/events?${qs}`);
    expect(status).toBe(400);
    expect(body.error).toContain(field);
  });
});

describe('GET /api/events/:id', () => {
  it('returns the event with its mentions, claims and source documents', async () => {
    const list = await get('/api/events?type=ASSAULT&country=AZE');
    const id = list.body.items[0].id;
    const { status, body } = await get(`/api/events/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(EventSchema.safeParse(body.event).success).toBe(true);
    for (const m of body.mentions) expect(EventSchema.safeParse(m.event).success).toBe(true);
    expect(body.claims[0]).toMatchObject({ kind: 'killed', value: 27, claimant: 'le ministère', outlet: 'Outlet A' });
    expect(body.documents).toEqual([expect.objectContaining({ id: 'a', title: 'Title a', source: 'Outlet A' })]);
  });

  it('answers 404 as JSON for an unknown id', async () => {
    const { status, body } = await get('/api/events/nope');
    expect(status).toBe(404);
    expect(body.error).toContain('nope');
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the text and evidence spans that are exact substrings of it', async () => {
    const { status, body } = await get('/api/documents/a');
    expect(status).toBe(200);
    expect(body.document.text).toBe(TEXT_A);
    expect(body.spans).toHaveLength(1);
    for (const s of body.spans) expect(TEXT_A.slice(s.start, s.end)).toBe(s.text);
    expect(body.document.contentHash).toBeUndefined();
  });

  it('answers 404 for an unknown document', async () => {
    expect((await get('/api/documents/zzz')).status).toBe(404);
  });
});

describe('GET /api/aggregates', () => {
  it('counts events and sums casualties low/best/high', async () => {
    const { status, body } = await get('/api/aggregates?interval=day&group=type');
    expect(status).toBe(200);
    expect(body.totals).toMatchObject({ events: 3, killedLow: 77, killedBest: 77 });
    expect(body.rows.every((r: any) => r.group === 'ASSAULT' || r.group === 'AGREE')).toBe(true);
  });

  it('gives the same rows as columns with layout=columns', async () => {
    const rows = await get('/api/aggregates?interval=day&group=type');
    const cols = await get('/api/aggregates?interval=day&group=type&layout=columns');
    expect(cols.status).toBe(200);
    expect(cols.res.headers.get('content-type')).toContain('application/json');
    expect(cols.body.rows).toBeUndefined();
    expect(cols.body.totals).toEqual(rows.body.totals);
    expect(cols.body.columns.bucket).toEqual(rows.body.rows.map((r: any) => r.bucket));
    expect(cols.body.columns.group).toEqual(rows.body.rows.map((r: any) => r.group));
    expect(cols.body.columns.killedBest).toEqual(rows.body.rows.map((r: any) => r.killedBest));
    expect(rows.body.rows.length).toBeGreaterThan(0);
    expect((await get('/api/aggregates?layout=table')).status).toBe(400);
  });

  it('rejects an unknown interval', async () => {
    const { status, body } = await get('/api/aggregates?interval=month');
    expect(status).toBe(400);
    expect(body.error).toContain('interval');
  });
});

describe('exports', () => {
  it('CSV has ACLED-style columns and ISO-3 countries', async () => {
    const { status, body, res } = await get('/api/export.csv?type=ASSAULT');
    expect(status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/csv');
    const lines = (body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1/);
    expect(lines).toHaveLength(3);
    expect(body).toContain(',UKR,');
    expect(body).toContain(',AZE,');
    expect(body).toContain('Ukraine');
  });

  it('GeoJSON has one point feature per located event', async () => {
    const { status, body } = await get('/api/export.geojson');
    expect(status).toBe(200);
    const fc = typeof body === 'string' ? JSON.parse(body) : body;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(3);
    const kram = fc.features.find((f: any) => f.properties.place === 'Kramatorsk');
    expect(kram.geometry.coordinates).toEqual([37.56, 48.72]);
  });

  it('JSON export carries contract events', async () => {
    const { body } = await get('/api/export.json?country=MLI');
    const arr = typeof body === 'string' ? JSON.parse(body) : body;
    expect(arr).toHaveLength(1);
    expect(EventSchema.safeParse(arr[0]).success).toBe(true);
    expect(arr[0].id).toBeTruthy();
  });

  it('validates export filters too', async () => {
    expect((await get('/api/export.csv?since=yesterday')).status).toBe(400);
  });
});

describe('limits and errors', () => {
  it('serves an OpenAPI 3 document describing every route', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const p of ['/api/events', '/api/events/{id}', '/api/documents/{id}', '/api/aggregates', '/api/export.json', '/api/export.csv', '/api/export.geojson']) {
      expect(body.paths[p]?.get).toBeTruthy();
    }
    expect(body.components.schemas.Event.properties.evidence).toBeTruthy();
    const refs = [...JSON.stringify(body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(body.components.schemas[r], `$ref ${r}`).toBeTruthy();
  });

  it('refuses an oversized body with 413', async () => {
    const res = await app.request('/api/events', { method: 'POST', body: 'x'.repeat(100_000), headers: { 'Content-Length': '100000' } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toContain('too large');
  });

  it('refuses an oversized URL with 413', async () => {
    const res = await app.request(`/api/events?text=${'a'.repeat(10_000)}`);
    expect(res.status).toBe(413);
  });

  it('turns a store failure into a JSON 500 without leaking the message', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    store.failNext('disk on fire: /secret/path');
    const { status, body } = await get('/api/events');
    spy.mockRestore();
    expect(status).toBe(500);
    expect(body).toEqual({ error: 'internal server error' });
  });

  it('answers writes with a JSON 405: the API is read-only', async () => {
    const res = await app.request('/api/events', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect(((await res.json()) as { error: string }).error).toContain('DELETE');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    expect(status).toBe(404);
    expect(body.error).toContain('/api/nothing');
  });
});

describe('totals that are lower bounds (text searches with many matches)', () => {
  it('are passed on as totalIsLowerBound, and an export counts what it walked', async () => {
    // the same events, but the store says "at least 1" as a capped count does
    const capped = createApp({ store: { ...store, listEvents: async (q) => ({ ...(await store.listEvents({ ...q, limit: 2 })), total: 1, totalIsLowerBound: true }) } });
    const res = await capped.request('/api/events');
    const body = (await res.json()) as { total: number; totalIsLowerBound?: boolean };
    expect([body.total, body.totalIsLowerBound]).toEqual([1, true]);
    const exp = await capped.request('/api/export.json');
    expect(exp.headers.get('X-Total-Count')).toBe('3');
    expect(exp.headers.get('X-Truncated')).toBe('false');
    // an exact count says so
    expect((await get('/api/events')).body.totalIsLowerBound).toBe(false);
  });
});
