// The seam between the store and cross-document event resolution (issue 7).
// The store asks for blocking keys, loads the candidate events that share one, and lets the resolver decide.
import type { Event } from '../../core/contract.js';
import type { Claim } from '../../store/event-store.js';

export interface MentionInput {
  readonly mentionId: string;
  readonly documentId: string;
  readonly event: Event;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
}

export interface ClusterView {
  readonly id: string;
  readonly event: Event;
  readonly mentions: readonly MentionInput[];
}

export interface MatchDecision {
  readonly eventId: string;
  readonly score: number;
  readonly reason: string;
}

export interface EventResolver {
  /** Keys that any event this mention could merge with must share (e.g. type × country × week). */
  blockingKeys(m: MentionInput): string[];
  /** The best cluster for this mention, or null for a new event. */
  match(m: MentionInput, candidates: readonly ClusterView[]): MatchDecision | null;
  /** The representative event of a cluster (deterministic for the same mentions). */
  represent(mentions: readonly MentionInput[]): Event;
  /** The figures this mention claims. */
  claims(m: MentionInput, eventId: string): Claim[];
}
