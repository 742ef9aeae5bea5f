// Scores one event gold set against an extractor: detection (event- and document-level), each field
// the gold has, a type confusion table, and the documents that went worst.
import { EventSchema, evidenceErrors, type Event, type InputDocument } from '../core/contract.js';
import type { EventGoldSet, GoldEvent, Miss, SetReport } from './types.js';
import { FieldCounter, detection } from './metrics.js';
import { PLACE_RADIUS_KM, countHit, countryHit, dateOffset, matchEvents, nameHit, nearestKm } from './match.js';

export type ExtractFn = (input: InputDocument) => readonly Event[];

export interface ScoreOptions {
  readonly worst?: number;
  readonly onDoc?: (done: number, total: number) => void;
}

const FIELD_ORDER = ['type', 'acled_type', 'acled_sub_type', 'place_25km', 'place_country', 'place_name', 'date_exact', 'date_1d', 'killed_exact', 'killed_range', 'injured_exact', 'attribution', 'actor_country'];

function goldLabel(g: GoldEvent): string {
  return g.type ?? `(${g.label ?? 'unlabelled'})`;
}

/** Field checks for one gold event against its paired prediction (or none). Returns the problems found. */
function scoreFields(g: GoldEvent, p: Event | undefined, fields: FieldCounter): string[] {
  const problems: string[] = [];
  const check = (field: string, hit: boolean, problem: string): void => {
    fields.add(field, hit);
    if (!hit && p) problems.push(problem);
  };
  if (g.type) check('type', p?.type === g.type, `type ${g.type}→${p?.type}`);
  if (g.acled) check('acled_type', p?.acled?.event_type === g.acled.event_type, `ACLED "${g.acled.event_type}"→"${p?.acled?.event_type ?? 'none'}"`);
  if (g.acled?.sub_event_type) check('acled_sub_type', p?.acled?.sub_event_type === g.acled.sub_event_type, `ACLED sub "${g.acled.sub_event_type}"→"${p?.acled?.sub_event_type ?? 'none'}"`);
  const places = g.places ?? [];
  const coordPlaces = places.filter((x) => x.scoreCoords && x.lat !== undefined && x.lon !== undefined);
  if (coordPlaces.length) {
    const km = p ? nearestKm(p, coordPlaces) : null;
    check('place_25km', km !== null && km <= PLACE_RADIUS_KM, km === null ? `place: none with coordinates (want ${coordPlaces[0]?.name ?? '?'})` : `place ${Math.round(km)} km off (want ${coordPlaces[0]?.name ?? '?'})`);
  }
  if (places.some((x) => x.country)) check('place_country', p ? countryHit(p, places) : false, `country ${places[0]?.country ?? '?'}→${p?.place?.country ?? 'none'}`);
  const named = places.filter((x) => !x.scoreCoords && (x.names?.length || (x.name && x.lat === undefined)));
  if (named.length) check('place_name', p ? nameHit(p, named) : false, `place "${p?.place?.name ?? 'none'}" (want ${named.flatMap((x) => x.names ?? [x.name ?? '']).slice(0, 3).join(' / ')})`);
  if (g.date) {
    const off = p ? dateOffset(p, g) : null;
    const want = g.date.start === g.date.end ? g.date.start : `${g.date.start}..${g.date.end}`;
    check('date_exact', off === 0, `date ${p?.date?.start ?? 'none'} (want ${want})`);
    fields.add('date_1d', off !== null && off <= 1);
  }
  if (g.killed) {
    check('killed_exact', p !== undefined && countHit(p.counts.killed?.value, g.killed), `killed ${p?.counts.killed?.value ?? 'none'} (want ${g.killed.value})`);
    if (g.killed.low !== undefined && g.killed.high !== undefined) {
      const v = p?.counts.killed?.value;
      fields.add('killed_range', v !== undefined && v >= g.killed.low && v <= g.killed.high);
    }
  }
  if (g.injured) check('injured_exact', p !== undefined && countHit(p.counts.injured?.value, g.injured), `injured ${p?.counts.injured?.value ?? 'none'} (want ${g.injured.value})`);
  if (g.attribution) check('attribution', Boolean(p?.attribution), `no attribution (want ${g.attribution.slice(0, 60)})`);
  for (const c of g.actorCountries ?? []) check('actor_country', Boolean(p?.actors.some((a) => a.country === c)), `no actor of ${c}`);
  return problems;
}

