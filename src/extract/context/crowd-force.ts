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
    turnViolentTogether(candidates, def, trace);
    const crowds = candidates.filter((c) => c.type.id === def.id && !c.anchored && c.modality === 'asserted' && c.mode !== null && rule.ownModes.includes(c.mode));
    if (!crowds.length) continue;
    for (const c of candidates) {
      if (c.type.id !== rule.from || c.anchored || !rule.fromModes.includes(c.mode)) continue;
      // Police, demonstrators and civilians only: an armed group or an army in the telling makes it a fight of its own.
      if (!c.actors.every((a) => (a.id ? rule.actors.includes(a.id) : a.kind === 'civilians' || a.kind === 'person'))) continue;
      // A toll told with no event word of its own ("trois manifestants, grièvement blessés, ont été évacués") a few
      // sentences after the gathering is the gathering's toll: it needs no named police or crowd.
      const implied = c.trigger.row.pattern === '';
      const near = crowds.filter((p) => p.sentence.paragraph === c.sentence.paragraph && (!implied || p.sentence.index <= c.sentence.index));
      const gap = Math.min(...near.map((p) => Math.abs(p.sentence.index - c.sentence.index)));
      const named = c.actors.some((a) => !!a.id && rule.actors.includes(a.id));
      if (gap > rule.sentences || !(named || implied)) continue;
      const was = c.trigger.text;
      c.type = def;
      c.mode = rule.mode;
      c.trigger = { ...c.trigger, def, row: { ...c.trigger.row, type: def.id, mode: rule.mode, cameo: rule.cameo, acled: rule.acled } };
      trace(() => ({ stage: 'events', rule: `force-beside-${def.id}`, span: { start: c.trigger.start, end: c.trigger.end }, detail: `"${was}" → ${def.id}` }));
    }
  }
}

/**
 * "Les manifestants ont bloqué les routes en brûlant des pneus", "Protesters burned tyres": a gathering told in the same
 * sentence as its violence is that violent gathering, one event, not a peaceful one beside a riot.
 */
function turnViolentTogether(candidates: readonly Candidate[], def: EventTypeDef, trace: Trace): void {
  const rule = def.absorbsForce;
  if (!rule) return;
  const violent = new Set(candidates.filter((c) => c.type.id === def.id && c.mode === rule.mode).map((c) => c.sentence.index));
  if (!violent.size) return;
  for (const c of candidates) {
    if (c.type.id !== def.id || c.mode === rule.mode || c.mode === null || !rule.ownModes.includes(c.mode) || !violent.has(c.sentence.index)) continue;
    c.mode = rule.mode;
    c.trigger = { ...c.trigger, row: { ...c.trigger.row, mode: rule.mode, cameo: rule.cameo, acled: rule.acled } };
    trace(() => ({ stage: 'events', rule: `violent-in-sentence-${def.id}`, span: { start: c.trigger.start, end: c.trigger.end }, detail: c.trigger.text }));
  }
}
