// In-document coreference: the same event told in the lede and in the body is one event with several
// evidence spans. Two tellings merge when type and modality agree and nothing conflicts (places,
// in-sentence dates, figures, who acted: the rule shared with the join of readings, same-event.ts). "cette offensive" (anaphoric) joins the nearest compatible event, and with
// none, names the event told just before it whatever its type. A smaller figure told alone later is part of a toll;
// damage told beside an attack is a detail of it (fold-details.ts).
import type { CountKind, Place } from '../../core/contract.js';
import { refines } from '../counts/refine.js';
import { foldDetails } from './fold-details.js';
import type { Candidate } from '../model.js';
import { tellingConflict, type TellingLens } from './same-event.js';

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Tellings farther apart than this (UTF-16 units, a long article) are never merged: keeps coreference linear on huge inputs. */
const WINDOW = 30_000;

const ids = (c: Candidate, role: string) => new Set(c.actors.filter((x) => x.role === role).map((x) => x.id ?? x.name));

/**
 * Modalities a pointer back may join across, told after what it points at: "ils ont décidé de faire grève … un des
 * grévistes a été battu" (not "La grève entamée lundi …" before "ils ont décidé de bloquer l'usine").
 */
const PLANNED_OR_TOLD: ReadonlySet<string> = new Set(['planned', 'asserted']);

function pointsBackAcross(a: Candidate, b: Candidate): boolean {
  const [ana, host] = a.trigger.anaphoric ? [a, b] : [b, a];
  return ana.trigger.anaphoric && ana.trigger.start > host.trigger.start && PLANNED_OR_TOLD.has(a.modality) && PLANNED_OR_TOLD.has(b.modality);
}

const anaphoric = (a: Candidate, b: Candidate) => a.trigger.anaphoric || b.trigger.anaphoric;

/** Candidates as the shared rule reads them (same-event.ts), with coreference's own leniencies as its options. */
const CANDIDATE: TellingLens<Candidate> = {
  type: (c) => c.type.id,
  modality: (c) => c.modality,
  mode: (c) => c.mode,
  distinctModes: (c) => !!c.type.distinctModes,
  countKinds: (c) => Object.keys(c.counts) as CountKind[],
  count: (c, k) => c.counts[k]?.count,
  sources: (c) => ids(c, 'source'),
  // A label pointing back ("ces actes ont été qualifiés de massacre … comparés à ceux de Sharpeville") names the place of
  // what it is compared to, not another place of the event.
  // A definite mention ("la grève", "les manifestants") is no label: it keeps its own place ("la grève se poursuit à Bamako").
  placesApart: (a, b) => {
    const pointer = anaphoric(a, b) && !a.trigger.definite && !b.trigger.definite;
    return !pointer && !!a.place && !!b.place && a.place.rank <= 1 && b.place.rank <= 1 && a.place.value.name !== b.place.value.name &&
      !inAdmin1(a.place.value, b.place.value) && !inAdmin1(b.place.value, a.place.value);
  },
  // An anaphoric mention's sentence date belongs to its sentence's own event, not to the one it recalls.
  datesApart: (a, b) => !anaphoric(a, b) && !!a.date && !!b.date && a.date.rank === 0 && b.date.rank === 0 && a.date.value.start !== b.date.value.start,
  modalitiesJoin: pointsBackAcross,
  // A pointer back names the event told before whatever word it uses ("une grève … cette manifestation").
  modesIgnored: anaphoric,
  // A vague toll and a later precise one ("plusieurs morts" … "15 personnes tuées") are one toll told twice (the shared
  // rule); so is a toll and a part of it told later (partOfToll).
  figuresJoin: (a, b, k) => partOfToll(a, b, k) || partOfToll(b, a, k),
  sourcesJoin: sameState,
};

const hasCounts = (c: Candidate) => Object.keys(c.counts).length > 0;

/** A town and the admin1 area it lies in ("Mosul", "Nineveh" read from "20 miles south of Mosul") are no conflict. */
const inAdmin1 = (town: Place, area: Place) => area.precision === 'admin1' && town.country === area.country && town.admin1 === area.name;

