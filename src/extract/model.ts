// Internal types of the event stages: mentions found in the text and event candidates before
// in-document coreference. No natural-language words here.
import type { Actor, Attribution, Count, CountKind, EventDate, Place } from '../core/contract.js';
import type { Span, TraceEntry } from '../core/types.js';
import type { EventTypeDef } from '../events/event-type.js';
import type { ActorMatch } from '../knowledge/types.js';
import type { Modality, TriggerRow } from '../lang/pack.js';

export interface SentenceView extends Span {
  readonly index: number;
  readonly paragraph: number;
}

export interface TriggerHit extends Span {
  readonly text: string;
  readonly row: TriggerRow;
  readonly def: EventTypeDef;
  readonly sentence: number;
  /** "cette offensive": refers back to an event already told. */
  readonly anaphoric: boolean;
  /** "les manifestants", "la grève": a definite mention, pointing back only at an event of the same type. */
  readonly definite?: boolean;
}

export interface CountHit extends Span {
  readonly kind: CountKind;
  readonly count: Count;
  readonly sentence: number;
  readonly rule: string;
}

export interface AttributionHit extends Span {
  readonly sentence: number;
  readonly attribution: Attribution;
  /** Which events of the sentence it covers: those after the cue, before it, or all. */
  readonly scope: 'after' | 'before' | 'sentence';
  /** Where the source's name lies. */
  readonly nameSpan: Span;
  /** For scope 'after': where the reported clause ends. */
  readonly clauseEnd: number;
}

/** A value chosen for a candidate, with how strongly (lower rank = closer evidence). */
export interface Ranked<T> {
  readonly value: T;
  readonly rank: number;
  readonly rule: string;
  /** The words the value was read from (none when inferred: the document date, the article's main place). */
  readonly span?: Span;
}

/** One telling of an event in one sentence. */
export interface Candidate {
  trigger: TriggerHit;
  readonly sentence: SentenceView;
  type: EventTypeDef;
  mode: string | null;
  contexts: Set<string>;
  modality: Modality;
  modalityRule: string | null;
  evidence: Span[];
  counts: Partial<Record<CountKind, { count: Count; span: Span }>>;
  attribution: Attribution | null;
  date: Ranked<EventDate> | null;
  place: Ranked<Place> | null;
  places: Place[];
  actors: Actor[];
  /** Number of independent supports (count, place, actor, date in the sentence, extra mentions). */
  support: number;
  mentions: number;
  /** Civilians are named as the victims (ACLED: violence against civilians). */
  civilianTarget?: boolean;
  /** Named only as a time anchor ("au lendemain de l'assaut contre le bateau"): another event than its sentence's. */
  anchored?: boolean;
  /** Where the attribution was read: the source's name, then the cue ("selon", "a affirmé") when apart from it. */
  attributionSpans?: Span[];
  /** The cue that set a modality other than asserted ("aurait lieu", "a démenti"). */
  modalitySpan?: Span;
  /** Where a context was read from a cue apart from the trigger ("cessez-le-feu" → ceasefire), one entry per cue. */
  contextSpans?: (Span & { readonly context: string })[];
  /** Tellings merged into this one by coreference (their own fields as read in their sentences). */
  absorbed?: Candidate[];
  /** Triggers this telling had before a merge replaced a weak one by a plain one. */
  formerTriggers?: TriggerHit[];
}

export type Trace = (entry: () => TraceEntry) => void;

/** A knowledge actor match with its span flattened (start/end) like every other mention. */
export interface ActorHit extends Span {
  readonly text: string;
  readonly match: ActorMatch;
  readonly actor: ActorMatch['actor'];
  readonly metonym: boolean;
}

export function toActorHit(m: ActorMatch): ActorHit {
  return { start: m.span.start, end: m.span.end, text: m.text, match: m, actor: m.actor, metonym: m.metonym };
}
