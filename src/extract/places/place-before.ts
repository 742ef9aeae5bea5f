// An event whose own sentence names no place happened, as a rule, where the sentence before it (in the same
// paragraph) put the story: "Des émeutes ont éclaté dans les rues de Monrovia. Elles protestaient contre la loi."
// That place comes before the article's main place. Language-blind: the cue comes from the language pack.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { PlaceMention } from './assign-places.js';
import { cueStart } from './distance-from.js';

interface SentenceLike {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
}

/**
 * The place the sentence before `sentence` names, in the same paragraph, when it names one town or area (its country
 * may be named beside it) or, naming none, one country; never one named as elsewhere ("en provenance de Gao").
 * A sentence that names several ("à Tidimbawen (40 km d'Indeliman; région de Gao)") leaves the choice to the article.
 */
export function placeBefore(
  text: string,
  sentence: SentenceLike,
  sentences: readonly SentenceLike[],
  placesBySentence: ReadonlyMap<number, readonly PlaceMention[]>,
  pack: Pick<CompiledPack, 'nonLocative'>,
): PlaceMention | null {
  const prev = sentences[sentence.index - 1];
  if (!prev || prev.index !== sentence.index - 1 || prev.paragraph !== sentence.paragraph) return null;
  const named = (placesBySentence.get(prev.index) ?? []).filter((m) => !pack.nonLocative.test(text.slice(Math.max(prev.start, cueStart(m) - 40), cueStart(m))));
  const fine = named.filter((m) => m.place.precision !== 'country');
  const pool = fine.length ? fine : named;
  const distinct = new Set(pool.map((m) => `${m.place.name}|${m.place.country ?? ''}|${m.place.precision}`));
  return distinct.size === 1 ? pool[pool.length - 1]! : null;
}