export function compatible(a: Candidate, b: Candidate): boolean {
  if (tellingConflict(a, b, CANDIDATE) !== null) return false;
  if (!anaphoric(a, b) && !sameSet(a.contexts, b.contexts)) return false;
  if (anaphoric(a, b)) {
    const [ana, host] = a.trigger.anaphoric ? [a, b] : [b, a];
    if (![...host.contexts].every((x) => ana.contexts.has(x))) return false;
  }
  // An event named as a time anchor ("au lendemain de l'assaut contre le bateau") is not an attack told on another
  // day at a place of its own ("l'armée repousse une attaque contre son camp de Bourem").
  if (a.type.located && (a.anchored || b.anchored) && a.date?.value.start !== b.date?.value.start) {
    const other = a.anchored ? b : a;
    if (other.place && other.place.rank <= 1) return false;
  }
  // Two known parties each giving a toll are two claims ("Armenia says …", "Azerbaijan says …"); an unnamed
  // "police" or "military" after a headline's dash is one wire's source for the same story.
  const ka = a.attribution?.actor?.id;
  const kb = b.attribution?.actor?.id;
  if (hasCounts(a) && hasCounts(b) && ka && kb && ka !== kb) return false;
  return true;
}

/**
 * "Plusieurs décès ont été enregistrés parmi les civils … Un décès qui a ému la toile": a smaller figure told later with
 * no event word, place or date of its own is one of the dead already counted, not another event.
 */
function partOfToll(part: Candidate, whole: Candidate, kind: keyof Candidate['counts']): boolean {
  const p = part.counts[kind];
  const w = whole.counts[kind];
  if (!p || !w || part.trigger.row.pattern !== '' || part.trigger.start <= whole.trigger.start) return false;
  if ((part.place && part.place.rank <= 1) || (part.date && part.date.rank === 0)) return false;
  return p.count.value < w.count.value || (p.count.value === w.count.value && w.count.qualifier === 'at_least');
}

const STATE_KINDS: ReadonlySet<string> = new Set(['government', 'military']);
const stateSources = (c: Candidate) => c.actors.filter((x) => x.role === 'source' && STATE_KINDS.has(x.kind) && x.country);

/** "Cette offensive de l'Azerbaïdjan" and "l'opération militaire azerbaïdjanaise": one state, told as its government or its forces. */
function sameState(a: Candidate, b: Candidate): boolean {
  const ca = stateSources(a);
  const cb = stateSources(b);
  return ca.length > 0 && cb.length > 0 && ca.every((x) => cb.some((y) => y.country === x.country)) && cb.every((y) => ca.some((x) => x.country === y.country));
}

/** Adds an actor; the state's forces replace its government in the same role (the more specific name). */
function addActor(into: Candidate, a: Candidate['actors'][number]): void {
  if (into.actors.some((x) => (x.id ?? x.name) === (a.id ?? a.name) && x.role === a.role)) return;
  const general = into.actors.findIndex((x) => x.role === a.role && x.country === a.country && x.kind === 'government' && a.kind === 'military');
  if (general >= 0) into.actors[general] = a;
  else if (!into.actors.some((x) => x.role === a.role && x.country === a.country && x.kind === 'military' && a.kind === 'government')) into.actors.push(a);
}