export function scoreEventSet(set: EventGoldSet, extract: ExtractFn, opts: ScoreOptions = {}): SetReport {
  const t0 = performance.now();
  const fields = new FieldCounter();
  const confusion: Record<string, Record<string, number>> = {};
  const bump = (g: string, p: string): void => {
    const row = (confusion[g] ??= {});
    row[p] = (row[p] ?? 0) + 1;
  };
  const misses: Miss[] = [];
  let tp = 0, fp = 0, fn = 0, dtp = 0, dfp = 0, dfn = 0;
  // Over stated gold events only (s = stated); tp/fp/fn above count every gold event.
  let stp = 0, sfp = 0, sfn = 0, unstated = 0;
  let predicted = 0, goldEvents = 0, errors = 0, invalid = 0;
  set.docs.forEach((doc, di) => {
    let events: readonly Event[] = [];
    const problems: string[] = [];
    try {
      events = extract(doc.input);
    } catch (e) {
      errors++;
      problems.push(`extractor threw: ${(e as Error).message}`);
    }
    for (const ev of events) {
      const r = EventSchema.safeParse(ev);
      const errs = r.success ? evidenceErrors(ev, doc.input.text) : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      if (errs.length) {
        invalid++;
        problems.push(`invalid event: ${errs[0]}`);
      }
    }
    predicted += events.length;
    goldEvents += doc.events.length;
    const pairs = matchEvents(doc.events, events);
    const pairedP = new Map(pairs.map(([gi, pi]) => [gi, pi]));
    const usedP = new Set(pairs.map(([, pi]) => pi));
    tp += pairs.length;
    fn += doc.events.length - pairs.length;
    fp += events.length - pairs.length;
    const isStated = (g: GoldEvent): boolean => g.stated !== false;
    const statedGold = doc.events.filter(isStated).length;
    unstated += doc.events.length - statedGold;
    const statedPairs = pairs.filter(([gi]) => isStated(doc.events[gi]!)).length;
    stp += statedPairs;
    sfn += statedGold - statedPairs;
    // A prediction left over counts against precision unless the document's events are all unstated.
    if (statedGold > 0 || doc.events.length === 0) sfp += events.length - pairs.length;
    if (doc.events.length && events.length) dtp++;
    else if (doc.events.length) dfn++;
    else if (events.length) dfp++;
    doc.events.forEach((g, gi) => {
      if (!isStated(g)) return; // the text does not state it: only detection over all events counts it
      const pi = pairedP.get(gi);
      const p = pi === undefined ? undefined : events[pi];
      if (!p) problems.push(`missed ${goldLabel(g)}${g.label && g.type ? ` (${g.label})` : ''}`);
      problems.push(...scoreFields(g, p, fields));
      if (g.type) bump(g.type, p ? p.type : '(missed)');
    });
    events.forEach((p, pi) => {
      if (usedP.has(pi)) return;
      bump('(no gold)', p.type);
      problems.push(`spurious ${p.type}`);
    });
    if (problems.length) misses.push({ id: doc.input.id, text: doc.input.text, problems, weight: problems.length });
    opts.onDoc?.(di + 1, set.docs.length);
  });
  const det = detection(tp, fp, fn);
  const detStated = detection(stp, sfp, sfn);
  const docDet = detection(dtp, dfp, dfn);
  const ratios = fields.ratios();
  const ordered = Object.fromEntries(FIELD_ORDER.filter((f) => ratios[f]).map((f) => [f, ratios[f]!]));
  const headline: Record<string, number | null> = { detection_f1: det.f1, detection_precision: det.precision, detection_recall: det.recall };
  if (unstated > 0) Object.assign(headline, { detection_f1_stated: detStated.f1, detection_precision_stated: detStated.precision, detection_recall_stated: detStated.recall });
  for (const [k, v] of Object.entries(ordered)) headline[k] = v.pct;
  const worst = [...misses].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)).slice(0, opts.worst ?? 10);
  return {
    name: set.name,
    kind: set.kind,
    docs: set.docs.length,
    goldEvents,
    predictedEvents: predicted,
    seconds: Math.round(performance.now() - t0) / 1000,
    headline,
    detection: det,
    ...(unstated > 0 ? { detectionStated: detStated } : {}),
    docDetection: docDet,
    fields: ordered,
    confusion,
    worst,
    notes: set.notes,
    errors,
    invalidEvents: invalid,
  };
}
