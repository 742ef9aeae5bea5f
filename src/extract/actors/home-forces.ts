// "Troops shot 20 dead in the Central African Republic", "the army said": an unspecified state force is a state's
// force. Told after a force of that kind named with its state in the same paragraph ("The Ruritanian army fired
// rockets … the army said"), it is that one; otherwise it is the force of the country the event is placed in (or of
// the document's first country). Which force the generic actor stands for is data (its `state` flag in
// data/actors/generic.tsv: GEN-SOLDIERS → MIL, GEN-POLICE → POL); a force that names its own nationality ("Chadian
// soldiers") already has a country and is left alone. An event that already holds that state's force keeps the
// generic one: soldiers fighting the country's army are not its own.
import type { Actor } from '../../core/contract.js';
import type { ActorEntry } from '../../knowledge/types.js';
import type { ActorHit, Candidate, Trace } from '../model.js';

/** The state actor a described force (by its generic id) stands for in a country; null when it stands for none. */
export type StateForce = (genericId: string, iso3: string) => ActorEntry | null;

export interface HomeForceContext {
  /** Every actor mention of the document, in text order. */
  readonly hits: readonly ActorHit[];
  readonly stateForce: StateForce;
  /** Whether an actor id is a described force (a generic actor with a state role). */
  readonly isForce: (actorId: string) => boolean;
  /** The paragraph index of a text offset. */
  readonly paragraphOf: (offset: number) => number;
  /** The country of an event without a place of its own (the document's first country); null when none. */
  readonly fallbackCountry?: string | null;
  readonly trace: Trace;
}

/**
 * Gives each event's unspecified state forces their state. Returns the mentions read again as that state's force (the
 * generic mentions inside the event's evidence, with the state actor's id and no country), so that the event's actors
 * keep pointing at their words.
 */
export function homeForces(candidates: readonly Candidate[], ctx: HomeForceContext): ActorHit[] {
  const { stateForce, trace } = ctx;
  const out: ActorHit[] = [];
  // Most events name no unspecified force: the mentions are sorted only for those that do.
  let sorted: HomeForceContext | undefined;
  for (const c of candidates) {
    if (!c.actors.some((a) => a.country === null && a.id && ctx.isForce(a.id))) continue;
    const inOrder = (sorted ??= { ...ctx, hits: [...ctx.hits].sort((x, y) => x.start - y.start) });
    const hits = inOrder.hits;
    const country = c.place?.value.country ?? ctx.fallbackCountry ?? null;
    c.actors = c.actors.flatMap((a) => {
      if (a.country !== null || !a.id || !ctx.isForce(a.id)) return [a];
      const genericId = a.id;
      const mine = hits.filter((m) => m.actor.id === genericId && c.evidence.some((e) => m.start >= e.start && m.end <= e.end));
      const first = mine[0];
      const named = first ? namedBefore(first, c, genericId, inOrder) : null;
      const state = named ?? (country ? stateForce(genericId, country) : null);
      if (!state) return [a];
      // "The Ruritanian army fired … the army said": the force named before, already in the event in that role.
      if (named && c.actors.some((o) => o.id === state.id && o.role === a.role)) return [];
      // Told twice in the event ("soldiers killed by troops"), a generic force is two sides: neither is the state's.
      if (c.actors.some((o) => o.id === state.id) || c.actors.filter((o) => o.id === genericId).length > 1) return [a];
      // The words name the force, not its country ("the army"): they are the actor's evidence, never a country's.
      const told = { ...state, country: null };
      for (const m of mine) out.push({ ...m, actor: told, match: { ...m.match, actor: told } });
      const rule = named ? 'force-named-before' : 'force-of-the-place-country';
      trace(() => ({ stage: 'actors', rule, span: { start: c.trigger.start, end: c.trigger.end }, detail: `${a.name} → ${state.name}` }));
      return [asActor(state, a.role)];
    });
  }
  return out;
}

/** The nearest state force of the generic's kind named before `m` in its paragraph ("the Ruritanian army … the army"). */
function namedBefore(m: ActorHit, c: Candidate, genericId: string, ctx: HomeForceContext): ActorEntry | null {
  const paragraph = c.sentence.paragraph;
  for (let i = ctx.hits.length - 1; i >= 0; i--) {
    const h = ctx.hits[i]!;
    if (h.start >= m.start) continue;
    // Hits are in text order: the first one of an earlier paragraph ends the search.
    if (ctx.paragraphOf(h.start) !== paragraph) break;
    const iso3 = h.actor.country;
    if (iso3 && ctx.stateForce(genericId, iso3)?.id === h.actor.id) return h.actor;
  }
  return null;
}

function asActor(e: ActorEntry, role: Actor['role']): Actor {
  return { name: e.name, id: e.id, country: e.country, kind: e.kind, ...(role ? { role } : {}) };
}
