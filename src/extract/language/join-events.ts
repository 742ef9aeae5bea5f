// One result per document read in several languages: the events each language's reading found, with an event told
// in two languages (the same killing in an English and a French headline) joined into one, as in-document
// coreference joins two tellings within one reading (src/extract/coref), under the same rule (coref/same-event.ts). The
// first reading's values win; a later one fills what it lacks (a toll, a finer place, a date, a source, actors) and
// brings the spans it read them from.
import type { Count, CountKind, Event, EventDate, FieldEvidence, Place } from '../../core/contract.js';
import { getEventType } from '../../events/index.js';
import { refines } from '../counts/refine.js';
import { tellingConflict, type Conflict, type TellingLens } from '../coref/same-event.js';
import { daysInMonth } from '../dates/calendar.js';
import { addDays, DOCUMENT_DATE } from '../timing/assign-dates.js';

const actorKey = (a: Event['actors'][number]) => `${a.id ?? a.name}|${a.role ?? ''}`;

/** Coarser than a country's subdivisions: a country, or a region holding countries ("Central Africa"). */
const broad = (p: Place) => p.precision === 'country' || (p.precision === 'region' && p.country === null);

/** One place lies in the other: same name, a country and a place of that country, or a region holding countries. */
function nested(a: Place, b: Place): boolean {
  if (a.name === b.name && a.country === b.country) return true;
  if ((a.precision === 'region' && a.country === null) || (b.precision === 'region' && b.country === null)) return true;
  return (broad(a) || broad(b)) && a.country !== null && a.country === b.country;
}

/** The last day a date covers: its end, or the last day of its week, month or year. */
function lastDay(d: EventDate): string {
  if (d.end) return d.end;
  const [y, m] = d.start.split('-').map(Number) as [number, number];
  if (d.precision === 'year') return `${y}-12-31`;
  if (d.precision === 'month') return `${d.start.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  if (d.precision === 'week') return addDays(d.start, 6);
  return d.start;
}

const dayAfter = (day: string) => addDays(day, 1);

/**
 * Two dates the text tells (not the publication date an undated telling falls back to) more than a day apart: two
 * events ("Monday's attack" in one language, "Thursday's attack" in the other). The next day is the same event's: a
 * night straddles two days, and a toll is often told the day after ("attacked on Tuesday evening" … "said on Wednesday").
 */
function datesApart(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b || a.rule === DOCUMENT_DATE || b.rule === DOCUMENT_DATE) return false;
  return dayAfter(lastDay(a)) < b.start || dayAfter(lastDay(b)) < a.start;
}

/** Contract events as the shared rule reads them (coref/same-event.ts): places nest, dates lie within a day. */
const EVENT: TellingLens<Event> = {
  type: (e) => e.type,
  modality: (e) => e.modality,
  mode: (e) => e.mode,
  distinctModes: (e) => !!getEventType(e.type)?.distinctModes,
  countKinds: (e) => Object.keys(e.counts) as CountKind[],
  count: (e, k) => e.counts[k],
  sources: (e) => new Set(e.actors.filter((x) => x.role === 'source').map((x) => x.id ?? x.name)),
  placesApart: (a, b) => !!a.place && !!b.place && !nested(a.place, b.place),
  datesApart: (a, b) => datesApart(a.date, b.date),
};

/** Two events of two readings may be one: same type and modality, and no figure, place, date or party in conflict. */
export function joinable(a: Event, b: Event): boolean {
  return conflict(a, b) === null;
}

/** What keeps two events apart, or null. */
export function conflict(a: Event, b: Event): Conflict | null {
  return tellingConflict(a, b, EVENT);
}

const finer = (a: Place, b: Place) => broad(a) && !broad(b);

/** Folds `b` (a later reading's telling) into `a`. */
function absorb(a: Event, b: Event): Event {
  const fields: FieldEvidence[] = [...(a.fieldEvidence ?? [])];
  const take = (field: string, as = field) => {
    for (const f of b.fieldEvidence ?? []) if (f.field === field) fields.push({ ...f, field: as });
  };
  const drop = (field: string) => {
    for (let i = fields.length - 1; i >= 0; i--) if (fields[i]!.field === field) fields.splice(i, 1);
  };
  const counts = { ...a.counts };
  for (const [k, v] of Object.entries(b.counts) as [keyof Event['counts'], Count][]) {
    const had = counts[k];
    if (had && !refines(had, v)) continue;
    counts[k] = v;
    drop(`counts.${k}`);
    take(`counts.${k}`);
  }
  let place = a.place;
  if (b.place && (!place || finer(place, b.place))) {
    place = b.place;
    drop('place');
    take('place');
  }
  let date = a.date;
  if (!date && b.date) {
    date = b.date;
    take('date');
  }
  let attribution = a.attribution;
  if (!attribution && b.attribution) {
    attribution = b.attribution;
    take('attribution');
  }
  const actors = [...a.actors];
  const seen = new Set(actors.map(actorKey));
  b.actors.forEach((x, i) => {
    if (seen.has(actorKey(x))) return;
    seen.add(actorKey(x));
    take(`actors[${i}]`, `actors[${actors.length}]`);
    actors.push(x);
  });
  const context = [...a.context];
  b.context.forEach((x, i) => {
    if (context.includes(x)) return;
    take(`context[${i}]`, `context[${context.length}]`);
    context.push(x);
  });
  const evidence = [...a.evidence, ...b.evidence].sort((x, y) => x.start - y.start || y.end - x.end);
  const spans = evidence.filter((e, i) => !evidence.slice(0, i).some((o) => o.start <= e.start && e.end <= o.end));
  if (!a.mode && b.mode) take('mode');
  const { fieldEvidence: _f, confidence: _c, ...rest } = a;
  const out: Event = {
    ...rest,
    mode: a.mode ?? b.mode,
    context,
    date,
    place,
    actors,
    counts,
    attribution,
    evidence: spans,
    ...(fields.length ? { fieldEvidence: fields } : {}),
    confidence: Math.max(a.confidence, b.confidence),
  };
  return out;
}

/**
 * Joins the events of several readings of one document (the document's own language first): an event of a later
 * reading joins the first joinable event of an earlier one, or stands alone. Events come out in text order.
 */
export function joinReadings(readings: readonly (readonly Event[])[]): Event[] {
  const out: Event[] = [];
  for (const events of readings) {
    const earlier = out.length;
    for (const e of events) {
      const i = out.findIndex((x, j) => j < earlier && joinable(x, e));
      if (i >= 0) out[i] = absorb(out[i]!, e);
      else out.push(e);
    }
  }
  const first = (e: Event) => Math.min(...e.evidence.map((x) => x.start));
  return out.map((e, i) => ({ e, i })).sort((x, y) => first(x.e) - first(y.e) || x.i - y.i).map((x) => x.e);
}
