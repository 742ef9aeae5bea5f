// The clause of each date mention: the text between the semicolons or line breaks around it (a list of headlines
// joined by semicolons tells one event per clause), and whether it is an item of such a list.
import type { DateMention } from './types.js';

/** A semicolon at `at` with no blank on either side ("…Report APRIL 2020;25 killed…"): items of a list are joined there. */
function listJoin(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 59) return false;
  const a = text[at - 1];
  const b = text[at + 1];
  return a !== undefined && b !== undefined && !/[\s;]/u.test(a) && !/[\s;]/u.test(b);
}

/** Each mention with the clause it lies in (between semicolons or line breaks); the breaks are found once. */
export function withClauses(text: string, mentions: DateMention[]): DateMention[] {
  if (mentions.length === 0) return [];
  // Two indexOf scans merged: cheaper than a regex over the whole text.
  const breaks: number[] = [];
  let semi = text.indexOf(';');
  let line = text.indexOf('\n');
  while (semi >= 0 || line >= 0) {
    if (line < 0 || (semi >= 0 && semi < line)) {
      breaks.push(semi);
      semi = text.indexOf(';', semi + 1);
    } else {
      breaks.push(line);
      line = text.indexOf('\n', line + 1);
    }
  }
  let bi = 0;
  for (const m of mentions) {
    while (bi < breaks.length && breaks[bi]! < m.span.start) bi++;
    // breaks[bi - 1] is the last break before the mention; the first break at or after its end closes the clause.
    let ei = bi;
    while (ei < breaks.length && breaks[ei]! < m.span.end) ei++;
    const start = bi > 0 ? breaks[bi - 1]! + 1 : 0;
    const end = ei < breaks.length ? breaks[ei]! : text.length;
    // The mentions are fresh, made by findDates() for this call: set in place rather than copied.
    (m as { clause?: DateMention['clause'] }).clause = listJoin(text, start - 1) || listJoin(text, end) ? { start, end, listItem: true } : { start, end };
  }
  return mentions;
}
