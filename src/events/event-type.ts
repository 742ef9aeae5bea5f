// The shape of one event-type definition: a PLOVER type with its ACLED/CAMEO mapping, roles and count
// kinds. Language-neutral: the words that signal a type live in src/lang/<code>/triggers/.
import type { CountKind, PloverType } from '../core/contract.js';

export interface AcledMapping {
  readonly event_type: string;
  readonly sub_event_type: string;
}

export interface EventTypeDef {
  readonly id: PloverType;
  readonly description: string;
  /** CAMEO root code for the type (a trigger row may give a finer code). */
  readonly cameo: string | null;
  /** ACLED type/sub-type when the type is one ACLED codes; a trigger row may refine it. */
  readonly acled: AcledMapping | null;
  /** ACLED refinement by the kind of the target actor (e.g. attacks on civilians). */
  readonly acledByTargetKind?: Readonly<Partial<Record<string, AcledMapping>>>;
  /** True when both sides act together (talks, agreements): actors are participants, not source/target. */
  readonly symmetric: boolean;
  /**
   * The kinds of count a toll told near this type's words goes to. A toll followed by the words naming where it happened
   * ("au cours d'une arrestation") goes to that event whatever these kinds, when it carries figures at all.
   */
  readonly countKinds: readonly CountKind[];
  /** PLOVER modes a trigger may give this type. */
  readonly modes: readonly string[];
  /** A physical event: when its sentence names no place, the article's main place is taken. */
  readonly located?: boolean;
  /** Contexts in which the type is located too (a ceasefire holds over the article's main place). */
  readonly locatedContexts?: readonly string[];
  /** Modes name different events (a strike is not a riot), not the means of one: tellings with different modes stay apart. */
  readonly distinctModes?: boolean;
  /**
   * Contexts in which a telling of this type that names no actor is not an event of it (an explosion in an
   * industrial accident is not an attack); such tellings are dropped.
   */
  readonly cancelledByContexts?: readonly string[];
  /**
   * A telling of this type is also a report of the event it names: whoever condemns "l'attaque des rebelles"
   * tells of that attack, so the attack without a claimant of its own is attributed to them.
   */
  readonly reportsObject?: boolean;
  /**
   * Force told beside a telling of this type is this event turned violent (ACLED codes clashes between
   * demonstrators and the police as a riot): a telling of type `from`, with one of `fromModes` (null: no mode),
   * within `sentences` sentences of a telling of this type with one of `ownModes` in the same paragraph, whose
   * actors all have an id in `actors` or are civilians, one at least of `actors`, becomes
   * this type with `mode` and `acled`.
   */
  readonly absorbsForce?: {
    readonly from: PloverType;
    readonly fromModes: readonly (string | null)[];
    readonly ownModes: readonly string[];
    readonly actors: readonly string[];
    readonly sentences: number;
    readonly mode: string;
    readonly cameo: string;
    readonly acled: AcledMapping;
  };
  /** True when a count of victims alone (e.g. "2 killed") implies an event of this type. */
  readonly impliedByCasualties?: boolean;
}

/** Helper so each file is checked against the shape while keeping its literal id. */
export function defineEventType<const T extends EventTypeDef>(def: T): T {
  return def;
}
