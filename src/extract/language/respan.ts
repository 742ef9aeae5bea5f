// A reading of a document with parts blanked out (same length: offsets hold) gives spans over the blanked text:
// each is trimmed of the blanks (and part separators) at its ends and takes its words from the original text, so every evidence and
// field-evidence span stays an exact substring of what the user gave.
import type { Event, Evidence } from '../../core/contract.js';

/** Blanks, and the separators of parts (";") left at the edge of a blanked part. */
const SPACE = /[\s;]/;

function trimmed<T extends Evidence>(e: T, blanked: string, original: string): T | null {
  let { start, end } = e;
  // A name found in a blanked part (a place named in another language's headline) keeps its span.
  if (!blanked.slice(start, end).trim() && original.slice(start, end).trim()) return { ...e, text: original.slice(start, end) };
  while (start < end && SPACE.test(blanked[start]!)) start++;
  while (end > start && SPACE.test(blanked[end - 1]!)) end--;
  return end > start ? { ...e, start, end, text: original.slice(start, end) } : null;
}

export function respanEvent(event: Event, blanked: string, original: string): Event {
  const evidence = event.evidence.map((e) => trimmed(e, blanked, original)).filter((e): e is Evidence => e !== null);
  const out: Event = { ...event, evidence: evidence.length ? evidence : event.evidence.map((e) => ({ ...e, text: original.slice(e.start, e.end) })) };
  if (event.fieldEvidence) {
    const fields = event.fieldEvidence.map((f) => trimmed(f, blanked, original)).filter((f) => f !== null);
    if (fields.length) out.fieldEvidence = fields;
    else delete out.fieldEvidence;
  }
  return out;
}
