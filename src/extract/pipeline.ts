// The event pipeline over one document: segment → recognise (numbers, dates, actors, places) →
// triggers → counts, attribution, modality, context → actors, places, dates → coreference → events.
// Language-blind: every word comes from the LanguagePack; every type from the event registry.
import type { Event, Place } from '../core/contract.js';
import type { TraceEntry, VigieDocument } from '../core/types.js';
import { EVENT_TYPES, getEventType } from '../events/index.js';
import type { Knowledge } from '../knowledge/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { assignActors } from './actors/assign-actors.js';
import { dyadTargets, shareParticipants } from './actors/share-participants.js';
import { homeForces } from './actors/home-forces.js';
import { withParties } from './actors/need-parties.js';
import { findAttributions } from './attribution/find-attribution.js';
import { attachCounts, newCandidate } from './build/candidates.js';
import { cover, trimSpan } from './build/evidence.js';
import { toEvent } from './build/to-event.js';
import { fieldRefs } from './build/field-evidence.js';
import { clauseAround } from './actors/clause.js';
import { applyContexts } from './context/apply-context.js';
import { foldForceIntoCrowds } from './context/crowd-force.js';
import { purposeClaims } from './context/purpose-clauses.js';
import { recalledEvents } from './context/recalled-events.js';
import { requestedContent } from './context/requested-content.js';
import { habitualTellings } from './context/habitual-tellings.js';
import { tollsOfCauses } from './context/cause-clauses.js';
import { mergeCandidates } from './coref/merge-candidates.js';
import { foldOccasions } from './coref/fold-occasions.js';
import { findCounts } from './counts/find-counts.js';
import type { DateMention } from './dates/types.js';
import { compilePack } from './lexicon/compiled-pack.js';
import { matchAll } from './lexicon/word-regex.js';
import { bySentence, lastAtOrBefore } from './bucket.js';
import { partsApart, sentenceAt } from './sentences.js';
import { toActorHit, type ActorHit, type AttributionHit, type Candidate, type SentenceView, type Trace } from './model.js';
import { applyModality } from './modality/apply-modality.js';
import type { NumberMention } from './numbers/types.js';
import { placesForCandidate, strayPlace } from './places/assign-places.js';
import { articleCountry } from './places/article-country.js';
import { placeBefore } from './places/place-before.js';
import { refinePlace } from './places/refine-place.js';
import { resolvePlaceMentions } from './places/resolve-mentions.js';
import type { Segmentation } from './segment/types.js';
import { assignDates } from './timing/assign-dates.js';
import { findTriggers } from './triggers/find-triggers.js';

export interface Recognisers {
  segment(text: string, pack: LanguagePack, from: number): Segmentation;
  numbers(text: string, pack: LanguagePack): readonly NumberMention[];
  dates(text: string, pack: LanguagePack, doc: VigieDocument): readonly DateMention[];
}

export interface PipelineInput {
  readonly doc: VigieDocument;
  /** Offset where the article proper starts (after a seed header). */
  readonly from: number;
  readonly pack: LanguagePack;
  readonly knowledge: Knowledge;
  readonly recognise: Recognisers;
  readonly explain: boolean;
}

const CAPITAL = /^\p{Lu}/u;
const IMPLIED = EVENT_TYPES.find((t) => 'impliedByCasualties' in t && t.impliedByCasualties);

