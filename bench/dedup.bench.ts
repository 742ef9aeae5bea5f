// Cross-document resolution of 100,000 synthetic event mentions (issue 7: under a minute, memory bounded
// by blocking; no all-pairs comparison). Floor measured in the same run: computing the blocking keys and
// filing every mention under them, without comparing anything.
import { clusterMentions } from '../src/resolve/dedup/cluster-batch.js';
import { createEventResolver } from '../src/resolve/dedup/index.js';
import type { MentionInput } from '../src/resolve/dedup/types.js';
import { syntheticMentions } from './dedup-synthetic.js';
import { type BenchRow, ratioOf } from './types.js';

const N = Number(process.env.VIGIE_BENCH_DEDUP_N ?? 100_000);
const MB = 1024 * 1024;

export default async function bench(): Promise<BenchRow[]> {
  const items = [...syntheticMentions(N)];
  const mentions: MentionInput[] = items.map((x) => x.mention);
  const resolver = createEventResolver();

  // floor: blocking keys + index only
  let t0 = performance.now();
  const index = new Map<string, number>();
  for (const m of mentions) for (const k of resolver.blockingKeys(m)) index.set(k, (index.get(k) ?? 0) + 1);
  const floorMs = performance.now() - t0;

  const heapBefore = process.memoryUsage().heapUsed;
  t0 = performance.now();
  const result = clusterMentions(mentions, resolver);
  const ms = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;

  // pairwise precision/recall against the generator's truth, by counting (no pair enumeration)
  const truthOf = new Map(items.map((x) => [x.mention.mentionId, x.truth]));
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const tally = (keys: Iterable<string>) => { const m = new Map<string, number>(); for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1); return [...m.values()].reduce((s, n) => s + c2(n), 0); };
  const predicted = tally(result.decisions.map((d) => d.eventId));
  const gold = tally(items.map((x) => String(x.truth)));
  const tp = tally(result.decisions.map((d) => `${d.eventId}|${truthOf.get(d.mentionId)}`));

  const rate = N / (ms / 1000);
  const floorRate = N / (floorMs / 1000);
  const label = `${N.toLocaleString('en')} synthetic mentions → ${result.clusters.size.toLocaleString('en')} events`;
  return [
    { group: 'dedup', name: `${label}: total time`, value: Math.round(ms), unit: 'ms', baseline: { name: 'blocking keys + index only', value: Math.round(floorMs) }, ratio: ratioOf(ms, floorMs) },
    { group: 'dedup', name: `${label}: throughput`, value: Math.round(rate), unit: 'mentions/s', baseline: { name: 'blocking keys + index only', value: Math.round(floorRate) }, ratio: ratioOf(rate, floorRate) },
    { group: 'dedup', name: `${label}: candidate events compared per mention`, value: Math.round((result.comparisons / N) * 100) / 100, unit: 'events', baseline: { name: 'all-pairs (mentions so far, average)', value: Math.round(N / 2) } },
    { group: 'dedup', name: `${label}: heap growth while resolving`, value: Math.round(((heapAfter - heapBefore) / MB) * 10) / 10, unit: 'MB' },
    { group: 'dedup', name: `${label}: pairwise precision (synthetic truth)`, value: Math.round((tp / Math.max(1, predicted)) * 1000) / 1000, unit: 'ratio' },
    { group: 'dedup', name: `${label}: pairwise recall (synthetic truth)`, value: Math.round((tp / Math.max(1, gold)) * 1000) / 1000, unit: 'ratio' },
  ];
}
