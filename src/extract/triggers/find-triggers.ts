// Finds event triggers: every trigger row of the language pack, matched once over the text, longest
// match kept where rows overlap, each hit placed in its sentence and typed by the event registry.
import type { EventTypeDef } from '../../events/event-type.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { findInTable } from '../lexicon/table.js';
import { longestNonOverlapping } from '../lexicon/word-regex.js';
import type { SentenceView, TriggerHit } from '../model.js';
import { sentenceAt } from '../sentences.js';

export function findTriggers(
  text: string,
  sentences: readonly SentenceView[],
  pack: CompiledPack,
  registry: (id: string) => EventTypeDef | undefined,
  from = 0,
): TriggerHit[] {
  const raw: TriggerHit[] = [];
  for (const m of findInTable(pack.tables.triggers, text, from)) {
    const def = registry(m.row.type);
    const s = sentenceAt(sentences, m.start);
    if (!def || !s) continue;
    const before = text.slice(Math.max(s.start, m.start - 40), m.start);
    raw.push({ ...m, def, sentence: s.index, anaphoric: pack.demonstrative.test(before) });
  }
  return longestNonOverlapping(raw);
}
