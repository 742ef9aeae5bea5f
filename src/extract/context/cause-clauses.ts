// "Violences intercommunautaires dans le cercle de Ténenkou suite à l'assassinat du maire-adjoint. 30 morts": an event
// named as the cause of the sentence's event (ClauseCues.cause) is told last in its sentence, so a toll told in the next
// sentence, with no event word of its own, would land on it; it is the main event's toll. Moves such figures from the
// cause to the event of the same type told before it in the sentence. The words are the language pack's; this names none.
import { cover } from '../build/evidence.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate, SentenceView, Trace } from '../model.js';
import { sentenceAt } from '../sentences.js';

/** How far back from a trigger the cause words may start (UTF-16 units): "à la suite du récent " fits. */
const REACH = 40;

export function tollsOfCauses(text: string, candidates: readonly Candidate[], sentences: readonly SentenceView[], pack: CompiledPack, trace: Trace): void {
  const re = pack.causeBefore;
  if (!re) return;
  for (const c of candidates) {
    const kinds = (Object.keys(c.counts) as (keyof Candidate['counts'])[]).filter((k) => (c.counts[k]?.span.start ?? 0) >= c.sentence.end);
    if (!kinds.length || !re.test(text.slice(Math.max(c.sentence.start, c.trigger.start - REACH), c.trigger.start))) continue;
    const main = candidates.filter((m) => m !== c && m.sentence.index === c.sentence.index && m.type.id === c.type.id && m.trigger.end <= c.trigger.start).pop();
    if (!main || kinds.some((k) => main.counts[k])) continue;
    for (const k of kinds) {
      const hit = c.counts[k]!;
      main.counts[k] = hit;
      delete c.counts[k];
      cover(main, hit.span);
      main.support++;
      c.support = Math.max(0, c.support - 1);
      trace(() => ({ stage: 'counts', rule: 'toll-of-main-event', span: hit.span, detail: `${k} from the cause "${c.trigger.text}" to "${main.trigger.text}"` }));
    }
    // The toll's sentence, added as the cause's evidence, leaves it; the main event shows the figures' own words (not the
    // rest of that sentence, which tells nothing of the main event).
    const tollSentences = new Set(kinds.map((k) => sentenceAt(sentences, main.counts[k]!.span.start)?.start));
    c.evidence = c.evidence.filter((e) => !(e.start >= c.sentence.end && tollSentences.has(e.start)));
    for (const k of kinds) {
      const span = main.counts[k]!.span;
      if (!main.evidence.some((x) => x.start <= span.start && span.end <= x.end)) main.evidence.push({ start: span.start, end: span.end });
    }
  }
}
