// An event word opening a purpose clause ("Des centaines d'ouvriers ont défilé pour dénoncer leurs conditions de
// travail", "they marched in order to demand …") tells the aim of the event before it in the sentence, not an event
// of its own: the march happened, the denunciation is what it was for. The opener words are the language pack's
// (ClauseCues.purpose); this names no word and no type.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { Candidate, Trace } from '../model.js';

/** How far back from a trigger the opener may start (UTF-16 units): "pour leur exprimer toute leur" fits. */
const REACH = 60;

/** The candidates told as the purpose of an earlier asserted event of their sentence; they carry no figure of their own. */
export function purposeClaims(text: string, candidates: readonly Candidate[], pack: CompiledPack, trace: Trace): Set<Candidate> {
  const out = new Set<Candidate>();
  const re = pack.purposeBefore;
  if (!re) return out;
  for (const c of candidates) {
    if (Object.keys(c.counts).length || c.trigger.anaphoric) continue;
    const from = Math.max(c.sentence.start, c.trigger.start - REACH);
    const m = re.exec(text.slice(from, c.trigger.start));
    if (!m) continue;
    const opener = from + m.index;
    const host = candidates.find((h) => h !== c && !out.has(h) && h.sentence.index === c.sentence.index && h.modality === 'asserted' && h.trigger.end <= opener);
    if (!host) continue;
    out.add(c);
    trace(() => ({ stage: 'events', rule: 'purpose-clause', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}" is the aim of ${host.type.id} "${host.trigger.text}"` }));
  }
  return out;
}
