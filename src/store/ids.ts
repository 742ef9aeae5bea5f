// Deterministic identifiers: the same corpus gives the same ids.
import { createHash } from 'node:crypto';
import { eventIdFor } from '../resolve/dedup/ids.js';

function h(s: string, n: number): string {
  return createHash('sha256').update(s, 'utf8').digest('hex').slice(0, n);
}

/** A mention is the index-th event of its document. */
export function mentionId(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}

/** An event is named after the mention that created it (the resolver's own rule, so batch and store agree). */
export function newEventId(firstMentionId: string): string {
  return eventIdFor(firstMentionId);
}

/** The event a mention gets when an analyst detaches it from the one it was merged into. */
export function unmergedEventId(mentionId: string, fromEventId: string): string {
  return `evt_${h(`unmerge\u0000${mentionId}\u0000${fromEventId}`, 20)}`;
}

/** The same origin and payload quarantined twice is one entry with two attempts. */
export function quarantineId(origin: string, payload: string | null): string {
  return `q_${h(`${origin}\u0000${payload ?? ''}`, 20)}`;
}
