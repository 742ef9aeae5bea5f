// One rule for when two tellings may be one event, shared by in-document coreference (coref/merge-candidates.ts, on
// candidates) and the join of a document's readings in several languages (language/join-events.ts, on contract events).
// Both keep apart two tellings of another type or modality, of distinct modes, with figures, places or dates in conflict,
// or told by sources with none in common. Each caller presents its tellings through a TellingLens; what differs between
// the two is the lens's (how far apart two places or two dates may be) or one of its documented options. No words here.
import type { Count, CountKind } from '../../core/contract.js';
import { refines } from '../counts/refine.js';

/** What keeps two tellings apart ('type' also for another modality). */
export type Conflict = 'type' | 'mode' | 'count' | 'place' | 'date' | 'source';

/** How a caller's tellings are read by the rule (a constant object per caller: no allocation per comparison). */
export interface TellingLens<T> {
  /** The event type's id. */
  type(t: T): string;
  modality(t: T): string;
  mode(t: T): string | null;
  /** Whether the type keeps its modes apart (EventTypeDef.distinctModes). */
  distinctModes(t: T): boolean;
  /** The kinds of figure the telling gives, and each one. */
  countKinds(t: T): readonly CountKind[];
  count(t: T, kind: CountKind): Count | undefined;
  /** Ids (else names) of the actors told as sources. */
  sources(t: T): ReadonlySet<string>;
  /** Two places that cannot be one event's. */
  placesApart(a: T, b: T): boolean;
  /** Two dates that cannot be one event's. */
  datesApart(a: T, b: T): boolean;
  /** Option: two modalities that still join (a pointer back to a planned event, coreference); default never. */
  modalitiesJoin?(a: T, b: T): boolean;
  /** Option: tellings whose modes are not compared (a pointer back names an event whatever word it uses); default none. */
  modesIgnored?(a: T, b: T): boolean;
  /** Option: two different figures of a kind that still join (a part of a toll told later, coreference); default never. */
  figuresJoin?(a: T, b: T, kind: CountKind): boolean;
  /** Option: sources with no id in common that are still one party (one state's government and forces); default never. */
  sourcesJoin?(a: T, b: T): boolean;
}

/** Two figures of one toll: the same value, or one a refinement of the other ("plusieurs morts" … "15 morts"). */
export function sameCount(a: Count, b: Count): boolean {
  return a.value === b.value || refines(a, b) || refines(b, a);
}

/** What keeps `a` and `b` apart under the shared rule, or null; the checks run in this order. */
export function tellingConflict<T>(a: T, b: T, lens: TellingLens<T>): Conflict | null {
  if (lens.type(a) !== lens.type(b)) return 'type';
  if (lens.modality(a) !== lens.modality(b) && !lens.modalitiesJoin?.(a, b)) return 'type';
  if (lens.distinctModes(a) && !lens.modesIgnored?.(a, b)) {
    const ma = lens.mode(a);
    const mb = lens.mode(b);
    if (ma && mb && ma !== mb) return 'mode';
  }
  for (const k of lens.countKinds(a)) {
    const x = lens.count(a, k);
    const y = lens.count(b, k);
    if (x && y && !sameCount(x, y) && !lens.figuresJoin?.(a, b, k)) return 'count';
  }
  if (lens.placesApart(a, b)) return 'place';
  if (lens.datesApart(a, b)) return 'date';
  const sa = lens.sources(a);
  if (sa.size) {
    const sb = lens.sources(b);
    if (sb.size && ![...sa].some((x) => sb.has(x)) && !lens.sourcesJoin?.(a, b)) return 'source';
  }
  return null;
}
