// Cross-document event resolution (issue 7): which mentions report one real event, the representative
// event of a cluster, and the claims ledger. The store drives it through the EventResolver seam.
import { blockingKeysOf } from './blocking.js';
import { claimsOf } from './claims.js';
import { matchMention } from './match.js';
import { resolveOptions, type ResolverOptions } from './options.js';
import { representEvent } from './represent.js';
import type { EventResolver } from './types.js';

export type { ClusterView, EventResolver, MatchDecision, MentionInput } from './types.js';
export { DEFAULT_RESOLVER_OPTIONS, type ResolverOptions } from './options.js';
export { deriveFigures, deriveFigureDetail, currentClaims, claimInterval, claimantKey, type FigureDetail } from './figures.js';
export { claimsOf } from './claims.js';
export { comparePair, type PairScore } from './score.js';
export { eventIdFor, claimIdFor } from './ids.js';
export { representEvent } from './represent.js';

export function createEventResolver(opts: Partial<ResolverOptions> = {}): EventResolver {
  const o = resolveOptions(opts);
  return {
    blockingKeys: (m) => blockingKeysOf(m, o),
    match: (m, candidates) => matchMention(m, candidates, o),
    represent: (mentions) => representEvent(mentions),
    claims: (m, eventId) => claimsOf(m, eventId),
  };
}
