// One candidate per trigger, then figures attached: a count goes to the nearest trigger of its sentence
// that can carry that kind; a count in a sentence without one goes to the last event told before it
// ("Attaque d'un convoi … . 2 morts"); a casualty count with no event at all implies one.
import type { EventTypeDef } from '../../events/event-type.js';
import type { Candidate, CountHit, SentenceView, TriggerHit } from '../model.js';

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

export function attachCounts(
  candidates: Candidate[],
  counts: readonly CountHit[],
  sentences: readonly SentenceView[],
  implied: EventTypeDef | undefined,
): void {
  for (const hit of counts) {
    const accepts = (c: Candidate) => c.type.countKinds.includes(hit.kind) && !c.counts[hit.kind];
    const same = candidates.filter((c) => c.sentence.index === hit.sentence && accepts(c));
    const dist = (c: Candidate) => Math.abs(c.trigger.start - hit.start);
    let host = same.sort((a, b) => dist(a) - dist(b))[0];
    if (!host && !candidates.some((c) => c.sentence.index === hit.sentence && c.type.countKinds.includes(hit.kind))) {
      host = candidates.filter((c) => c.sentence.index < hit.sentence && accepts(c)).sort((a, b) => b.trigger.start - a.trigger.start)[0];
    }
    if (!host && implied && implied.countKinds.includes(hit.kind) && hit.count.value > 0) {
      const sentence = sentences[hit.sentence];
      if (!sentence) continue;
      host = newCandidate({ start: hit.start, end: hit.end, text: '', row: { type: implied.id, pattern: '', example: '' }, def: implied, sentence: hit.sentence, anaphoric: false }, sentence);
      candidates.push(host);
    }
    if (!host) continue;
    host.counts[hit.kind] = { count: hit.count, span: { start: hit.start, end: hit.end } };
    host.support++;
    if (host.sentence.index !== hit.sentence) {
      const s = sentences[hit.sentence];
      if (s && !host.evidence.some((e) => e.start === s.start)) host.evidence.push({ start: s.start, end: s.end });
    }
  }
}
