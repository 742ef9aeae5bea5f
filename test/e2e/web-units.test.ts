// The dashboard's pure logic (no browser): evidence runs, grid clustering, filters <-> URL.
import { describe, expect, it } from 'vitest';
import { gridCluster } from '../../web/src/cluster.js';
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
