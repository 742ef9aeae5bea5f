// Finds event triggers: every trigger row of the language pack, matched once over the text, longest
// match kept where rows overlap, each hit placed in its sentence and typed by the event registry.
import type { EventTypeDef } from '../../events/event-type.js';
import type { TriggerRow } from '../../lang/pack.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { charKey } from '../lexicon/first-chars.js';
import { findInTable, type TableMatch } from '../lexicon/table.js';
import { tailMatch } from '../lexicon/tail-match.js';
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

const CAPITAL = /^\p{Lu}/u;
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*)[\s«"“]+$/u;
/** A name's capitalised word before the trigger, short lower-case words (particles: "Front de Libération") between. */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*\s+(?:\p{Ll}{1,3}['’\s]\s*){0,2}[«"“]?$/u;
/** … or right after it ("Libération Flamandes"); not past a particle: "Mali : Attaque de Gao" is a headline, not a name. */
const NAME_AFTER = /^[»"”]?\s+\p{Lu}/u;
const WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * "les forcenés des Forces de Libération Flamandes": an event word capitalised inside a sentence, beside another
 * capitalised word, is part of a name (a group, a movement), not a telling. Not in a headline written in capitals or
 * title case, where every word is capitalised.
 */
export function inProperName(text: string, m: { start: number; end: number }, s: SentenceView): boolean {
  if (!CAPITAL.test(text[m.start] ?? '') || !/\p{L}/u.test(text.slice(s.start, m.start))) return false;
  if (!NAME_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && !NAME_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 40)))) return false;
  const words = text.slice(s.start, s.end).match(WORDS) ?? [];
  const capitals = words.filter((w) => CAPITAL.test(w)).length;
  return capitals * 2 < words.length;
}

/**
 * "He emphasized that Cungapmimbo agreed": the word a demonstrative may have before the trigger ("cette nouvelle
 * attaque") is no name; with a capitalised one between them, the demonstrative word is a conjunction, not a pointer.
 */
function nameBetween(before: string, pack: CompiledPack): boolean {
  const last = WORD_BEFORE.exec(before);
  if (!last?.[1] || !CAPITAL.test(last[1])) return false;
  const rest = before.slice(0, last.index);
  return rest.length > 0 && demonstrativeBefore(rest, pack);
}

/** How far back from its end a definite mention may start ("l'un des manifestants"). */
const DEFINITE_REACH = 32;

/** "les manifestants", "lors de la grève": an event word with a definite article, pointing back at an event told before. */
function definiteBefore(text: string, m: { start: number; end: number }, s: SentenceView, pack: CompiledPack): boolean {
  // The article stands apart from the word: nothing to try when a letter or an apostrophe is glued before it ("l'attaque").
  if (pack.definiteBefore === null || !SPACE_RE.test(text[m.start - 1] ?? '')) return false;
  return tailMatch(text.slice(Math.max(s.start, m.end - DEFINITE_REACH), m.end), pack.definiteBefore);
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
    if (inProperName(text, m, s)) continue;
    raw.push({ start: m.start, end: m.end, m, def, s });
  }
  // Only the hits kept are looked at for a demonstrative before them ("cette offensive").
  return longestNonOverlapping(raw).map(({ m, def, s }) => {
    const before = text.slice(Math.max(s.start, m.start - 40), m.start);
    // The demonstrative pattern ends with white space: a trigger glued to what precedes it ("l'attaque") has none.
    const definite = definiteBefore(text, m, s, pack);
    const anaphoric = definite || (before.length > 0 && SPACE_RE.test(before[before.length - 1]!) && demonstrativeBefore(before, pack) && !nameBetween(before, pack));
    return { start: m.start, end: m.end, text: m.text, row: m.row, def, sentence: s.index, anaphoric, ...(definite ? { definite } : {}) };
  });
}
