// Context cues (ceasefire, peace talks, UN Security Council, accident): for the whole sentence or
// paragraph, or only for the trigger nearest the cue.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { findInTable } from '../lexicon/table.js';
import type { Candidate, SentenceView, Trace } from '../model.js';
import { partsApart, sentenceAt } from '../sentences.js';
import { bySentence } from '../bucket.js';
import { cover } from '../build/evidence.js';

export function applyContexts(text: string, sentences: readonly SentenceView[], candidates: readonly Candidate[], pack: CompiledPack, trace: Trace): void {
  const bucket = bySentence(candidates, (c) => c.sentence.index);
  for (const cue of findInTable(pack.tables.contexts, text)) {
    const row = cue.row;
    {
      const s = sentenceAt(sentences, cue.start);
      if (!s) continue;
      const inSentence = (bucket.get(s.index) ?? []);
      const overlapping = inSentence.find((c) => c.trigger.start < cue.end && cue.start < c.trigger.end);
      let targets: Candidate[];
      if (overlapping) targets = (overlapping.trigger.row.context?.length ?? 0) > 0 ? [] : [overlapping];
      else if (row.scope === 'sentence') targets = inSentence;
      else if (row.scope === 'paragraph') targets = candidates.filter((c) => c.sentence.paragraph === s.paragraph);
      else {
        // Headlines joined by ";" are separate statements: the event nearest the cue is one of its own piece ("…
        // clashes between armed groups;Letter … to the President of the Security Council" puts no clash before the Council).
        const piece = inSentence.filter((c) => !partsApart(text, cue, c.trigger));
        const dist = (c: Candidate) => Math.min(Math.abs(c.trigger.start - cue.end), Math.abs(cue.start - c.trigger.end));
        const nearest = [...piece].sort((a, b) => dist(a) - dist(b))[0];
        targets = nearest ? [nearest] : [];
      }
      for (const c of targets) {
        c.contexts.add(row.context);
        (c.contextSpans ??= []).push({ context: row.context, start: cue.start, end: cue.end });
        cover(c, cue);
        trace(() => ({ stage: 'context', rule: `${row.context}:${row.scope}`, span: { start: cue.start, end: cue.end }, detail: `${c.type.id} "${c.trigger.text}"` }));
      }
    }
  }
}
