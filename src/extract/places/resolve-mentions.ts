// Toponyms of the text resolved with the gazetteer, the document's countries as context. A capital
// that knowledge marks as standing for a government ("Bakou accuse…") is an actor, unless a locative
// cue puts it as a place ("à Bangui"); other actor mentions hide the toponyms they contain.
import type { Knowledge } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { ActorHit, Trace } from '../model.js';
import type { PlaceMention } from './assign-places.js';

export function resolvePlaceMentions(
  text: string,
  knowledge: Knowledge,
  actorMatches: readonly ActorHit[],
  cp: CompiledPack,
  from: number,
  trace: Trace,
): { places: PlaceMention[]; actors: ActorHit[] } {
  const locative = (start: number) => cp.locative.test(text.slice(Math.max(0, start - 40), start));
  const actors = actorMatches.filter((a) => !(a.metonym && locative(a.start)));
  const matches = knowledge.findPlaces(text).filter((m) => m.span.start >= from && !actors.some((a) => a.start < m.span.end && m.span.start < a.end));
  const tally = new Map<string, number>();
  for (const a of actors) if (a.actor.country) tally.set(a.actor.country, (tally.get(a.actor.country) ?? 0) + 1);
  for (const m of matches) {
    const r = knowledge.resolvePlace(m, {});
    if (r?.place.country) tally.set(r.place.country, (tally.get(r.place.country) ?? 0) + 1);
  }
  const focusCountries = [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => c);
  const places: PlaceMention[] = [];
  for (const m of matches) {
    const r = knowledge.resolvePlace(m, { focusCountries });
    if (!r) continue;
    places.push({ start: m.span.start, end: m.span.end, text: m.text, place: r.place });
    trace(() => ({ stage: 'places', rule: 'gazetteer', span: m.span, detail: `${m.text} → ${r.place.name} (${r.place.country ?? '?'}, ${r.place.precision}): ${r.reason}` }));
  }
  for (const a of actorMatches) if (a.metonym && !actors.includes(a)) trace(() => ({ stage: 'actors', rule: 'metonym-as-place', span: { start: a.start, end: a.end }, detail: a.text }));
  return { places, actors };
}
