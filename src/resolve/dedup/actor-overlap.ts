// Whether two events name the same actors: shared canonical ids (or folded names when unresolved),
// else actors of the same countries, else disjoint.
import type { Actor } from '../../core/contract.js';
import { foldName } from './normalize.js';

export interface ActorOverlap {
  readonly shared: readonly string[];
  /** 0..1: 1 = every actor of the smaller side is shared; 0.5 = nothing to compare. */
  readonly score: number;
  readonly detail: string;
  /** Both sides name actors and share neither an actor nor a country. */
  readonly disjoint: boolean;
}

export function actorKey(a: Actor): string {
  return a.id ? `id:${a.id}` : `name:${foldName(a.name)}|${a.country ?? ''}`;
}

export function actorOverlap(a: readonly Actor[], b: readonly Actor[]): ActorOverlap {
  if (a.length === 0 || b.length === 0) return { shared: [], score: 0.5, detail: 'actors unknown', disjoint: false };
  const ka = new Set(a.map(actorKey));
  const kb = new Set(b.map(actorKey));
  const shared = [...ka].filter((k) => kb.has(k)).sort();
  if (shared.length > 0) {
    const frac = shared.length / Math.min(ka.size, kb.size);
    return { shared, score: 0.5 + 0.5 * frac, detail: `${shared.length} shared (${shared.join(',')})`, disjoint: false };
  }
  const ca = new Set(a.map((x) => x.country).filter((c): c is string => !!c));
  const sharedCountries = [...new Set(b.map((x) => x.country))].filter((c): c is string => !!c && ca.has(c)).sort();
  if (sharedCountries.length > 0) return { shared: [], score: 0.4, detail: `same countries (${sharedCountries.join(',')})`, disjoint: false };
  return { shared: [], score: 0.1, detail: 'disjoint actors', disjoint: true };
}
