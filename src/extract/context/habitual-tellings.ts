// "Chaque année, les accidents de la route font des centaines de morts", "36 000 femmes ont été agressées depuis le début
// de l'année", "les manifestations se multiplient": a telling made habitual, generic or a sum over a period tells no one
// event. The words are the language pack's (ClauseCues.habitual), looked for only around a trigger, in its clause: after it
// up to the next clause break, before it back to the last one, or opening the sentence ("Chaque année, …"). A day of the
// sentence's own ("le 1er mai, comme chaque année, …") names one event: kept. This names no word and no type.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate, Trace } from '../model.js';
import { tailMatch } from '../lexicon/tail-match.js';

/** How far from a trigger a habitual word may stand (UTF-16 units). */
const REACH = 100;
/** How long a sentence-opening adverbial may be, up to its comma ("Chaque année,", "Depuis le début de l'année,"). */
const OPENING = 40;
/** What ends a clause inside a sentence: , ; : ( ) « » " “ ”. */
function isBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 34 || code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d;
}

function lastBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isBreak(text.charCodeAt(i))) return i;
  return -1;
}

function firstBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return i;
  return -1;
}

export function habitualTellings(text: string, candidates: readonly Candidate[], pack: CompiledPack, trace: Trace): Set<Candidate> {
  const out = new Set<Candidate>();
  const re = pack.habitual;
  if (!re) return out;
  for (const c of candidates) {
    // A day of its own keeps it; a period ("depuis le début de l'année") is the span the sum covers.
    if (c.date && c.date.rank === 0 && c.date.value.precision === 'day') continue;
    const s = c.sentence;
    const from = Math.max(s.start, c.trigger.start - REACH);
    const cut = lastBreak(text, from, c.trigger.start);
    const to = Math.min(s.end, c.trigger.end + REACH);
    const stop = firstBreak(text, c.trigger.end, to);
    // The clause around the trigger, and the sentence's opening adverbial.
    const comma = text.indexOf(',', s.start);
    const opening = comma >= 0 && comma - s.start <= OPENING && comma < c.trigger.start && firstBreak(text, s.start, comma) < 0;
    const told =
      tailMatch(text.slice(cut < 0 ? from : cut + 1, c.trigger.start), re) ||
      tailMatch(text.slice(c.trigger.end, stop < 0 ? to : stop), re) ||
      (opening && tailMatch(text.slice(s.start, comma), re));
    if (!told) continue;
    out.add(c);
    trace(() => ({ stage: 'events', rule: 'habitual', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}" told as habitual or a sum over a period` }));
  }
  return out;
}
