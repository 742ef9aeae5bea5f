import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../helpers/run-cli.js';
import { HAS_SHARED } from './shared.js';

describe('vigie eval', () => {
  it('names the known sets when a set is unknown or none is given', async () => {
    const r = await cli(['eval', '--set', 'nope', '--no-write']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown set "nope"; known sets: mali-incidents-fr/);
    const none = await cli(['eval', '--no-write']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/give --set NAME or --all/);
    expect((await cli(['eval', '--all', '--limit', 'x', '--no-write'])).err).toMatch(/--limit: expected a whole number/);
  });

  it.skipIf(!HAS_SHARED)('--json prints the report of the chosen sets, limited', async () => {
    const r = await cli(['eval', '--set', 'mali-incidents-fr', '--set', 'case2021-task2', '--limit', '5', '--json', '--no-write']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { limit: number; sets: { name: string; docs: number; headline: Record<string, unknown> }[] };
    expect(report.limit).toBe(5);
    expect(report.sets.map((s) => [s.name, s.docs])).toEqual([['mali-incidents-fr', 5], ['case2021-task2', 5]]);
    expect(report.sets[0]?.headline).toHaveProperty('detection_f1');
  });

  it.skipIf(!HAS_SHARED)('prints one table per set with a confusion table and the worst misses', async () => {
    const r = await cli(['eval', '--set', 'mali-incidents-fr', '--limit', '20', '--worst', '2', '--no-write']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/== mali-incidents-fr \(events\) ==/);
    expect(r.out).toMatch(/detection P \/ R \/ F1/);
    expect(r.out).toMatch(/type confusion:/);
  });

  it.skipIf(!HAS_SHARED)('splits ucdp-ged-car, French and English headlines, by language', async () => {
    const r = await cli(['eval', '--set', 'ucdp-ged-car', '--limit', '150', '--json', '--no-write']);
    expect(r.code).toBe(0);
    const set = (JSON.parse(r.out) as { sets: { docs: number; byLanguage?: Record<string, { docs: number; headline: Record<string, unknown> }> }[] }).sets[0]!;
    const langs = set.byLanguage ?? {};
    expect(Object.keys(langs)).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(Object.values(langs).reduce((n, l) => n + l.docs, 0)).toBe(set.docs);
    expect(langs.fr?.headline).toHaveProperty('detection_recall_stated');
  });
});
