// "Un précédent attentat, en octobre, avait fait plus de 500 morts": an event word next to a word recalling an earlier
// event (ClauseCues.recalled) names that event as background, to compare, not as news: no event of its own, even with
// a figure. The words are the language pack's; this names no word and no type.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate, Trace } from '../model.js';

/** How far the recalling word may stand from the trigger (UTF-16 units): "une précédente " fits. */
const REACH = 30;

/** The candidates whose trigger a recalling word stands right before or right after. */
export function recalledEvents(text: string, candidates: readonly Candidate[], pack: CompiledPack, trace: Trace): Set<Candidate> {
  const out = new Set<Candidate>();
  const before = pack.recalledBefore;
  const after = pack.recalledAfter;
  if (!before || !after) return out;
  for (const c of candidates) {
    if (c.trigger.row.pattern === '') continue;
    const left = text.slice(Math.max(c.sentence.start, c.trigger.start - REACH), c.trigger.start);
    const right = text.slice(c.trigger.end, Math.min(c.sentence.end, c.trigger.end + REACH));
    if (!before.test(left) && !after.test(right)) continue;
    out.add(c);
    trace(() => ({ stage: 'events', rule: 'recalled-event', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}" recalled as background` }));
  }
  return out;
}
