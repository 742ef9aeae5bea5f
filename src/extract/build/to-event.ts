// A merged candidate → a contract Event, with a confidence that grows with the evidence behind it.
import type { Event } from '../../core/contract.js';
import type { Candidate } from '../model.js';
import { fieldEvidence, type FieldRefs } from './field-evidence.js';

export function confidenceOf(c: Candidate): number {
  const base = c.trigger.row.weak ? 0.35 : c.trigger.text === '' ? 0.4 : 0.5;
  const support = 0.08 * Math.min(c.support, 4);
  const repeated = 0.05 * Math.min(c.mentions - 1, 2);
  const sourced = c.attribution ? 0.03 : 0;
  return Math.round(Math.min(0.97, base + support + repeated + sourced) * 100) / 100;
}

/** With `refs` (the document's resolved mentions), the event says which words gave each field (`fieldEvidence`). */
export function toEvent(text: string, c: Candidate, refs?: FieldRefs): Event {
  const targetKinds = c.actors.filter((a) => a.role === 'target').map((a) => a.kind);
  const byTarget = [...targetKinds, ...(c.civilianTarget ? ['civilians'] : [])].map((k) => c.type.acledByTargetKind?.[k]).find((x) => x !== undefined);
  const acled = c.trigger.row.acled ?? byTarget ?? c.type.acled;
  const counts: Event['counts'] = {};
  for (const [k, v] of Object.entries(c.counts)) if (v) counts[k as keyof Event['counts']] = v.count;
  const event: Omit<Event, 'confidence'> & Partial<Pick<Event, 'confidence'>> = {
    type: c.type.id,
    mode: c.mode,
    context: [...c.contexts].sort(),
    modality: c.modality,
    acled: acled ? { event_type: acled.event_type, sub_event_type: acled.sub_event_type } : null,
    cameo: c.trigger.row.cameo ?? c.type.cameo,
    date: c.date?.value ?? null,
    place: c.place?.value ?? null,
    ...(c.places.length ? { places: c.places } : {}),
    actors: c.actors,
    counts,
    attribution: c.attribution,
    evidence: c.evidence.map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })),
  };
  const fields = refs ? fieldEvidence(c, event, refs) : [];
  // Field evidence goes before the confidence, beside the evidence it details (properties added in place: a spread of
  // the whole event costs more than the field evidence itself).
  if (fields.length) event.fieldEvidence = fields;
  event.confidence = confidenceOf(c);
  return event as Event;
}
