// Deterministic identifiers: the same mention always founds the same event id and yields the same claim ids.
import { createHash } from 'node:crypto';
import type { CountKind } from '../../core/contract.js';

/** Id of the event a mention founds when it matches no existing event. */
export function eventIdFor(mentionId: string): string {
  return `evt_${createHash('sha256').update(mentionId).digest('hex').slice(0, 16)}`;
}

export function claimIdFor(mentionId: string, kind: CountKind): string {
  return `${mentionId}:${kind}`;
}
