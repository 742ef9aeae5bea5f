// The bench timer's contract (no timing asserted: calls counted and fields checked): it warms up before timing,
// stops at maxRuns, and reports this process's CPU time beside the wall clock.
import { describe, expect, it } from 'vitest';
import { timeRepeated } from '../../bench/types.js';

describe('timeRepeated', () => {
  it('makes one warm-up call by default, then the timed calls', async () => {
    let calls = 0;
    const t = await timeRepeated(() => calls++, 1_000_000, 7);
    expect(t.runs).toBe(7);
    expect(calls).toBe(8);
  });

  it('keeps warming up for warmMs before timing (calls beyond the timed ones)', async () => {
    let calls = 0;
    const t = await timeRepeated(() => {
      calls++;
      // A little work per call so that warm-up takes several calls.
      let x = 0;
      for (let i = 0; i < 20_000; i++) x += i;
      return x;
    }, 1_000_000, 3, 30);
    expect(t.runs).toBe(3);
    expect(calls).toBeGreaterThan(4);
  });

  it('reports wall-clock and CPU milliseconds of the timed calls', async () => {
    const t = await timeRepeated(() => {
      let x = 0;
      for (let i = 0; i < 200_000; i++) x += Math.sqrt(i);
      return x;
    }, 1_000_000, 5);
    expect(t.ms).toBeGreaterThan(0);
    expect(t.cpuMs).toBeGreaterThan(0);
    expect(Number.isFinite(t.cpuMs)).toBe(true);
  });
});
