// The last touches to an event's place once it is chosen: a country gives way to the finer place of it the document
// names (finer-place.ts), and the words that say where run from the place noun that governs the name ("les rues de
// Belgrade", "the outskirts of Kyiv"), not from a noun of people ("les habitants de Bambari"): the place stays the
// toponym's, its evidence names the site. Language-blind: the nouns are data.
import type { Knowledge } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate } from '../model.js';
import type { PlaceMention } from './assign-places.js';
import { toFinerPlace } from './finer-place.js';
import { placeNounBefore } from './resolve-mentions.js';

export function refinePlace(
  text: string, c: Pick<Candidate, 'place' | 'trigger'>, places: readonly PlaceMention[], focusCountries: readonly string[],
  cp: Pick<CompiledPack, 'nonLocative' | 'locative' | 'genitive'>, located: boolean, knowledge: Pick<Knowledge, 'siteNouns'>,
): void {
  if (located) toFinerPlace(text, c, places, focusCountries, cp);
  const p = c.place;
  const span = p?.span;
  if (!p || !span || !places.some((x) => x.start === span.start && x.end === span.end)) return;
  const sites = knowledge.siteNouns;
  const noun = sites?.size ? placeNounBefore(text, span.start, cp, sites) : null;
  if (noun !== null) c.place = { ...p, span: { start: noun, end: span.end } };
}