export function runPipeline(input: PipelineInput): { events: Event[]; trace: TraceEntry[]; cancelled: number } {
  const { doc, pack, knowledge, recognise } = input;
  const text = doc.text;
  const traceLog: TraceEntry[] = [];
  const trace: Trace = input.explain ? (e) => traceLog.push(e()) : () => {};
  const cp = compilePack(pack);

  const seg = recognise.segment(text, pack, input.from);
  const sentences: SentenceView[] = seg.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end }));
  const paragraphOf = (offset: number) => {
    const i = lastAtOrBefore(seg.paragraphs, offset, (p) => p.start);
    const p = seg.paragraphs[i];
    return p && offset < p.end ? p.index : -1;
  };
  const numbers = recognise.numbers(text, pack).filter((n) => n.start >= input.from);
  const dates = recognise.dates(text, pack, doc).filter((d) => d.span.start >= input.from);
  const actorMatches = knowledge.findActors(text, pack.code, doc.date?.value ?? null).map(toActorHit).filter((a) => a.start >= input.from);

  const { places, actors, focusCountries } = resolvePlaceMentions(text, knowledge, actorMatches, cp, input.from, trace);

  // A capitalised event word inside a place's name is the name ("la Réunion", "Victory Square"), not an event.
  const inPlaceName = (t: { start: number; end: number }) => CAPITAL.test(text[t.start] ?? '') && places.some((p) => p.start <= t.start && t.end <= p.end);
  const triggers = findTriggers(text, sentences, cp, getEventType, input.from).filter((t) => !inPlaceName(t));
  const candidates: Candidate[] = [];
  const quoted = seg.quotations.map((q) => q.inner);
  for (const t of triggers) {
    const s = sentences[t.sentence];
    if (!s) continue;
    const c = newCandidate(t, s);
    c.evidence = [clauseAround(text, s, t, quoted)];
    candidates.push(c);
    trace(() => ({ stage: 'events', rule: `trigger:${t.def.id}${t.row.weak ? ':weak' : ''}${t.anaphoric ? ':anaphoric' : ''}`, span: { start: t.start, end: t.end }, detail: t.text }));
  }

  const counts = findCounts(text, sentences, numbers, cp);
  attachCounts(candidates, counts, sentences, IMPLIED, text, cp.countDuring);
  tollsOfCauses(text, candidates, sentences, cp, trace);
  for (const c of counts) trace(() => ({ stage: 'counts', rule: c.rule, span: { start: c.start, end: c.end }, detail: `${c.kind}=${c.count.value} (${c.count.qualifier})` }));

  const attributions = findAttributions(text, sentences, cp, actors, quoted, [...triggers, ...counts]);
  const claimsBySentence = bySentence(attributions, (a) => a.sentence);
  for (const c of candidates) {
    const hit = claimOf(text, c, claimsBySentence.get(c.sentence.index) ?? []);
    if (hit) {
      c.attribution = hit.attribution;
      c.attributionSpans = [hit.nameSpan, { start: hit.start, end: hit.end }];
      cover(c, hit);
      cover(c, hit.nameSpan);
      trace(() => ({ stage: 'attribution', rule: `cue:${hit.scope}`, span: hit.nameSpan, detail: `${c.type.id} "${c.trigger.text}" according to ${hit.attribution.name}` }));
    }
  }
  applyModality(text, sentences, candidates, cp, trace);
  applyContexts(text, sentences, candidates, cp, trace);

  const numberStarts = numbers.map((n) => n.start).sort((a, b) => a - b);
  const sentenceOf = (x: { start: number }) => sentenceAt(sentences, x.start)?.index;
  const placesBySentence = bySentence(places, sentenceOf);
  const actorsBySentence = bySentence(actors, sentenceOf);
  const anchors = dates.filter((d) => d.relative);
  const triggerSpans = bySentence(candidates, (c) => c.sentence.index);
  const spansOf = (si: number) => (triggerSpans.get(si) ?? []).map((c) => c.trigger).sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    const si = c.sentence.index;
    const assigned = assignActors(c, { text, actors: actorsBySentence.get(si) ?? [], attributions: claimsBySentence.get(si) ?? [], pack: cp, quoted, triggers: spansOf(si) });
    c.actors = assigned.actors;
    for (const sp of assigned.spans) cover(c, sp);
    if (c.actors.length) c.support++;
    // An event named only as an anchor ("au lendemain du cessez-le-feu") did not happen at the sentence's place.
    const anchored = anchors.some((d) => d.relative && d.relative.anchorSpan.start < c.trigger.end && c.trigger.start < d.relative.anchorSpan.end);
    if (anchored) c.anchored = true;
    // A toponym inside the name of who claims it ("selon le ministère de la Santé du Haut-Karabakh") places
    // the event only when the sentence names no other, and then weakly.
    const all = placesBySentence.get(si) ?? [];
    const claimNames = (claimsBySentence.get(si) ?? []).map((a) => a.nameSpan);
    // Places told after a time anchor later in the sentence ("… au lendemain de l'assaut contre le camp de Bamba")
    // are the anchor event's, not this one's.
    const cut = Math.min(...anchors.map((d) => d.relative!.anchorSpan.start).filter((x) => x >= c.trigger.end && x < c.sentence.end), Infinity);
    const before = all.filter((m) => m.start < cut);
    const own = before.filter((m) => !claimNames.some((n) => m.start >= n.start && m.end <= n.end));
    let sp = anchored ? { best: null, rank: 9, breakdown: [] } : placesForCandidate(text, c, own.length ? own : before, cp, numberStarts, focusCountries);
    if (!own.length && before.length && sp.best) sp = { ...sp, rank: Math.max(sp.rank, 2) };
    if (sp.best) {
      c.place = { value: sp.best.place, rank: sp.rank, rule: sp.rank === 0 ? 'locative cue' : 'toponym in sentence', span: { start: sp.best.start, end: sp.best.end } };
      cover(c, sp.best);
      if (sp.rank <= 1) c.support++;
    }
    if (sp.breakdown.length) c.places = sp.breakdown.map((m) => m.place);
    for (const m of sp.breakdown) cover(c, m);
  }
  reportedBySpeaker(text, candidates, actorsBySentence, trace);
  shareParticipants(candidates, trace);
  foldForceIntoCrowds(candidates, trace);
  // Unspecified forces told where the sentence places them are that country's before tellings merge; the rest once
  // every kept event has its place.
  const stateForce = knowledge.stateForce?.bind(knowledge);
  const isForce = (id: string) => knowledge.forceRole?.(id) != null;
  const homeHits = stateForce ? homeForces(candidates, { hits: actors, stateForce, isForce, paragraphOf, trace, fallbackCountry: focusCountries[0] ?? null }) : [];
  assignDates(candidates, dates, doc.date, paragraphOf, trace);
  for (const c of candidates) if (c.date && c.date.rank === 0) c.support++;

  // An actorless telling in a context that cancels its type ("une explosion accidentelle") is no event of it; nor is
  // a toll with no event word told there ("la police dénombre 5 morts" after a road accident), whoever counts it.
  // A paragraph that also tells the type with an unambiguous word ("le bombardement a déclenché un incendie")
  // keeps its tolls: the context is the attack's consequence, not another cause.
  const implied = (c: Candidate) => c.trigger.row.pattern === '';
  const plainly = new Set(candidates.filter((c) => !c.trigger.row.incidental).map((c) => `${c.type.id}|${c.sentence.paragraph}`));
  const isCancelled = (c: Candidate) =>
    !!c.trigger.row.incidental && [...c.contexts].some((x) => c.type.cancelledByContexts?.includes(x)) &&
    (implied(c) ? !plainly.has(`${c.type.id}|${c.sentence.paragraph}`) : !c.actors.length);
  const cancelledSet = new Set(candidates.filter(isCancelled));
  const cancelled = (c: Candidate) => cancelledSet.has(c);
  for (const c of cancelledSet) trace(() => ({ stage: 'events', rule: 'cancelled-by-context', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}" (${[...c.contexts].join(', ')})` }));
  // An event named as the start of a period ("depuis la fin de l'offensive") is a time reference, not a telling:
  // with no figure or date of its own it would lend its actors to the sentence's events or stand at a wrong date.
  const since = cp.sinceBefore;
  const reference = (c: Candidate) =>
    since !== null && !Object.keys(c.counts).length && !(c.date && c.date.rank === 0) && since.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start));
  const references = new Set(candidates.filter(reference));
  for (const c of references) trace(() => ({ stage: 'events', rule: 'time-reference', span: { start: c.trigger.start, end: c.trigger.end }, detail: c.trigger.text }));
  const aims = purposeClaims(text, candidates, cp, trace);
  const recalled = recalledEvents(text, candidates, cp, trace);
  const standing = candidates.filter((c) => (!c.trigger.row.weak || c.support > 0) && !cancelled(c) && !references.has(c) && !aims.has(c) && !recalled.has(c));
  // These read each candidate alone: they run on those still standing.
  const requested = requestedContent(text, standing, cp, trace);
  const asked = standing.filter((c) => !requested.has(c));
  const habitual = habitualTellings(text, asked, cp, trace);
  const kept = withParties(text, mergeCandidates(foldOccasions(text, asked.filter((c) => !habitual.has(c)), cp, trace)), cp, trace, places);
  // A place named as elsewhere ("près de la frontière du Burkina", "en provenance de Gao") is not the article's place.
  // Found once, and only when some event needs it.
  let focusMemo: Place | null | undefined;
  const mainFocus = () => (focusMemo ??= mainPlace(places.filter((p) => !cp.nonLocative.test(text.slice(Math.max(0, p.start - 40), p.start)) && !strayPlace(text, p, focusCountries, cp))));
  for (const c of kept) {
    if (c.places.length && mainFocus() && (!c.place || c.places.some((p) => p.name === c.place?.value.name))) c.place = { value: mainFocus()!, rank: 5, rule: 'main place of the article (breakdown)' };
    const located = c.type.located || [...c.contexts].some((x) => c.type.locatedContexts?.includes(x));
    const told = !c.place && located && !c.anchored ? placeBefore(text, c.sentence, sentences, placesBySentence, cp) : null;
    if (told) c.place = { value: told.place, rank: 4, rule: 'place of the sentence before', span: { start: told.start, end: told.end } };
    if (!c.place && located) {
      const focus = mainFocus();
      const p = focus ?? articleCountry(text, knowledge, focusCountries, actors, places, cp, c.actors);
      if (p) c.place = { value: p, rank: focus ? 5 : 6, rule: focus ? 'main place of the article' : 'country of the article' };
    }
    refinePlace(text, c, places, focusCountries, cp, located, knowledge);
    if (c.place) trace(() => ({ stage: 'places', rule: c.place!.rule, span: { start: c.trigger.start, end: c.trigger.end }, detail: c.place!.value.name }));
  }
  const namesCivilians = (c: Candidate) => c.evidence.some((e) => matchAll(cp.civilians, text, e.start, e.end).length > 0);
  if (stateForce) homeHits.push(...homeForces(kept, { hits: actors, stateForce, isForce, paragraphOf, trace }));
  dyadTargets(kept, namesCivilians, trace);
  for (const c of kept) {
    c.evidence = c.evidence.map((e) => trimSpan(text, e));
    const armedTarget = c.actors.some((a) => a.role === 'target' && a.kind !== 'civilians' && a.kind !== 'person');
    if (!armedTarget && c.evidence.some((e) => matchAll(cp.civilians, text, e.start, e.end).length > 0)) c.civilianTarget = true;
  }
  const refs = fieldRefs(text, places, homeHits.length ? [...actors, ...homeHits] : actors);
  return { events: kept.map((c) => toEvent(text, c, refs)), trace: traceLog, cancelled: candidates.filter(cancelled).length };
}

