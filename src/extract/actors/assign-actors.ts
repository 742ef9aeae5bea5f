// Actor roles from word order: an actor before the trigger is its source, one after it its target,
// unless an agent marker ("par", "by") precedes it. Symmetric types (talks, agreements) have
// participants. Actors naming the source of a claim ("selon X") are the claim's, not the event's.
import type { Actor } from '../../core/contract.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { ActorHit, AttributionHit, Candidate } from '../model.js';
import { toActor } from './to-actor.js';

export function assignActors(text: string, c: Candidate, actors: readonly ActorHit[], attributions: readonly AttributionHit[], pack: CompiledPack): Actor[] {
  const s = c.sentence;
  const claimSpans = attributions.filter((a) => a.sentence === s.index && a.scope === 'sentence').map((a) => a.nameSpan);
  const out: Actor[] = [];
  const seen = new Set<string>();
  for (const m of actors) {
    if (m.start < s.start || m.end > s.end) continue;
    if (claimSpans.some((sp) => m.start >= sp.start && m.end <= sp.end)) continue;
    let role: Actor['role'];
    if (c.type.symmetric) role = 'participant';
    else if (m.end <= c.trigger.start) role = 'source';
    else role = pack.agent.test(text.slice(Math.max(s.start, m.start - 40), m.start)) ? 'source' : 'target';
    const key = `${m.actor.id}:${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toActor(m, role));
  }
  return out;
}
