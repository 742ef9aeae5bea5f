// Knowledge actor matches → contract actors.
import type { Actor } from '../../core/contract.js';
import type { ActorHit } from '../model.js';

export function toActor(m: ActorHit, role?: Actor['role']): Actor {
  return { name: m.actor.name, id: m.actor.id, country: m.actor.country, kind: m.actor.kind, ...(role ? { role } : {}) };
}
