// Field evidence: which words gave which field of an event. Each telling of the event (the kept one and those
// coreference merged into it) brings the spans it read its own values from; a span is kept only for a value the
// event keeps (the place, date, figure or source the merged event shows). A value inferred from the rest of the
// article (its main place, a dyad's other side) points to its nearest mention elsewhere, with a rule saying so.
// No natural-language words here.
import { COUNT_KINDS, type Actor, type Event, type FieldEvidence, type Place } from '../../core/contract.js';
import type { Span } from '../../core/types.js';
import { lastAtOrBefore } from '../bucket.js';
import type { ActorHit, Candidate } from '../model.js';
import type { PlaceMention } from '../places/assign-places.js';
import { trimSpan } from './evidence.js';

/** The document's resolved mentions, indexed once per document and only when some event needs them. */
export interface FieldRefs {
  readonly text: string;
  /** Place mentions lying in [from, to), in text order. */
  placesIn(from: number, to: number): readonly PlaceMention[];
  /** The mention of `key` nearest `at`, anywhere in the text. */
  nearestPlace(key: string, at: number): Span | null;
  actorsIn(from: number, to: number): readonly ActorHit[];
  nearestActor(key: string, at: number): Span | null;
  /** The mention nearest `at` of an actor of this country ("l'armée malienne" for Mali). */
  nearestActorOf(country: string, at: number): Span | null;
}

export const placeKey = (p: Place): string => `${p.name}|${p.country ?? ''}|${p.geonameid ?? ''}`;
export const actorKey = (a: Pick<Actor, 'id' | 'name'>): string => a.id ?? a.name;

export function fieldRefs(text: string, places: readonly PlaceMention[], actors: readonly ActorHit[]): FieldRefs {
  return new MentionIndex(text, places, actors);
}

/** FieldRefs over one document's mentions: each sorting and grouping made on first use (a class: no closures per document). */
class MentionIndex implements FieldRefs {
  private p: PlaceMention[] | undefined;
  private a: ActorHit[] | undefined;
  private pBy: Map<string, PlaceMention[]> | undefined;
  private aBy: Map<string, ActorHit[]> | undefined;
  private cBy: Map<string, ActorHit[]> | undefined;

  constructor(
    readonly text: string,
    private readonly places: readonly PlaceMention[],
    private readonly actors: readonly ActorHit[],
  ) {}

  private sortedPlaces(): PlaceMention[] {
    return (this.p ??= [...this.places].sort(byStart));
  }

  private sortedActors(): ActorHit[] {
    return (this.a ??= [...this.actors].sort(byStart));
  }

  placesIn(from: number, to: number): readonly PlaceMention[] {
    return within(this.sortedPlaces(), from, to);
  }

  actorsIn(from: number, to: number): readonly ActorHit[] {
    return within(this.sortedActors(), from, to);
  }

  nearestPlace(key: string, at: number): Span | null {
    return nearest((this.pBy ??= group(this.sortedPlaces(), (m) => placeKey(m.place))).get(key), at);
  }

  nearestActor(key: string, at: number): Span | null {
    return nearest((this.aBy ??= group(this.sortedActors(), (m) => actorKey(m.actor))).get(key), at);
  }

  nearestActorOf(country: string, at: number): Span | null {
    return nearest((this.cBy ??= group(this.sortedActors(), (m) => m.actor.country ?? '')).get(country), at);
  }
}

const byStart = (x: Span, y: Span) => x.start - y.start;

function within<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lastAtOrBefore(sorted, from - 1, (m) => m.start) + 1; i < sorted.length && sorted[i]!.start < to; i++) {
    if (sorted[i]!.end <= to) out.push(sorted[i]!);
  }
  return out;
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function nearest(list: readonly Span[] | undefined, at: number): Span | null {
  let best: Span | null = null;
  for (const m of list ?? []) if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  return best;
}

/**
 * fieldEvidence() pushes the entries field by field (type, mode, context[i], modality, date, place, places[i], actors[i],
 * counts by kind, attribution), so sorting them only needs each run of one field put in text order (stable).
 */
function sortRuns(out: FieldEvidence[]): FieldEvidence[] {
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]!.field === x.field && out[j]!.start > x.start) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

/** Adds one entry unless the same field already has this span (spaces and clause punctuation trimmed). */
function push(out: FieldEvidence[], text: string, field: string, span: Span, rule?: string): void {
  if (span.start < 0 || span.end > text.length || span.start >= span.end) return;
  const { start, end } = trimSpan(text, span);
  // A few entries per event: a linear look for the same field and span is cheaper than a set of string keys.
  for (const f of out) if (f.start === start && f.end === end && f.field === field) return;
  const entry: FieldEvidence = { field, start, end, text: text.slice(start, end) };
  if (rule) entry.rule = rule;
  out.push(entry);
}

