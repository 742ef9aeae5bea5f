// The clause of each date mention: the text between the semicolons or line breaks around it (a list of headlines
// joined by semicolons tells one event per clause).
import type { Span } from '../../core/types.js';
import type { DateMention } from './types.js';

const CLAUSE_BREAK = /[;\n]/g;

/** Each mention with the clause it lies in (between semicolons or line breaks); the breaks are found in one pass. */
export function withClauses(text: string, mentions: DateMention[]): DateMention[] {
  if (mentions.length === 0) return [];
  const breaks: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) breaks.push(m.index);
  let bi = 0;
  for (const m of mentions) {
    while (bi < breaks.length && breaks[bi]! < m.span.start) bi++;
    // breaks[bi - 1] is the last break before the mention; the first break at or after its end closes the clause.
    let ei = bi;
    while (ei < breaks.length && breaks[ei]! < m.span.end) ei++;
    const start = bi > 0 ? breaks[bi - 1]! + 1 : 0;
    const end = ei < breaks.length ? breaks[ei]! : text.length;
    // The mentions are fresh, made by findDates() for this call: set in place rather than copied.
    (m as { clause?: Span }).clause = { start, end };
  }
  return mentions;
}
