// Modality cues: "une nouvelle réunion aurait lieu" (planned, the trigger before the cue),
// "a démenti avoir …" (denied), "accusé X d'avoir …" (alleged), "pourrait …" (hypothetical).
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { findInTable } from '../lexicon/table.js';
import { longestNonOverlapping } from '../lexicon/word-regex.js';
import type { Candidate, SentenceView, Trace } from '../model.js';
import { crossesPart, sentenceAt } from '../sentences.js';
import { bySentence } from '../bucket.js';
import { cover } from '../build/evidence.js';

const PRECEDING_WINDOW = 60;
const FOLLOWING_WINDOW = 160;
/** A cue right after a comma opens an apposition (", accusée du meurtre de son mari,"). */
const AFTER_COMMA = /,\s*$/u;
const SPACES = /^\s*$/u;

export function applyModality(text: string, sentences: readonly SentenceView[], candidates: readonly Candidate[], pack: CompiledPack, trace: Trace): void {
  const bucket = bySentence(candidates, (c) => c.sentence.index);
  const cues = longestNonOverlapping(findInTable(pack.tables.modality, text));
  for (const cue of cues) {
    const s = sentenceAt(sentences, cue.start);
    if (!s) continue;
    const inSentence = (bucket.get(s.index) ?? []);
    let targets: Candidate[];
    if (cue.row.scope === 'preceding') {
      // The trigger before the cue, or one the cue holds ("doivent se retrouver").
      const before = inSentence.filter((c) => (c.trigger.end <= cue.start && cue.start - c.trigger.end <= PRECEDING_WINDOW) || (c.trigger.start >= cue.start && c.trigger.end <= cue.end));
      const nearest = before.sort((a, b) => b.trigger.end - a.trigger.end)[0];
      targets = nearest ? [nearest] : [];
    } else if (cue.row.scope === 'next') {
      // The event word the cue's phrase leads into, with nothing but spaces between them ("did not attack").
      const next = inSentence.filter((c) => c.trigger.start >= cue.end && c.modalityRule === null && SPACES.test(text.slice(cue.end, c.trigger.start)));
      targets = next.sort((a, b) => a.trigger.start - b.trigger.start).slice(0, 1);
    } else {
      // A ";" ends the cue's clause (headlines of several sources joined by ";" are one sentence). An allegation set
      // between commas ends at the second: "sa voisine, accusée du meurtre de son mari, a été arrêtée" (the arrest is
      // told, not alleged); not one told by a verb ("a accusé Bakou d'avoir mené des bombardements intenses, …").
      const clauseEnd = cue.row.modality === 'alleged' && AFTER_COMMA.test(text.slice(Math.max(s.start, cue.start - 3), cue.start)) ? text.indexOf(',', cue.end) : -1;
      const within = (c: Candidate) => clauseEnd < 0 || c.trigger.start < clauseEnd;
      targets = inSentence.filter((c) => c.trigger.start >= cue.end && c.trigger.start - cue.end <= FOLLOWING_WINDOW && c.modalityRule === null && !crossesPart(text, cue.end, c.trigger.start) && within(c));
    }
    for (const c of targets) {
      c.modality = cue.row.modality;
      cover(c, cue);
      c.modalityRule = `${cue.row.scope}-cue`;
      c.modalitySpan = { start: cue.start, end: cue.end };
      trace(() => ({ stage: 'modality', rule: `${cue.row.modality}:${cue.row.scope}`, span: { start: cue.start, end: cue.end }, detail: `${c.type.id} "${c.trigger.text}"` }));
    }
  }
}