/**
 * The claim of its sentence that vouches for a candidate. Headlines of several sources joined by ";": a speaker named in
 * the trigger's own part wins over one named in another part, which still vouches for the story when its own part names
 * none. (Module functions, not closures per candidate.)
 */
function claimOf(text: string, c: Candidate, sentenceClaims: readonly AttributionHit[]): AttributionHit | undefined {
  let first: AttributionHit | undefined;
  for (const a of sentenceClaims) {
    if (!covers(a, c.trigger)) continue;
    if (!partsApart(text, a, c.trigger)) return a;
    first ??= a;
  }
  return first;
}

/**
 * A claim covers a trigger in its scope, unless the "source" holds the trigger itself ("UN report: 30 civilians killed"):
 * that is the claim, not its speaker.
 */
function covers(a: AttributionHit, t: { readonly start: number; readonly end: number }): boolean {
  const inName = a.nameSpan.start <= t.start && t.end <= a.nameSpan.end;
  return !inName && (a.scope === 'sentence' || (a.scope === 'after' ? t.start >= a.end && t.start < a.clauseEnd : t.end <= a.start));
}

/**
 * "La MINUSCA condamne les affrontements entre …": a located event told as the object of a telling whose type
 * reports its object (a condemnation) is claimed by that telling's source, when it has no claimant of its own.
 */
