// Which PLOVER types may be two readings of one real event. Reports of one attack are coded as an
// assault by one outlet and as coercion (abduction, seizure) by another; a ceasefire is "agreed" or
// "conceded"; talks are "consultations" or "cooperation". Types outside every group only merge with themselves.
import type { PloverType } from '../../core/contract.js';

export const DEFAULT_TYPE_GROUPS: readonly (readonly PloverType[])[] = [
  ['ASSAULT', 'COERCE'],
  ['AGREE', 'CONCEDE', 'RETREAT'],
  ['CONSULT', 'COOPERATE'],
  ['ACCUSE', 'REJECT', 'THREATEN'],
  ['AID', 'SUPPORT'],
];

/** The group key of a type: the first type of its group, or the type itself. */
export function typeGroupOf(type: string, groups: readonly (readonly string[])[]): string {
  for (const g of groups) if (g.includes(type)) return g[0] ?? type;
  return type;
}
