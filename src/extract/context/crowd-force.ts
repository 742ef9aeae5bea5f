// Force told beside a demonstration is the demonstration turned violent: "Un affrontement entre la police et
// les étudiants", "la police a ouvert le feu sur la foule" a sentence after "des milliers de manifestants ont
// défilé" is a riot, not a battle. Which types absorb which force, and with which actors, is the event types'
// data (EventTypeDef.absorbsForce); this names no type and no word.
import type { EventTypeDef } from '../../events/event-type.js';
import { EVENT_TYPES } from '../../events/index.js';
import type { Candidate, Trace } from '../model.js';

export function foldForceIntoCrowds(candidates: readonly Candidate[], trace: Trace): void {
  for (const def of EVENT_TYPES as readonly EventTypeDef[]) {
    const rule = def.absorbsForce;
    if (!rule) continue;
    const crowds = candidates.filter((c) => c.type.id === def.id && !c.anchored && c.modality === 'asserted' && c.mode !== null && rule.ownModes.includes(c.mode));
    if (!crowds.length) continue;
    for (const c of candidates) {
      if (c.type.id !== rule.from || c.anchored || !rule.fromModes.includes(c.mode)) continue;
      // Police, demonstrators and civilians only: an armed group or an army in the telling makes it a fight of its own.
      if (!c.actors.every((a) => (a.id ? rule.actors.includes(a.id) : a.kind === 'civilians' || a.kind === 'person'))) continue;
      const gap = Math.min(...crowds.filter((p) => p.sentence.paragraph === c.sentence.paragraph).map((p) => Math.abs(p.sentence.index - c.sentence.index)));
      const named = c.actors.some((a) => !!a.id && rule.actors.includes(a.id));
      if (gap > rule.sentences || !named) continue;
      const was = c.trigger.text;
      c.type = def;
      c.mode = rule.mode;
      c.trigger = { ...c.trigger, def, row: { ...c.trigger.row, type: def.id, mode: rule.mode, cameo: rule.cameo, acled: rule.acled } };
      trace(() => ({ stage: 'events', rule: `force-beside-${def.id}`, span: { start: c.trigger.start, end: c.trigger.end }, detail: `"${was}" → ${def.id}` }));
    }
  }
}