function reportedBySpeaker(text: string, candidates: readonly Candidate[], actorsBySentence: ReadonlyMap<number, readonly ActorHit[]>, trace: Trace): void {
  const candidatesBySentence = bySentence(candidates, (c) => c.sentence.index);
  for (const c of candidates) {
    if (c.attribution || !c.type.located) continue;
    const speaker = (candidatesBySentence.get(c.sentence.index) ?? []).find((r) => r.type.reportsObject && r.trigger.end <= c.trigger.start && r.actors.some((a) => a.role === 'source'));
    const source = speaker?.actors.find((a) => a.role === 'source');
    if (!speaker || !source) continue;
    const hit = (actorsBySentence.get(c.sentence.index) ?? []).filter((a) => a.actor.id === source.id && a.end <= speaker.trigger.start).pop();
    if (!hit) continue;
    c.attribution = { name: hit.text, actor: source };
    c.attributionSpans = [{ start: hit.start, end: hit.end }];
    cover(c, hit);
    trace(() => ({ stage: 'attribution', rule: 'reported-by-speaker', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}" according to ${hit.text}` }));
  }
}

/** The place named most often (countries count half), first mention breaking ties. */
function mainPlace(places: readonly { place: Place; start: number }[]): Place | null {
  const score = new Map<string, { n: number; first: number; place: Place }>();
  for (const p of places) {
    const key = `${p.place.name}|${p.place.country ?? ''}`;
    const s = score.get(key) ?? { n: 0, first: p.start, place: p.place };
    s.n += p.place.precision === 'country' ? 0.5 : 1;
    score.set(key, s);
  }
  const best = [...score.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best?.place ?? null;
}

