// Words and deals between parties (meetings, requests, praise, accusations: the types that are not physical
// events, EventTypeDef.located unset) code who does what to whom. A telling of such a type whose words name no
// party at all, neither a known actor, nor a name the dictionary does not know (a capitalised word that is not
// the sentence's first and not a place), nor an office, a government, a delegation, a party or a union from the
// pack's list ("la réunion des associés", "a demandé aux touristes de…"), is no event anyone can code: dropped.
// A context that makes the type a physical event (a ceasefire holds over a place) keeps it; so does a pack that
// lists no party words. Names no type and no word.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { matchAll } from '../lexicon/word-regex.js';
import type { Candidate, Trace } from '../model.js';
import type { Span } from '../../core/types.js';

// A capitalised word or an acronym: a name the actor dictionary does not know ("Gondor", "Mme Dupuis", "UK", "U.S.").
const NAME = /(?<![\p{L}\p{N}])\p{Lu}(?:[\p{Ll}\p{M}]+|\p{Lu}+|(?:\.\p{Lu})+)/gu;

/** True when the span holds a name that is neither the sentence's first word nor a place. */
function namesUnknownParty(text: string, span: Span, sentenceStart: number, places: readonly Span[]): boolean {
  NAME.lastIndex = span.start;
  for (let m = NAME.exec(text); m && m.index < span.end; m = NAME.exec(text)) {
    const at = m.index;
    if (!/\p{L}/u.test(text.slice(sentenceStart, at))) continue;
    if (places.some((p) => p.start <= at && at < p.end)) continue;
    return true;
  }
  return false;
}

/** True when the candidate needs a named party to be an event and names none (who tells it is no party to it). */
export function lacksParty(text: string, c: Candidate, pack: CompiledPack, places: readonly Span[] = []): boolean {
  const parties = pack.parties;
  if (!parties || c.type.located || c.actors.length > 0) return false;
  if ([...c.contexts].some((x) => c.type.locatedContexts?.includes(x))) return false;
  // The whole sentence counts: a fronted clause ("Pour dénoncer la corruption, le syndicat a publié…") has its party after the comma.
  if ([c.sentence, ...c.evidence].some((e) => matchAll(parties, text, e.start, e.end).length > 0)) return false;
  return !namesUnknownParty(text, c.sentence, c.sentence.start, places);
}

/** The candidates that are codeable events: physical ones, and the others that name at least one party. */
export function withParties(text: string, candidates: readonly Candidate[], pack: CompiledPack, trace: Trace, places: readonly Span[] = []): Candidate[] {
  return candidates.filter((c) => {
    if (!lacksParty(text, c, pack, places)) return true;
    trace(() => ({ stage: 'events', rule: 'no-party', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}"` }));
    return false;
  });
}
