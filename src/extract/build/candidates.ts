// One candidate per trigger, then figures attached: a count goes to the nearest trigger of its sentence
// that can carry that kind; a count in a sentence without one goes to the last event told before it
// ("Attaque d'un convoi … . 2 morts"); a casualty count with no event at all implies one. A toll followed by the event it
// happened in ("trois morts au cours d'une arrestation") goes to that event; a later precise toll refines a vague one.
import type { CountKind } from '../../core/contract.js';
import type { EventTypeDef } from '../../events/event-type.js';
import { bySentence } from '../bucket.js';
import { refines } from '../counts/refine.js';
import { partsApart } from '../sentences.js';
import { cover } from './evidence.js';
import type { Candidate, CountHit, SentenceView, TriggerHit } from '../model.js';

/** How many sentences back a count without an event of its own looks for one ("Attaque … . 2 morts"). */
const LOOK_BACK = 2;
/** The figures that imply an event on their own: the dead, the wounded, violations (not the missing, the displaced). */
const IMPLYING: ReadonlySet<CountKind> = new Set<CountKind>(['killed', 'injured', 'violations']);

export function newCandidate(trigger: TriggerHit, sentence: SentenceView): Candidate {
  return {
    trigger,
    sentence,
    type: trigger.def,
    mode: trigger.row.mode ?? null,
    contexts: new Set(trigger.row.context ?? []),
    modality: 'asserted',
    modalityRule: null,
    evidence: [{ start: sentence.start, end: sentence.end }],
    counts: {},
    attribution: null,
    date: null,
    place: null,
    places: [],
    actors: [],
    support: 0,
    mentions: 1,
  };
}

/** A figure already read gives way only to one that refines it ("plusieurs victimes … 15 morts"). */
function free(c: Candidate, hit: CountHit): boolean {
  const had = c.counts[hit.kind];
  return !had || refines(had.count, hit.count);
}

function accepts(c: Candidate, hit: CountHit): boolean {
  return c.type.countKinds.includes(hit.kind) && free(c, hit);
}

function dist(c: Candidate, hit: CountHit): number {
  return Math.abs(c.trigger.start - hit.start);
}

/** 1 for a telling of another type than the casualty type, when the figure is one that implies it. */
function rank(c: Candidate, hit: CountHit, implied: EventTypeDef | undefined): number {
  return implied && IMPLYING.has(hit.kind) && c.type !== implied ? 1 : 0;
}

/** 1 for a telling across a ";" from the figure (headlines joined into one sentence). */
function across(c: Candidate, hit: CountHit, text: string): number {
  return partsApart(text, c.trigger, hit) ? 1 : 0;
}

export function attachCounts(
  candidates: Candidate[],
  counts: readonly CountHit[],
  sentences: readonly SentenceView[],
  implied: EventTypeDef | undefined,
  text = '',
  during: RegExp | null = null,
): void {
  const bucket = bySentence(candidates, (c) => c.sentence.index);
  for (const hit of counts) {
    const here = bucket.get(hit.sentence) ?? [];
    // "la mort de trois jeunes au cours d'une arrestation": the event named right after the toll as where it happened
    // takes it, whatever its type, when its type carries figures at all, unless the sentence tells the killing or the
    // force itself ("trois manifestants tués lors de la marche": the dead are the shooting's, not the march's).
    const force = implied && IMPLYING.has(hit.kind) && here.some((c) => c.type === implied && accepts(c, hit));
    const named = during
      ? here.find((c) => c.trigger.start >= hit.end && c.type.countKinds.length > 0 && free(c, hit) && during.test(text.slice(hit.end, c.trigger.start)))
      : undefined;
    const within = named && (!force || named.type === implied) ? named : undefined;
    // The dead and the wounded of a sentence that tells both a gathering and the force used on it are the
    // force's: a telling of the casualty type comes before a nearer one of another type.
    // Headlines joined by ";" are one sentence: a telling in the figure's own headline comes before a nearer one across a ";".
    // (The helpers below take the figure as an argument: no closure is made per figure.)
    let host =
      within ??
      here
        .filter((c) => accepts(c, hit))
        .sort((a, b) => rank(a, hit, implied) - rank(b, hit, implied) || across(a, hit, text) - across(b, hit, text) || dist(a, hit) - dist(b, hit))[0];
    if (!host && !here.some((c) => c.type.countKinds.includes(hit.kind))) {
      for (let back = 1; back <= LOOK_BACK && !host; back++) {
        host = (bucket.get(hit.sentence - back) ?? []).filter((c) => accepts(c, hit)).sort((a, b) => b.trigger.start - a.trigger.start)[0];
      }
    }
    // One implied event per sentence: a second figure there is a part of the first ("5 civilians including 2 children die").
    const impliedHere = here.some((c) => c.trigger.row.pattern === '' && c.type === implied);
    if (!host && impliedHere) continue;
    if (!host && implied && IMPLYING.has(hit.kind) && implied.countKinds.includes(hit.kind) && hit.count.value > 0) {
      const sentence = sentences[hit.sentence];
      if (!sentence) continue;
      host = newCandidate({ start: hit.start, end: hit.end, text: '', row: { type: implied.id, pattern: '', example: '', incidental: true }, def: implied, sentence: hit.sentence, anaphoric: false }, sentence);
      candidates.push(host);
      bucket.set(hit.sentence, [...here, host]);
    }
    if (!host) continue;
    host.counts[hit.kind] = { count: hit.count, span: { start: hit.start, end: hit.end } };
    cover(host, hit);
    host.support++;
    if (host.sentence.index !== hit.sentence) {
      const s = sentences[hit.sentence];
      if (s && !host.evidence.some((e) => e.start === s.start)) host.evidence.push({ start: s.start, end: s.end });
    }
  }
}
