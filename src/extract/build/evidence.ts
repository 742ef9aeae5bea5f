// Evidence spans: each telling starts as the trigger's clause and grows to cover what was read from
// its sentence (figures, source, place, date, actors, cues), so the span shows everything behind the event.
import type { Span } from '../../core/types.js';
import type { Candidate } from '../model.js';

/** Widens the candidate's first evidence span to cover `span` when it lies in the same sentence. */
export function cover(c: Candidate, span: Span): void {
  const s = c.sentence;
  if (span.start < s.start || span.end > s.end) return;
  const e = c.evidence[0];
  if (!e) return;
  c.evidence[0] = { start: Math.min(e.start, span.start), end: Math.max(e.end, span.end) };
}

const EDGE = /[\s,;:]/u;

/** A blank or clause punctuation (",", ";", ":"); character codes first, the regex only beyond ASCII. */
function edge(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || c === 44 || c === 59 || c === 58 || (c >= 9 && c <= 13);
  return EDGE.test(text[i]!);
}

/** Drops spaces and clause punctuation at both ends of a span; the span itself when there are none (no copy). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && edge(text, start)) start++;
  while (end > start && edge(text, end - 1)) end--;
  return start < end && (start !== span.start || end !== span.end) ? { start, end } : span;
}