export function absorb(into: Candidate, c: Candidate): void {
  // The first telling decides who asserts the event; a later one that brings figures brings its claimant, and
  // one that names a claimant where the first named none ("… kills 10. 10 killed in clashes: police") names it,
  // unless the first gave figures the later one does not (a toll is not vouched for by who tells the cause).
  const adopt = hasCounts(c) ? !hasCounts(into) || !into.attribution : !into.attribution && !hasCounts(into);
  if (c.attribution && adopt) into.attribution = c.attribution;
  into.evidence.push(...c.evidence);
  for (const [k, v] of Object.entries(c.counts) as [keyof Candidate['counts'], NonNullable<Candidate['counts'][keyof Candidate['counts']]>][]) {
    const had = into.counts[k];
    if (!had || refines(had.count, v.count)) into.counts[k] = v;
  }
  // At equal rank, a town is finer than the admin1 area it lies in.
  if (c.place && (!into.place || c.place.rank < into.place.rank || (c.place.rank === into.place.rank && inAdmin1(c.place.value, into.place.value)))) into.place = c.place;
  if (c.places.length > into.places.length) into.places = c.places;
  if (c.date && (!into.date || c.date.rank < into.date.rank)) into.date = c.date;
  for (const a of c.actors) addActor(into, a);
  into.mode ??= c.mode;
  for (const x of c.contexts) into.contexts.add(x);
  if (into.trigger.row.weak && !c.trigger.row.weak) {
    (into.formerTriggers ??= []).push(into.trigger);
    into.trigger = c.trigger;
  }
  // Each telling keeps the spans it read its values from; the event's field evidence takes those of the values it keeps.
  (into.absorbed ??= []).push(c);
  into.support += c.support;
  into.mentions += c.mentions;
}

/** Merges candidates in document order; returns the surviving events. */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const ordered = foldDetails(candidates).sort((a, b) => Number(a.trigger.anaphoric) - Number(b.trigger.anaphoric) || a.trigger.start - b.trigger.start);
  for (const c of ordered) {
    const pool = kept.filter((k) => Math.abs(k.trigger.start - c.trigger.start) <= WINDOW && compatible(k, c));
    // A demonstrative recalls an event told before it ("Cette attaque survient au lendemain de l'assaut …" is not that assault).
    const earlierPool = pool.filter((x) => x.trigger.start < c.trigger.start);
    // "La grève des enseignants se poursuit …" opening an article points at no event told after it, save one of its own
    // sentence ("les manifestants ont bloqué les routes").
    const laterPool = c.trigger.definite ? pool.filter((x) => x.sentence.index === c.sentence.index) : pool;
    const host = c.trigger.anaphoric
      ? (earlierPool.length ? earlierPool : laterPool).sort((x, y) => Math.abs(x.trigger.start - c.trigger.start) - Math.abs(y.trigger.start - c.trigger.start))[0]
      : pool[0];
    const named = host || !c.trigger.anaphoric || Object.keys(c.counts).length ? undefined : recalled(kept, c);
    if (host) absorb(host, c);
    else if (named) named.evidence.push(...c.evidence);
    else kept.push(c);
  }
  for (const k of kept) k.evidence = uniqueSpans(k.evidence);
  return kept.sort((a, b) => a.trigger.start - b.trigger.start);
}

/** How many sentences back a word pointing at an event told before ("ces actes ont été qualifiés de massacre") looks. */
const RECALL = 2;

/**
 * "Plus de cinquante ouvriers ont été tués par la police … Ces actes ont été décrits comme un massacre": a word that
 * points back at an event told just before names that event, even under another type's word; it is no event of its own
 * (unless it brings figures of its own: those are kept as told).
 */
function recalled(kept: readonly Candidate[], c: Candidate): Candidate | undefined {
  // "les manifestants", "la grève" name a protest: with none told before, they tell one.
  if (c.trigger.definite) return undefined;
  const earlier = kept.filter((k) => k.trigger.start < c.trigger.start).sort((x, y) => y.trigger.start - x.trigger.start);
  const near = earlier.find((k) => k.sentence.paragraph === c.sentence.paragraph && c.sentence.index - k.sentence.index <= RECALL);
  if (near) return near;
  // Farther back, only a pointer that tells nothing of its own (no place or date in its sentence) names the event told
  // last: "… a affirmé qu'il n'était pas au courant de cette attaque", five sentences after the coup it recalls.
  const own = (c.place && c.place.rank <= 1) || (c.date && c.date.rank === 0);
  return own ? undefined : earlier[0];
}

/** Distinct spans in text order; a span lying inside another adds nothing and is dropped. */
function uniqueSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.end <= reach) continue;
    out.push(s);
    reach = s.end;
  }
  return out;
}
