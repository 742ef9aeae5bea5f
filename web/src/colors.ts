// One colour per PLOVER type (map markers, timeline legend, badges). `satisfies` makes the compiler
// demand a colour for every type of the contract, so this list cannot miss one.
import type { PloverType } from '../../src/core/contract.js';

export const TYPE_COLORS = {
  ASSAULT: '#c0392b',
  COERCE: '#e67e22',
  MOBILIZE: '#d35400',
  THREATEN: '#f1c40f',
  PROTEST: '#9b59b6',
  SANCTION: '#8e44ad',
  ACCUSE: '#e84393',
  REJECT: '#6d214f',
  REQUEST: '#16a085',
  AGREE: '#27ae60',
  CONSULT: '#2ecc71',
  SUPPORT: '#2980b9',
  CONCEDE: '#00a8ff',
  COOPERATE: '#3498db',
  AID: '#1abc9c',
  RETREAT: '#7f8c8d',
} as const satisfies Record<PloverType, string>;

/** The PLOVER types, in display order (type-only import: the dashboard bundle does not ship zod). */
export const PLOVER_TYPE_LIST = Object.keys(TYPE_COLORS) as PloverType[];

export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? '#555555';
}
