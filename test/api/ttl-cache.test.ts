import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { TtlCache } from '../../src/api/ttl-cache.js';
import { memoryStore } from './memory-store.js';

describe('TtlCache', () => {
  it('reuses an answer within the TTL, recomputes after it, and never keeps a failure', async () => {
    let t = 0;
    const cache = new TtlCache<number>(1000, 10, () => t);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get('k', compute)).toBe(1);
    t = 999;
    expect(await cache.get('k', compute)).toBe(1);
    t = 1000;
    expect(await cache.get('k', compute)).toBe(2);
    await expect(cache.get('bad', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await Promise.resolve();
    expect(await cache.get('bad', async () => 7)).toBe(7);
  });

  it('keeps at most `max` entries', async () => {
    const cache = new TtlCache<string>(60_000, 2, () => 0);
    let calls = 0;
    const f = async () => String(++calls);
    await cache.get('a', f);
    await cache.get('b', f);
    await cache.get('c', f); // drops a
    expect(await cache.get('a', f)).toBe('4');
    expect(await cache.get('c', f)).toBe('3');
  });

  it('is off by default: every aggregates request reaches the store', async () => {
    const store = memoryStore();
    const spy = vi.spyOn(store, 'aggregate');
    const app = createApp({ store });
    await app.request('/api/aggregates');
    await app.request('/api/aggregates');
    expect(spy).toHaveBeenCalledTimes(2);
    const cached = createApp({ store, aggregateCacheMs: 60_000 });
    await cached.request('/api/aggregates?group=type');
    await cached.request('/api/aggregates?group=type');
    await cached.request('/api/aggregates?group=country');
    expect(spy).toHaveBeenCalledTimes(4);
  });
});
