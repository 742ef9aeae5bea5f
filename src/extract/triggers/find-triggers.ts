// Finds event triggers: every trigger row of the language pack, matched once over the text, longest
// match kept where rows overlap, each hit placed in its sentence and typed by the event registry.
import type { EventTypeDef } from '../../events/event-type.js';
import type { TriggerRow } from '../../lang/pack.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { charKey } from '../lexicon/first-chars.js';
import { findInTable, type TableMatch } from '../lexicon/table.js';
import { longestNonOverlapping } from '../lexicon/word-regex.js';
import type { SentenceView, TriggerHit } from '../model.js';
import { sentenceAt } from '../sentences.js';

/** What a demonstrative leaves right before the word it points at: a space or an opening quote. */
const SPACE_RE = /[\s«"“]/u;

/**
 * pack.demonstrative.test(before), tried only where the pattern can start (its first characters) rather
 * than at every offset of the text before the trigger.
 */
export function demonstrativeBefore(before: string, pack: CompiledPack): boolean {
  const first = pack.demonstrativeFirst;
  if (!first) return pack.demonstrative.test(before);
  const re = pack.demonstrativeAt;
  for (let i = 0; i < before.length; i++) {
    if (!first.has(charKey(before[i]!))) continue;
    re.lastIndex = i;
    if (re.test(before)) return true;
  }
  return false;
}

export function findTriggers(
  text: string,
  sentences: readonly SentenceView[],
  pack: CompiledPack,
  registry: (id: string) => EventTypeDef | undefined,
  from = 0,
): TriggerHit[] {
  const raw: { start: number; end: number; m: TableMatch<TriggerRow>; def: EventTypeDef; s: SentenceView }[] = [];
  for (const m of findInTable(pack.tables.triggers, text, from)) {
    const def = registry(m.row.type);
    const s = sentenceAt(sentences, m.start);
    if (!def || !s) continue;
    // "l'équipe anti-émeute", "un mouvement anti-massacre": a stance or a name, not a telling.
    if (pack.stanceBefore && text[m.start - 1] === '-' && pack.stanceBefore.test(text.slice(Math.max(s.start, m.start - 12), m.start))) continue;
    raw.push({ start: m.start, end: m.end, m, def, s });
  }
  // Only the hits kept are looked at for a demonstrative before them ("cette offensive").
  return longestNonOverlapping(raw).map(({ m, def, s }) => {
    const before = text.slice(Math.max(s.start, m.start - 40), m.start);
    // The demonstrative pattern ends with white space: a trigger glued to what precedes it ("l'attaque") has none.
    const anaphoric = before.length > 0 && SPACE_RE.test(before[before.length - 1]!) && demonstrativeBefore(before, pack);
    return { start: m.start, end: m.end, text: m.text, row: m.row, def, sentence: s.index, anaphoric };
  });
}
