// The last touches to an event's place once it is chosen: a country gives way to the finer place of it the document
// names (finer-place.ts), and the words that say where run from the place noun that governs the name ("les rues de
// Belgrade", "the outskirts of Kyiv"), not from a noun of people ("les habitants de Bambari"): the place stays the
// toponym's, its evidence names the site. An event placed only by inference (the sentence before, the article's main
// place or country) whose own words name a site with a common noun ("ils sont sortis dans les rues", "larguées sur un
// petit village") keeps that place as the town or country the site lies in, and its evidence names the site
// (site-in-part.ts) beside the place's nearest mention. Language-blind: the nouns and prepositions are data.
import type { Knowledge } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate } from '../model.js';
import type { PlaceMention } from './assign-places.js';
import { countryWideSpan, toFinerPlace } from './finer-place.js';
import { eventPart } from '../sentences.js';
import { placeNounBefore } from './resolve-mentions.js';
import { siteInPart } from './site-in-part.js';
import { isDistanceMention, type DistanceMention } from './distance-from.js';

export function refinePlace(
  text: string, c: Pick<Candidate, 'place' | 'trigger' | 'sentence' | 'anchored'>, places: readonly PlaceMention[], focusCountries: readonly string[],
  cp: Pick<CompiledPack, 'nonLocative' | 'locative' | 'genitive' | 'pack'>, located: boolean,
  knowledge: Pick<Knowledge, 'siteNouns' | 'countryWide' | 'siteWords' | 'countryPlace'>,
): void {
  // "à 120 km au nord de Bambari": the area the distance puts the event in, with the distance phrase as its words.
  const far = c.place?.span ? distanceMentionAt(places, c.place.span) : null;
  if (far && c.place && far.place === c.place.value) {
    c.place = { ...c.place, rule: `${c.place.rule}, ${Math.round(far.km)} km from ${far.from.name}`, span: { start: far.phraseStart, end: far.end } };
    return;
  }
  const wide = knowledge.countryWide?.get(cp.pack.code) ?? null;
  if (located) toFinerPlace(text, c, places, focusCountries, cp, wide);
  const p = c.place;
  if (!p) return;
  // Only a place inferred from elsewhere: a toponym the sentence names stays.
  const own = p.span !== undefined && p.span.start >= c.sentence.start && p.span.end <= c.sentence.end;
  // "Des milliers de personnes ont manifesté dans tout le pays": a town told elsewhere does not stand for the country.
  const whole = located && !own && p.value.precision !== 'country' && p.value.country && wide ? countryWideSpan(text, eventPart(text, c.sentence, c.trigger), wide) : null;
  if (whole) {
    const country = knowledge.countryPlace?.(p.value.country!);
    if (country) c.place = { value: country.place, rank: p.rank, rule: `${p.rule}: its country, the event covering it`, span: whole };
    return;
  }
  const span = p.span;
  const sites = knowledge.siteNouns;
  if (span && places.some((x) => x.start === span.start && x.end === span.end)) {
    const noun = sites?.size ? placeNounBefore(text, span.start, cp, sites) : null;
    if (noun !== null) {
      c.place = { ...p, span: { start: noun, end: span.end } };
      return;
    }
  }
  const words = knowledge.siteWords?.get(cp.pack.code);
  if (!located || c.anchored || !sites?.size || !words || own) return;
  const part = eventPart(text, c.sentence, c.trigger);
  const site = siteInPart(text, part, c.trigger, sites, words, toponymStarts(places, part));
  if (site) c.place = { ...p, rule: `${p.rule}, at the site its sentence names`, span: site };
}

/** Where the toponyms of the part start. */
function toponymStarts(places: readonly PlaceMention[], part: { readonly start: number; readonly end: number }): number[] {
  const out: number[] = [];
  for (const m of places) if (m.start >= part.start && m.start < part.end + 10) out.push(m.start);
  return out;
}

/** The mention read through a distance phrase whose toponym has exactly this span; null when none. */
function distanceMentionAt(places: readonly PlaceMention[], span: { readonly start: number; readonly end: number }): DistanceMention | null {
  for (const m of places) if (m.start === span.start && m.end === span.end && isDistanceMention(m)) return m;
  return null;
}