const samePlace = (a: Place, b: Place) => a.name === b.name && a.country === b.country && (a.geonameid ?? null) === (b.geonameid ?? null);
const IMPLIED = 'implied by the figure';
/** The rule of a trigger's entry: none for a word of the text, IMPLIED for the empty trigger a figure stands for. */
const triggerRule = (trigger: { readonly text: string }) => (trigger.text === '' ? IMPLIED : undefined);

/** The field evidence of a contract event built from candidate `c` (its absorbed tellings included). */
export function fieldEvidence(c: Candidate, event: Omit<Event, 'confidence'>, refs: FieldRefs): FieldEvidence[] {
  const { text } = refs;
  const out: FieldEvidence[] = [];
  const tellings = c.absorbed ? [c, ...c.absorbed] : [c];

  for (const t of tellings) {
    push(out, text, 'type', t.trigger, triggerRule(t.trigger));
    if (t.formerTriggers) for (const trig of t.formerTriggers) push(out, text, 'type', trig, triggerRule(trig));
  }
  // The mode is the trigger's ("bombardements" → heavy weapons); a context, the trigger's or a cue's ("cessez-le-feu").
  if (event.mode !== null) {
    for (const t of tellings) if (t.trigger.row.mode === event.mode) push(out, text, 'mode', t.trigger, triggerRule(t.trigger));
  }
  for (let i = 0; i < event.context.length; i++) {
    const ctx = event.context[i]!;
    for (const t of tellings) {
      if (t.trigger.row.context?.includes(ctx)) push(out, text, `context[${i}]`, t.trigger, triggerRule(t.trigger));
      if (t.contextSpans) for (const cue of t.contextSpans) if (cue.context === ctx) push(out, text, `context[${i}]`, cue, 'context cue');
    }
  }
  if (event.modality !== 'asserted') {
    for (const t of tellings) if (t.modality === event.modality && t.modalitySpan) push(out, text, 'modality', t.modalitySpan, t.modalityRule ?? undefined);
  }
  const d = event.date;
  if (d && c.date) {
    for (const t of tellings) {
      if (t.date?.span && t.date.value.start === d.start && (t.date.value.end ?? null) === (d.end ?? null)) push(out, text, 'date', t.date.span, t.date.rule);
    }
  }
  const place = event.place;
  if (place && c.place) {
    const before = out.length;
    for (const t of tellings) if (t.place?.span && samePlace(t.place.value, place)) push(out, text, 'place', t.place.span, t.place.rule);
    // Words of a site that do not name the place ("dans les rues" of the town told before) need its name beside them.
    const site = out.length > before && !out.slice(before).some((f) => refs.placesIn(f.start, f.end).some((m) => samePlace(m.place, place)));
    if (out.length === before || site) {
      // Not named in the event's sentences: a mention elsewhere; a country known only through its actors, one of them.
      const m = refs.nearestPlace(placeKey(place), c.trigger.start) ?? (place.precision === 'country' && place.country ? refs.nearestActorOf(place.country, c.trigger.start) : null);
      if (m) push(out, text, 'place', m, c.place.rule);
    }
  }
  const places = event.places ?? [];
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    for (const t of tellings) {
      if (!t.places.some((x) => samePlace(x, p))) continue;
      for (const m of refs.placesIn(t.sentence.start, t.sentence.end)) if (samePlace(m.place, p)) push(out, text, `places[${i}]`, m, 'breakdown');
    }
  }
  if (event.actors.length) {
    const named: ActorHit[] = [];
    for (const e of event.evidence) named.push(...refs.actorsIn(e.start, e.end));
    for (let i = 0; i < event.actors.length; i++) {
      const key = actorKey(event.actors[i]!);
      const before = out.length;
      for (const m of named) if (actorKey(m.actor) === key) push(out, text, `actors[${i}]`, m);
      if (out.length === before) {
        const m = refs.nearestActor(key, c.trigger.start);
        if (m) push(out, text, `actors[${i}]`, m, 'named elsewhere in the text');
      }
    }
  }
  for (const k of COUNT_KINDS) {
    const count = event.counts[k];
    if (!count) continue;
    for (const t of tellings) {
      const own = t.counts[k];
      if (own && own.count.value === count.value && own.count.qualifier === count.qualifier) push(out, text, `counts.${k}`, own.span);
    }
  }
  const a = event.attribution;
  if (a) {
    for (const t of tellings) {
      if (!t.attribution || t.attribution.name !== a.name || (t.attribution.actor?.id ?? null) !== (a.actor?.id ?? null) || !t.attributionSpans) continue;
      const name = t.attributionSpans[0];
      if (name) push(out, text, 'attribution', name, 'source named');
      // A cue that holds the name ("(armée)" after a headline) adds nothing to it.
      for (let i = 1; i < t.attributionSpans.length; i++) {
        const cue = t.attributionSpans[i]!;
        if (!name || cue.end <= name.start || cue.start >= name.end) push(out, text, 'attribution', cue, 'attribution cue');
      }
    }
  }
  return sortRuns(out);
}
