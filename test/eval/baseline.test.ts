// CI guard: the fast subset's headline figures may not fall more than 2 points below
// eval/baseline.json (rewrite it deliberately with `npm run eval:baseline -- --reason "..."`).
import { describe, expect, it } from 'vitest';
import { BASELINE_SUBSET, readBaseline, regressions } from '../../src/eval/baseline.js';
import { runEval } from '../../src/eval/run-eval.js';
import { HAS_SHARED } from './shared.js';

describe.skipIf(!HAS_SHARED)('eval baseline (fast subset of ../shared/gold/dev)', () => {
  it('no headline figure falls more than 2 points below eval/baseline.json', async () => {
    const baseline = readBaseline();
    expect(baseline, 'eval/baseline.json is missing: run npm run eval:baseline -- --reason "..."').not.toBeNull();
    const report = await runEval({ sets: BASELINE_SUBSET.sets, limit: BASELINE_SUBSET.limit, worst: 0, now: new Date('2026-01-01T00:00:00Z') });
    expect(report.sets.map((s) => s.docs)).toEqual(BASELINE_SUBSET.sets.map(() => BASELINE_SUBSET.limit));
    expect(regressions(report, baseline!)).toEqual([]);
  });
});
