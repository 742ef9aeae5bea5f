// Chooses the event a new mention belongs to among the candidates that share a blocking key.
import { COUNT_KINDS } from '../../core/contract.js';
import { neighbourhood, type Corroborate } from './corroboration.js';
import { foldName } from './normalize.js';
import type { ResolverOptions } from './options.js';
import { comparePair, type PairScore } from './score.js';
import type { ClusterView, MatchDecision, MentionInput } from './types.js';

function byMentionOrder(a: MentionInput, b: MentionInput): number {
  return (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.mentionId.localeCompare(b.mentionId);
}

export type ClusterScore = PairScore & { readonly against: string };

/**
 * A mention against one cluster. The representative (most precise place and date of the cluster) must not
 * rule the pair out, so a vague mention cannot chain two precise events together; the score is then the
 * best over the representative and the cluster's first mentions.
 */
export function scoreAgainstCluster(m: MentionInput, c: ClusterView, o: ResolverOptions): ClusterScore {
  const rep = comparePair(m, { event: c.event, publishedAt: null }, o);
  if (rep.rejected && c.event.date) return { ...rep, against: 'representative' };
  let best: ClusterScore = { ...rep, against: 'representative' };
  const mentions = [...c.mentions].sort(byMentionOrder).slice(0, o.maxCompared);
  for (const other of mentions) {
    const s = comparePair(m, other, o);
    if (!s.rejected && (best.rejected || s.score > best.score)) best = { ...s, against: other.mentionId };
  }
  return best;
}

/** Two mentions of one document are one event only when they are two claims about it (see options). */
function withinDocumentAllowed(a: MentionInput, b: MentionInput, o: ResolverOptions): boolean {
  if (o.mergeWithinDocument === 'always') return true;
  if (o.mergeWithinDocument === 'never') return false;
  const ca = a.event.attribution ? foldName(a.event.attribution.name) : '';
  const cb = b.event.attribution ? foldName(b.event.attribution.name) : '';
  if (ca === cb) return false;
  return COUNT_KINDS.some((k) => a.event.counts[k] && b.event.counts[k]);
}

/**
 * The best cluster for a mention, or null. A mention that does not match a cluster exactly (the same town
 * and the same day(s)) joins it only when corroborated (see corroboration.ts) if the neighbourhood holds at
 * least `corroborateAmong` other events; a mention that fits another cluster almost as well as its best
 * loose match is ambiguous: it founds its own event rather than being guessed into one.
 */
export function matchMention(m: MentionInput, candidates: readonly ClusterView[], o: ResolverOptions): MatchDecision | null {
  const accepted: { c: ClusterView; s: ClusterScore }[] = [];
  let corroborate: Corroborate | undefined;
  for (const c of [...candidates].sort((x, y) => x.id.localeCompare(y.id))) {
    if (c.mentions.some((x) => x.mentionId === m.mentionId)) return { eventId: c.id, score: 1, reason: 'already a mention of this event' };
    if (c.mentions.some((x) => x.documentId === m.documentId && !withinDocumentAllowed(m, x, o))) continue;
    const s = scoreAgainstCluster(m, c, o);
    if (s.rejected || s.score < o.threshold) continue;
    if (s.exact) { accepted.push({ c, s }); continue; }
    if (candidates.length - 1 < o.corroborateAmong) { accepted.push({ c, s }); continue; }
    // two reports dated only by their publication on different days carry no date evidence: where events
    // are many, a shared word or figure would be a coincidence
    if (s.undatedApart) continue;
    corroborate ??= neighbourhood(m, candidates, o);
    const why = corroborate(c);
    if (why) accepted.push({ c, s: { ...s, reason: `${s.reason}; ${why} among ${candidates.length} events` } });
  }
  accepted.sort((a, b) => b.s.score - a.s.score || a.c.id.localeCompare(b.c.id));
  const best = accepted[0];
  if (!best) return null;
  const second = accepted[1];
  if (!best.s.exact && second && second.s.score >= best.s.score - o.ambiguityMargin) return null;
  return { eventId: best.c.id, score: best.s.score, reason: `score ${best.s.score} ≥ ${o.threshold} vs ${best.s.against}: ${best.s.reason}` };
}
