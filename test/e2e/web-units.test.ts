// The dashboard's pure logic (no browser): evidence runs, grid clustering, filters <-> URL.
import { describe, expect, it } from 'vitest';
import { listManyEvents } from '../../web/src/api.js';
import { gridCluster } from '../../web/src/cluster.js';
import { formatEventTotal } from '../../web/src/format.js';
import { filtersFromSearch, filtersToSearch, withoutPeriod } from '../../web/src/filters.js';
import { runs } from '../../web/src/highlight.js';

describe('evidence runs', () => {
  const text = 'abcdefghij';
  it('splits a text at span boundaries and keeps every character once', () => {
    const r = runs(text, [{ start: 2, end: 5, key: 'a' }, { start: 4, end: 8, key: 'b' }]);
    expect(r.map((x) => x.text).join('')).toBe(text);
    expect(r).toEqual([
      { text: 'ab', start: 0, keys: [] },
      { text: 'cd', start: 2, keys: ['a'] },
      { text: 'e', start: 4, keys: ['a', 'b'] },
      { text: 'fgh', start: 5, keys: ['b'] },
      { text: 'ij', start: 8, keys: [] },
    ]);
  });
  it('ignores spans outside the text or empty', () => {
    expect(runs(text, [{ start: 8, end: 20, key: 'x' }, { start: 3, end: 3, key: 'y' }])).toEqual([{ text, start: 0, keys: [] }]);
  });
});

describe('grid clustering', () => {
  it('groups points of one cell and names the most frequent type', () => {
    const pts = [
      { x: 1, y: 1, type: 'ASSAULT', item: 1 },
      { x: 10, y: 12, type: 'ASSAULT', item: 2 },
      { x: 20, y: 5, type: 'AGREE', item: 3 },
      { x: 200, y: 200, type: 'AGREE', item: 4 },
    ];
    const c = gridCluster(pts, 48).sort((a, b) => b.items.length - a.items.length);
    expect(c).toHaveLength(2);
    expect(c[0]!.items).toEqual([1, 2, 3]);
    expect(c[0]!.dominantType).toBe('ASSAULT');
    expect(c[1]!.items).toEqual([4]);
  });
});

describe('filters in the URL', () => {
  it('round-trips known filters and drops unknown or empty ones', () => {
    const f = filtersFromSearch('?type=ASSAULT&since=2023-09-01&until=&foo=bar&text=Goris%20%26%20co');
    expect(f).toEqual({ type: 'ASSAULT', since: '2023-09-01', text: 'Goris & co' });
    expect(filtersFromSearch(filtersToSearch(f))).toEqual(f);
    expect(filtersToSearch({})).toBe('');
    expect(withoutPeriod({ type: 'AGREE', since: 'x', until: 'y' })).toEqual({ type: 'AGREE' });
  });
});

describe('event totals', () => {
  it('says "1,000+" when the API only knows a lower bound, the exact count otherwise', () => {
    expect(formatEventTotal(1000, true)).toBe('1,000+ events');
    expect(formatEventTotal(1, false)).toBe('1 event');
    expect(formatEventTotal(2345)).toBe('2,345 events');
    expect(formatEventTotal(0)).toBe('0 events');
  });

  it('keeps the lower bound while pages remain, and counts exactly once every page is walked', async () => {
    const pages = (n: number, total: number, lowerBound: boolean): Record<string, unknown>[] => {
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < n; i++) {
        out.push({ items: [{ id: `e${i}` }, { id: `f${i}` }], nextCursor: i < n - 1 ? `c${i + 1}` : null, total, totalIsLowerBound: lowerBound });
      }
      return out;
    };
    const realFetch = globalThis.fetch;
    try {
      let served = pages(3, 1000, true);
      const urls: string[] = [];
      globalThis.fetch = (async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify(served.shift()), { status: 200, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
      // Stops at max with pages left: only a lower bound is known.
      const partial = await listManyEvents({ text: 'attaque' }, 4);
      expect(partial).toMatchObject({ total: 1000, totalIsLowerBound: true });
      expect(partial.items).toHaveLength(4);
      expect(urls[0]).toContain('text=attaque');
      expect(urls[1]).toContain('cursor=c1');
      // Every page walked: the count is the items seen, whatever the cap said.
      served = pages(3, 1000, true);
      const whole = await listManyEvents({ text: 'attaque' }, 100);
      expect(whole).toMatchObject({ total: 6, totalIsLowerBound: false });
      // An exact total from the server stays exact.
      served = pages(1, 2, false);
      expect(await listManyEvents({}, 100)).toMatchObject({ total: 2, totalIsLowerBound: false });
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
