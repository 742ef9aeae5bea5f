// Toponyms of the text resolved with the gazetteer, the document's countries as context. A capital
// that knowledge marks as standing for a government ("Bakou accuse…") is an actor, unless a locative
// cue or a place noun puts it as a place ("à Bangui", "in Central African Republic", "les rues d'Athènes");
// other actor mentions hide the toponyms they contain. "dans la capitale" names the capital city.
import { isProminent, nameKey } from '../../knowledge/index.js';
import type { Knowledge, PlaceMatch } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { letterWords } from '../lexicon/letter-words.js';
import { lastAtOrBefore } from '../bucket.js';
import type { ActorHit, Trace } from '../model.js';
import type { PlaceMention } from './assign-places.js';
import { distinctPlaces, resolveWithNeighbours, unknownNames, variantNear, withSeatCoords } from './place-context.js';
import { vetoByApposition } from './apposition.js';
import { capitalMentions } from './capital-mentions.js';
import { forcePhrases } from '../actors/place-forces.js';
import { modifiesEventNoun } from './modifier-places.js';
import { isDistanceMention, placesAtDistance } from './distance-from.js';

export function resolvePlaceMentions(
  text: string,
  knowledge: Knowledge,
  actorMatches: readonly ActorHit[],
  cp: CompiledPack,
  from: number,
  trace: Trace,
): { places: PlaceMention[]; actors: ActorHit[]; focusCountries: string[] } {
  const locative = (start: number) => cp.locative.test(text.slice(Math.max(0, start - 40), start));
  const found = knowledge.findPlaces(text).filter((m) => m.span.start >= from).map((m) => withoutForeignCountry(m, knowledge, cp.pack.code));
  // After a locative cue, a name that is both a toponym and an actor ("in Central African Republic", "à Bangui") is a place.
  const placeSpans = found.map((m) => m.span).sort((a, b) => a.start - b.start);
  const overlapsPlace = (a: ActorHit) => overlapsAny(placeSpans, a);
  const nouns = knowledge.placeNouns ?? new Set<string>();
  // "les rues d'Athènes", "l'hôpital public de Berlin", "à la frontière du Pérou": a capital or a country that is
  // the complement of a place noun is a place.
  const ofPlace = (a: ActorHit) => nouns.size > 0 && overlapsPlace(a) && complementOfPlaceNoun(text, a.start, cp, nouns);
  // "la police de Tokyo", "Paris police": the force of the place's country stands for the words around the place.
  const forces = forcePhrases(text, found, knowledge.placeForces?.get(cp.pack.code) ?? [], knowledge);
  const inForce = (a: ActorHit) => forces.some((f) => a.start < f.end && f.start < a.end);
  // "Police disperse Kiev protest", "the Bangui clashes": a capital modifying an event noun is where it happened.
  // "Bangui : retour au calme …": a capital that labels a headline is its place ("Moscou : « … »" quotes its government).
  // So does a country's name ("Mali : attaque contre un camp militaire à Boni", "Ukraine: Unlawful Russian Attacks").
  const modifier = (a: ActorHit) => (a.metonym && modifiesEventNoun(text, a, knowledge.modifiedEventNouns)) || ((a.metonym || overlapsPlace(a)) && headlineLabel(text, a));
  const actors = actorMatches.filter((a) => !(((a.metonym || overlapsPlace(a)) && locative(a.start)) || ofPlace(a) || inForce(a) || modifier(a)));
  const actorSpans = [...actors].sort((a, b) => a.start - b.start);
  // "son compagnon Ramos Sanchez … Noëline et Ramos": a small town's name the text also writes as part of a person's
  // name is the person.
  const matches = found.filter((m) => !overlapsAny(actorSpans, m.span) && !(smallPlacesOnly(m) && partOfNameElsewhere(text, m)));
  const tally = new Map<string, number>();
  // A headline's source after a dash ("… in Donetsk direction - Russian Defense Ministry") says who tells, not where.
  // Civilians' nationality ("Russian journalist killed in E. Ukraine") says who they are, not where they were.
  for (const a of actors) if (a.actor.country && a.actor.kind !== 'civilians' && !sourceAfterDash(text, a)) tally.set(a.actor.country, (tally.get(a.actor.country) ?? 0) + 1);
  // Every country a toponym could lie in gets a vote (once per mention): "Gossi … Hombori … Gao" agree on one.
  for (const m of matches) {
    const countries = new Set(m.candidates.map((c) => c.country).filter((c): c is string => c !== null));
    for (const c of countries) tally.set(c, (tally.get(c) ?? 0) + 1 / Math.sqrt(countries.size));
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  const focusCountries = ranked.filter(([, n]) => n >= top / 2).slice(0, 3).map(([c]) => c);
  const places: PlaceMention[] = [];
  const first = resolveWithNeighbours(knowledge, matches, matches.map((m) => knowledge.resolvePlace(m, { focusCountries })), focusCountries);
  vetoByApposition(text, knowledge, matches, first, focusCountries, cp.locative);
  // Names of the places and admin areas told in the text ("Dogo (cercle de Youwarou; région de Mopti)").
  const keysOf = (i: number) => {
    const r = first[i];
    return new Set(r ? [r.place.name, r.place.admin1, r.place.admin2].filter((n): n is string => !!n).map(nameKey) : []);
  };
  const context = new Map<string, number>();
  matches.forEach((_m, i) => { for (const k of keysOf(i)) context.set(k, (context.get(k) ?? 0) + 1); });
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    let r = first[i];
    if (!r) continue;
    const own = keysOf(i);
    if (m.candidates.length > 1 && !(inContext(r.entry.admin2, context, own) || inContext(r.entry.admin1, context, own))) {
      const better = m.candidates.find((c) => (focusCountries.length === 0 || focusCountries.includes(c.country ?? '')) && (inContext(c.admin2, context, own) || inContext(c.admin1, context, own)));
      const alt = better ? knowledge.resolvePlace({ ...m, candidates: [better] }, { focusCountries }) : null;
      if (alt) r = { ...alt, reason: `${alt.reason}; admin area named in the text` };
    }
    places.push({ start: m.span.start, end: m.span.end, text: m.text, place: withSeatCoords(r.place, m.candidates), prominent: isProminent(r.entry) });
    trace(() => ({ stage: 'places', rule: 'gazetteer', span: m.span, detail: `${m.text} → ${r.place.name} (${r.place.country ?? '?'}, ${r.place.precision}): ${r.reason}` }));
  }
  // Names the index lacks ("Aguelhok"): a spelling variant near the places already named.
  const named = distinctPlaces(places.map((p) => p.place).filter((p) => p.precision !== 'country'));
  const variants = new Map<string, ReturnType<typeof variantNear>>();
  const allSpans = [...found.map((m) => m.span), ...actorSpans].sort((a, b) => a.start - b.start);
  for (const u of focusCountries.length && named.length ? unknownNames(text, from, (start, end) => overlapsAny(allSpans, { start, end })) : []) {
    if (!variants.has(u.text)) variants.set(u.text, variantNear(knowledge, u.text, focusCountries, named));
    const r = variants.get(u.text);
    if (!r) continue;
    places.push({ start: u.start, end: u.end, text: u.text, place: r.place });
    trace(() => ({ stage: 'places', rule: 'spelling-variant', span: u, detail: `${u.text} → ${r.place.name} (${r.place.country ?? '?'}): ${r.reason}` }));
  }
  // "dans la capitale", "la capitale du Mexique": the capital city of the country named, or of the article's.
  const countries = [
    ...places.filter((p) => p.place.precision === 'country' && p.place.country).map((p) => ({ start: p.start, end: p.end, country: p.place.country! })),
    ...actors.filter((a) => !a.metonym && a.actor.country && a.actor.id === `${a.actor.country}-GOV`).map((a) => ({ start: a.start, end: a.end, country: a.actor.country! })),
  ].sort((a, b) => a.start - b.start);
  for (const { phraseStart, phraseEnd, ...c } of capitalMentions(text, from, knowledge, countries, focusCountries, cp)) {
    if (overlapsAny(allSpans, { start: phraseStart, end: phraseEnd })) continue;
    places.push(c);
    trace(() => ({ stage: 'places', rule: 'capital', span: c, detail: `${c.text} → ${c.place.name} (${c.place.country ?? '?'})` }));
  }
  places.sort((a, b) => a.start - b.start);
  // "à 37 km d'Andéranboukane", "650 km east of Bangui": far from the town, its area or country.
  const placed = placesAtDistance(text, places, knowledge, cp.pack.code);
  for (let i = 0; i < placed.length; i++) {
    const d = placed[i]!;
    if (!isDistanceMention(d)) continue;
    trace(() => ({ stage: 'places', rule: 'distance-from-town', span: { start: d.phraseStart, end: d.end }, detail: `${Math.round(d.km)} km from ${d.from.name} → ${d.place.name} (${d.place.precision})` }));
  }
  for (const a of actorMatches) if (a.metonym && !actors.includes(a) && !inForce(a)) trace(() => ({ stage: 'actors', rule: 'metonym-as-place', span: { start: a.start, end: a.end }, detail: a.text }));
  for (const f of forces) trace(() => ({ stage: 'actors', rule: 'force-of-place', span: f, detail: `${f.hit.text} → ${f.hit.actor.id}` }));
  const all = forces.length ? [...actors, ...forces.map((f) => f.hit)].sort((a, b) => a.start - b.start) : actors;
  return { places: placed, actors: all, focusCountries };
}

