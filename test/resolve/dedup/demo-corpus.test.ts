import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../../src/core/contract.js';
import { clusterMentions } from '../../../src/resolve/dedup/cluster-batch.js';
import { createEventResolver, deriveFigures } from '../../../src/resolve/dedup/index.js';
import { loadDemoDocs, loadDemoMentions, loadDemoTruth, pairwise } from './demo-corpus.js';

const resolver = createEventResolver();
const docs = loadDemoDocs();
const truthFile = loadDemoTruth();
const { mentions, truth } = loadDemoMentions(docs);

function run(list = mentions) {
  const r = clusterMentions(list, resolver);
  const clusterOf = new Map(r.decisions.map((d) => [d.mentionId, d.eventId]));
  return { r, clusterOf };
}

describe('demo corpus (examples/) resolved from analyst-coded mentions', () => {
  it('has 20–40 documents in French and English, every one tied to a real event of the answer key', () => {
    expect(docs.size).toBeGreaterThanOrEqual(20);
    expect(docs.size).toBeLessThanOrEqual(40);
    const inTruth = new Set(Object.values(truthFile.events).flatMap((e) => e.documents));
    expect([...docs.keys()].filter((d) => !inTruth.has(d))).toEqual([]);
    expect([...inTruth].filter((d) => !docs.has(d))).toEqual([]);
    for (const m of mentions) expect(truthFile.events[truth.get(m.mentionId)!]?.documents).toContain(m.documentId);
  });

  it('merges the reports of each real event and nothing else (pairwise precision and recall)', () => {
    const { r, clusterOf } = run();
    const score = pairwise(clusterOf, truth);
    console.log(`demo corpus merge: ${mentions.length} mentions → ${r.clusters.size} events (truth ${new Set(truth.values()).size}); ` +
      `pairwise precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`);
    const split = [...new Set(truth.values())].filter((t) => new Set([...truth].filter(([, x]) => x === t).map(([m]) => clusterOf.get(m))).size > 1);
    if (split.length > 0) console.log(`split across events: ${split.join(', ')}`);
    expect(score.fp).toBe(0);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps apart the distinct same-day or same-region events of the answer key', () => {
    const { clusterOf } = run();
    for (const [a, b] of truthFile.mustNotMerge) {
      const ca = new Set([...truth].filter(([, t]) => t === a).map(([m]) => clusterOf.get(m)));
      const cb = [...truth].filter(([, t]) => t === b).map(([m]) => clusterOf.get(m));
      expect(cb.filter((c) => ca.has(c)), `${a} vs ${b}`).toEqual([]);
    }
  });

  it('gives the same events in any ingestion order', () => {
    const groups = (list: typeof mentions) => {
      const r = clusterMentions(list, resolver);
      return [...r.clusters.values()].map((c) => c.mentions.map((m) => m.mentionId).sort().join('|')).sort();
    };
    const reversed = [...mentions].reverse();
    const shuffled = [...mentions].sort((a, b) => (a.mentionId.length * 7919 + a.mentionId.charCodeAt(3)) % 13 - (b.mentionId.length * 7919 + b.mentionId.charCodeAt(3)) % 13);
    expect(groups(reversed)).toEqual(groups(mentions));
    expect(groups(shuffled)).toEqual(groups(mentions));
  });

  it('keeps every figure as a claim and derives low/best/high with contested flags', () => {
    const { r } = run();
    const byTruth = (t: string) => [...r.clusters.values()].find((c) => c.mentions.some((m) => truth.get(m.mentionId) === t))!;
    const figuresOf = (t: string) => {
      const c = byTruth(t);
      return deriveFigures(c.mentions.flatMap((m) => resolver.claims(m, c.id)));
    };
    // Barsalogho: at least 100 (security source), about 300 (JNIM), about 400 (families), up to 600 (French assessment)
    expect(figuresOf('barsalogho-2024-08-24').killed).toEqual({ low: 100, best: 300, high: 600, contested: true, claims: 4 });
    // Kramatorsk: the governor's 52 supersedes his 50; "at least 30" (railways) is a bound that agrees with 52
    expect(figuresOf('kramatorsk-station-2022-04-08').killed).toEqual({ low: 30, best: 52, high: 52, contested: false, claims: 3 });
    // al-Ahli: 471 (Gaza health ministry) against 100–300 (US intelligence)
    expect(figuresOf('gaza-al-ahli-2023-10-17').killed).toMatchObject({ low: 100, high: 471, contested: true, claims: 3 });
    // Karabakh offensive: the ombudsman's 200 supersedes his 27
    expect(figuresOf('karabakh-offensive-2023-09-19').killed).toEqual({ low: 200, best: 200, high: 200, contested: false, claims: 2 });
    // Goma: 773 (government) against at least 2,900 (UN)
    expect(figuresOf('goma-m23-2025-01').killed).toMatchObject({ low: 773, high: 2900, contested: true });
    // El Fasher: two outlets, one claimant (WHO, named in two languages) → two claimants with the same figure
    expect(figuresOf('el-fasher-hospital-2025-01-24').killed).toMatchObject({ low: 70, best: 70, high: 70, contested: false });
  });

  it('represents every merged event as a valid contract event whose evidence is in one of its documents', () => {
    const { r } = run();
    for (const c of r.clusters.values()) {
      const e = resolver.represent(c.mentions);
      expect(EventSchema.safeParse(e).success).toBe(true);
      const ev = e.evidence[0]!;
      expect(c.mentions.some((m) => docs.get(m.documentId)!.text.slice(ev.start, ev.end) === ev.text)).toBe(true);
    }
  });
});
