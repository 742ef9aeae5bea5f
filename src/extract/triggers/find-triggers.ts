// Finds event triggers: every trigger row of the language pack, matched once over the text, longest
// match kept where rows overlap, each hit placed in its sentence and typed by the event registry.
import type { EventTypeDef } from '../../events/event-type.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { longestNonOverlapping, matchAll } from '../lexicon/word-regex.js';
import type { SentenceView, TriggerHit } from '../model.js';
import { sentenceAt } from '../sentences.js';

export function findTriggers(
  text: string,
  sentences: readonly SentenceView[],
  pack: CompiledPack,
  registry: (id: string) => EventTypeDef | undefined,
  from = 0,
): TriggerHit[] {
  const raw: (TriggerHit & { priority: number })[] = [];
  pack.triggers.forEach(({ row, re }, priority) => {
    const def = registry(row.type);
    if (!def) return;
    for (const m of matchAll(re, text, from)) {
      const s = sentenceAt(sentences, m.start);
      if (!s) continue;
      const before = text.slice(Math.max(s.start, m.start - 40), m.start);
      raw.push({ ...m, row, def, sentence: s.index, anaphoric: pack.demonstrative.test(before), priority });
    }
  });
  return longestNonOverlapping(raw).map(({ priority: _p, ...hit }) => hit);
}