/** True when the name `n` is named by another mention of the text (not only by this one, whose names are `own`). */
function inContext(n: string | null, context: ReadonlyMap<string, number>, own: ReadonlySet<string>): boolean {
  return n !== null && (context.get(nameKey(n)) ?? 0) > (own.has(nameKey(n)) ? 1 : 0);
}

/** Every reading of the name is a town or a district of fewer than 100,000 people. */
function smallPlacesOnly(m: PlaceMatch): boolean {
  return m.candidates.every((c) => !isProminent(c));
}

/**
 * True when a one-word name also stands elsewhere in the text as one of two capitalised words joined by a space,
 * between words that are not capitalised ("de son compagnon Ramos Sanchez.", "selon Carla Ramos,").
 */
export function partOfNameElsewhere(text: string, m: Pick<PlaceMatch, 'text' | 'span'>): boolean {
  const name = m.text;
  if (!CAP_WORD.test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at === m.span.start || LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    // "Ramos Sanchez": a capitalised word after, and no capitalised word before or after the pair.
    const after = text[end] === ' ' ? wordAt(text, end + 1) : null;
    if (after && after.cap && !capitalisedBefore(text, at) && !capitalisedAfter(text, after.end)) return true;
    // "Carla Ramos": a capitalised word before.
    const before = text[at - 1] === ' ' ? wordBefore(text, at - 1) : null;
    if (before && before.cap && !capitalisedBefore(text, before.start) && !capitalisedAfter(text, end)) return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{M}]/u;
const CAP_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The run of letters starting at `from`, and whether it is a capitalised word ("Sanchez"). */
function wordAt(text: string, from: number): { end: number; cap: boolean } | null {
  let end = from;
  while (end < text.length && LETTER.test(text[end]!)) end++;
  return end > from ? { end, cap: CAP_WORD.test(text.slice(from, end)) } : null;
}

/** The run of letters ending at `to`. */
function wordBefore(text: string, to: number): { start: number; cap: boolean } | null {
  let start = to;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  return start < to ? { start, cap: CAP_WORD.test(text.slice(start, to)) } : null;
}

/** A capitalised word right before `at`, across one space. */
function capitalisedBefore(text: string, at: number): boolean {
  if (text[at - 1] !== ' ') return false;
  const w = wordBefore(text, at - 1);
  return !!w && /^\p{Lu}/u.test(text[w.start]!);
}

/** A capitalised word right after `at`, across one space. */
function capitalisedAfter(text: string, at: number): boolean {
  return text[at] === ' ' && /^\p{Lu}/u.test(text[at + 1] ?? '');
}

/**
 * A name that is a country's only in another language and a place of that country in every language (French
 * "Mexico": the country is "Mexique" there) names the place: the country's reading is dropped.
 */
export function withoutForeignCountry(m: PlaceMatch, knowledge: Pick<Knowledge, 'foreignCountryName'>, lang: string): PlaceMatch {
  const countries = m.candidates.filter((c) => c.featureClass === 'country' && c.country);
  if (!countries.length || !knowledge.foreignCountryName) return m;
  const drop = countries.filter((c) => m.candidates.some((o) => o.featureClass !== 'country' && o.country === c.country) && knowledge.foreignCountryName!(c.country!, m.text, lang));
  return drop.length ? { ...m, candidates: m.candidates.filter((c) => !drop.includes(c)) } : m;
}

/**
 * True when the name at `at` follows a place noun and a genitive ("les rues d'", "l'hôpital public de", "the
 * streets of"); `nouns` are folded. The noun may carry one adjective after it ("quartiers populaires de").
 */
export function complementOfPlaceNoun(text: string, at: number, cp: Pick<CompiledPack, 'genitive'>, nouns: ReadonlySet<string>): boolean {
  return placeNounBefore(text, at, cp, nouns) !== null;
}

/** Where the place noun that governs the name at `at` starts ("rues" in "les rues de Belgrade"); null when none does. */
export function placeNounBefore(text: string, at: number, cp: Pick<CompiledPack, 'genitive'>, nouns: ReadonlySet<string>): number | null {
  const from = Math.max(0, at - 60);
  // The words of the 60 characters before, as [start, end, …]: the runs of letters, hyphen-joined parts included
  // (lexicon/letter-words.ts, the matches of its regex there, without the match arrays).
  const words = letterWords(text, from, at);
  const n = words.length >> 1;
  for (let h = n - 1; h >= Math.max(0, n - 4); h--) {
    const start = words[2 * h]!;
    const end = words[2 * h + 1]!;
    if (!cp.genitive.test(text.slice(end, at))) continue;
    // The word before it first when only blanks part them (the noun of "quartiers populaires de").
    if (h > 0 && /^\s+$/u.test(text.slice(words[2 * h - 1]!, start))) {
      const prev = words[2 * h - 2]!;
      if (nouns.has(nameKey(text.slice(prev, words[2 * h - 1]!)))) return prev;
    }
    return nouns.has(nameKey(text.slice(start, end))) ? start : null;
  }
  return null;
}

/** True when span overlaps one of the spans (sorted by start, mostly disjoint). */
function overlapsAny(sorted: readonly { start: number; end: number }[], span: { start: number; end: number }): boolean {
  for (let i = lastAtOrBefore(sorted, span.end - 1, (s) => s.start); i >= 0; i--) {
    const s = sorted[i]!;
    if (s.end > span.start) return true;
    if (span.start - s.start > 200) return false;
  }
  return false;
}

const DASH_BEFORE = /\s[-\u2013\u2014]\s+$/u;
const PART_END = /^[^;\n.!?]{0,30}(?:[;\n]|$)/u;

/** True when the mention ends a headline or a part of one after a spaced dash ("… - Russian Defense Ministry"). */
export function sourceAfterDash(text: string, span: { readonly start: number; readonly end: number }): boolean {
  return DASH_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && PART_END.test(text.slice(span.end, span.end + 31));
}

const LABEL_AFTER = /^[ \u00a0]?:[ \u00a0]+(?!["«“‘'])/u;

/** True when the name opens a headline or a part of one before a colon, and no quotation follows ("Bangui : retour au calme"). */
export function headlineLabel(text: string, span: { readonly start: number; readonly end: number }): boolean {
  if (!LABEL_AFTER.test(text.slice(span.end, span.end + 5))) return false;
  let i = span.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === ';' || text[i - 1] === '\n';
}
