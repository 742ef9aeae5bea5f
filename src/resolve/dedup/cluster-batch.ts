// Resolves a batch of mentions in memory the way the store does it incrementally: file each event under
// its blocking keys, compare a new mention only with the events filed under its keys, merge or create.
// Used by scripts/eval-merge.ts, bench/dedup.bench.ts and the tests; the store keeps its index in tables.
import { eventIdFor } from './ids.js';
import type { ClusterView, EventResolver, MatchDecision, MentionInput } from './types.js';

export interface BatchCluster {
  readonly id: string;
  event: ClusterView['event'];
  readonly mentions: MentionInput[];
}

export interface BatchDecision {
  readonly mentionId: string;
  readonly eventId: string;
  /** null when the mention founded a new event. */
  readonly decision: MatchDecision | null;
}

export interface BatchResult {
  readonly clusters: ReadonlyMap<string, BatchCluster>;
  readonly decisions: readonly BatchDecision[];
  /** Candidate clusters loaded over the whole run (the cost blocking keeps small). */
  readonly comparisons: number;
}

export function clusterMentions(
  mentions: Iterable<MentionInput>,
  resolver: EventResolver,
  onProgress?: (done: number) => void,
): BatchResult {
  const clusters = new Map<string, BatchCluster>();
  const index = new Map<string, Set<string>>();
  const decisions: BatchDecision[] = [];
  let comparisons = 0;
  let done = 0;
  for (const m of mentions) {
    const keys = resolver.blockingKeys(m);
    const ids = new Set<string>();
    for (const k of keys) for (const id of index.get(k) ?? []) ids.add(id);
    const candidates = [...ids].map((id) => clusters.get(id)!).filter(Boolean);
    comparisons += candidates.length;
    const decision = resolver.match(m, candidates);
    let cluster = decision ? clusters.get(decision.eventId) : undefined;
    if (!cluster) {
      const id = eventIdFor(m.mentionId);
      cluster = { id, event: m.event, mentions: [] };
      clusters.set(id, cluster);
    }
    if (!cluster.mentions.some((x) => x.mentionId === m.mentionId)) {
      cluster.mentions.push(m);
      cluster.event = cluster.mentions.length === 1 ? m.event : resolver.represent(cluster.mentions);
    }
    for (const k of keys) {
      const set = index.get(k);
      if (set) set.add(cluster.id);
      else index.set(k, new Set([cluster.id]));
    }
    decisions.push({ mentionId: m.mentionId, eventId: cluster.id, decision: decision && clusters.has(decision.eventId) ? decision : null });
    onProgress?.(++done);
  }
  return { clusters, decisions, comparisons };
}
