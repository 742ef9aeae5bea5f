// "Rebels killed 7 soldiers in an ambush", "three villagers killed during a raid": an event word named right after a
// telling of the same type as the occasion it happened in (the pack's occasion words, or its during-words, and an
// article between) is that telling, not a second event. The occasion's word stays (it says what kind of attack it was);
// the verb's reading of its own clause wins for the parties (the object of "killed" before "in an ambush" stood in the
// ambush's window and read as its author). This names no word and no type.
import { bySentence as bucket } from '../bucket.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate, Trace } from '../model.js';
import { absorb } from './merge-candidates.js';

/** How far after the telling's verb the occasion's word may stand (UTF-16 units). */
const REACH = 80;

const key = (a: Candidate['actors'][number]) => a.id ?? a.name;

/** The candidates left once each telling followed by its occasion is folded into that occasion. */
export function foldOccasions(text: string, candidates: readonly Candidate[], cp: CompiledPack, trace: Trace): Candidate[] {
  const during = cp.occasionBetween;
  if (!during || candidates.length < 2) return [...candidates];
  const gone = new Set<Candidate>();
  const bySentence = bucket(candidates, (c) => c.sentence.index);
  for (const a of candidates) {
    if (gone.has(a) || a.trigger.row.pattern === '' || a.trigger.anaphoric) continue;
    const b = (bySentence.get(a.sentence.index) ?? []).find(
      (x) => x !== a && !gone.has(x) && x.type.id === a.type.id && x.modality === a.modality &&
        x.trigger.start >= a.trigger.end && x.trigger.start - a.trigger.end <= REACH && !x.trigger.anaphoric && during.test(text.slice(a.trigger.end, x.trigger.start)),
    );
    if (!b) continue;
    // The verb's parties win: the occasion's reading of one of them in another role, or of an author where the verb
    // names one, is dropped.
    const sourced = a.actors.some((y) => y.role === 'source');
    b.actors = b.actors.filter((x) => !a.actors.some((y) => key(y) === key(x) && y.role !== x.role) && !(sourced && x.role === 'source'));
    absorb(b, a);
    gone.add(a);
    trace(() => ({ stage: 'coref', rule: 'occasion', span: { start: b.trigger.start, end: b.trigger.end }, detail: `${a.type.id} "${a.trigger.text}" happened in "${b.trigger.text}"` }));
  }
  return candidates.filter((c) => !gone.has(c));
}
