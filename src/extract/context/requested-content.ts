// "Il a appelé la communauté internationale à apporter une aide humanitaire", "l'association invite les autorités à
// appliquer des sanctions plus lourdes": an event word that is what someone asks for is the content of a request, not an
// event told as happening. The words between the verb of asking and the event word are the language pack's
// (ClauseCues.requested); this names no word and no type.
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { tailMatch } from '../lexicon/tail-match.js';
import type { Candidate, Trace } from '../model.js';

/** How far back from a trigger the verb of asking may start (UTF-16 units): "a appelé les pays voisins à envoyer des" fits. */
const REACH = 90;

/** The candidates told as what a request asks for; a figure of their own or a pointer back keeps them. */
export function requestedContent(text: string, candidates: readonly Candidate[], pack: CompiledPack, trace: Trace): Set<Candidate> {
  const out = new Set<Candidate>();
  const re = pack.requestedBefore;
  if (!re) return out;
  for (const c of candidates) {
    if (Object.keys(c.counts).length || c.trigger.anaphoric || c.trigger.row.pattern === '') continue;
    const from = Math.max(c.sentence.start, c.trigger.start - REACH);
    if (!tailMatch(text.slice(from, c.trigger.start), re)) continue;
    out.add(c);
    trace(() => ({ stage: 'events', rule: 'requested-content', span: { start: c.trigger.start, end: c.trigger.end }, detail: `${c.type.id} "${c.trigger.text}" is what a request asks for` }));
  }
  return out;
}
