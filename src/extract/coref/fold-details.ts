// "Attaque d'un véhicule d'une ONG par des individus armés qui l'incendient", "des hommes armés attaquent et pillent le
// village": what the attackers did to things in the telling of their attack (burning, looting: a word that also names
// other mishaps, an incidental trigger row) is a detail of that attack, not an event of its own. Which type is the
// attack is the event registry's data (the type casualties imply); this names no type and no word.
import type { EventTypeDef } from '../../events/event-type.js';
import { EVENT_TYPES } from '../../events/index.js';
import type { Candidate } from '../model.js';

const ATTACK: EventTypeDef | undefined = EVENT_TYPES.find((t) => 'impliedByCasualties' in t && t.impliedByCasualties);

/**
 * The candidates left once each incidental telling of another type is folded into an attack told in the same sentence
 * with the same modality (by a word, not by a figure alone): the attack keeps its evidence.
 */
export function foldDetails(candidates: readonly Candidate[]): Candidate[] {
  if (!ATTACK) return [...candidates];
  // An attack told plainly, or by a word that also names mishaps when it counts its victims ("…, tuant un enfant").
  const attacks = candidates.filter((c) => c.type.id === ATTACK.id && c.trigger.row.pattern !== '' && (!c.trigger.row.incidental || Object.keys(c.counts).length > 0));
  if (!attacks.length) return [...candidates];
  const out: Candidate[] = [];
  for (const c of candidates) {
    const host = c.trigger.row.incidental && c.type.id !== ATTACK.id && Object.keys(c.counts).length === 0
      ? attacks.find((a) => a.sentence.index === c.sentence.index && a.modality === c.modality)
      : undefined;
    if (host) host.evidence.push(...c.evidence);
    else out.push(c);
  }
  return out;
}
