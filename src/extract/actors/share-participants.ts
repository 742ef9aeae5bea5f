// "L'Azerbaïdjan et les séparatistes se sont dits prêts … Les discussions entre les deux camps …, au
// lendemain du cessez-le-feu": a symmetric event (talks, agreement) told without its parties takes the
// participants of the nearest symmetric event told before it in the same paragraph.
import type { Candidate, Trace } from '../model.js';

export function shareParticipants(candidates: readonly Candidate[], trace: Trace): void {
  const ordered = [...candidates].sort((a, b) => a.trigger.start - b.trigger.start);
  ordered.forEach((c, i) => {
    if (!c.type.symmetric || c.actors.length) return;
    for (let j = i - 1; j >= 0; j--) {
      const p = ordered[j]!;
      if (p.sentence.paragraph !== c.sentence.paragraph) break;
      const parties = p.actors.filter((a) => a.role === 'participant');
      if (!p.type.symmetric || parties.length < 2) continue;
      c.actors = parties.map((a) => ({ ...a }));
      trace(() => ({ stage: 'actors', rule: 'participants-of-previous-symmetric-event', span: { start: c.trigger.start, end: c.trigger.end }, detail: parties.map((a) => a.name).join(', ') }));
      return;
    }
  });
}
