// Scores one event gold set against an extractor: detection (event- and document-level), each field
// the gold has, a type confusion table, and the documents that went worst.
import { EventSchema, evidenceErrors, type Event, type InputDocument } from '../core/contract.js';
import type { EventGoldSet, GoldEvent, LanguageReport, Miss, SetReport } from './types.js';
import { detectLanguage } from '../ingest/lang-detect.js';
import { getLanguagePack } from '../lang/index.js';
import { EventTally, isStated } from './tally.js';
import { PLACE_RADIUS_KM, countHit, countryHit, dateOffset, matchEvents, nameHit, nearestKm } from './match.js';

export type ExtractFn = (input: InputDocument) => readonly Event[];

export interface ScoreOptions {
  readonly worst?: number;
  readonly onDoc?: (done: number, total: number) => void;
}

/** Where field hits go: the whole set's counter and its language's. */
interface FieldSink {
  add(field: string, hit: boolean): void;
}

/** Bucket of documents in a language the extractor has no pack for, or in none it can tell (a bare place name). */
export const OTHER_LANGUAGE = 'other';

/**
 * The language the extractor reads a document in: the declared one, else the detected one; OTHER_LANGUAGE when it
 * has no pack for it (it then tries every pack in turn).
 */
export function documentLanguage(input: InputDocument): string {
  const lang = input.lang ?? detectLanguage(input.text);
  return getLanguagePack(lang) ? lang! : OTHER_LANGUAGE;
}

function goldLabel(g: GoldEvent): string {
  return g.type ?? `(${g.label ?? 'unlabelled'})`;
}

/** Field checks for one gold event against its paired prediction (or none). Returns the problems found. */
function scoreFields(g: GoldEvent, p: Event | undefined, fields: FieldSink): string[] {
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
  const all = new EventTally();
  const perLang = new Map<string, EventTally>();
  const confusion: Record<string, Record<string, number>> = {};
  const bump = (g: string, p: string): void => {
    const row = (confusion[g] ??= {});
    row[p] = (row[p] ?? 0) + 1;
  };
  const misses: Miss[] = [];
  let errors = 0, invalid = 0;
  set.docs.forEach((doc, di) => {
    const lang = documentLanguage(doc.input);
    let tally = perLang.get(lang);
    if (!tally) perLang.set(lang, (tally = new EventTally()));
    const langTally = tally;
    const fields: FieldSink = { add: (f, hit) => (all.fields.add(f, hit), langTally.fields.add(f, hit)) };
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
    const pairs = matchEvents(doc.events, events);
    const pairedP = new Map(pairs.map(([gi, pi]) => [gi, pi]));
    const usedP = new Set(pairs.map(([, pi]) => pi));
    all.addDoc(doc.events, events.length, pairs);
    langTally.addDoc(doc.events, events.length, pairs);
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
    if (problems.length) misses.push({ id: doc.input.id, text: doc.input.text, problems, weight: problems.length, lang });
    opts.onDoc?.(di + 1, set.docs.length);
  });
  const withStated = all.unstated > 0;
  const figures = all.figures(withStated);
  const multilingual = perLang.size > 1;
  const worst = [...misses]
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
    .slice(0, opts.worst ?? 10)
    .map(({ lang, ...m }): Miss => (multilingual ? { ...m, lang } : m));
  // Languages with the most documents first.
  const byLanguage: Record<string, LanguageReport> = Object.fromEntries(
    [...perLang]
      .map(([lang, t]): LanguageReport => ({ lang, ...t.figures(withStated) }))
      .sort((a, b) => b.docs - a.docs || a.lang.localeCompare(b.lang))
      .map((r) => [r.lang, r]),
  );
  return {
    name: set.name,
    kind: set.kind,
    docs: set.docs.length,
    goldEvents: figures.goldEvents,
    predictedEvents: figures.predictedEvents,
    seconds: Math.round(performance.now() - t0) / 1000,
    headline: figures.headline,
    detection: figures.detection,
    ...(figures.detectionStated ? { detectionStated: figures.detectionStated } : {}),
    docDetection: figures.docDetection,
    fields: figures.fields,
    confusion,
    worst,
    notes: set.notes,
    errors,
    invalidEvents: invalid,
    ...(multilingual ? { byLanguage } : {}),
  };
}
