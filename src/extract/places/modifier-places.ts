// "Police disperse Kiev protest", "Bangui clashes leave 5 dead": a capital written right before a noun of an event
// modifies it, so it says where the event happened; the government it may stand for ("Kiev protests Moscow's move")
// is read when a capitalised word follows, as the object of a verb. The nouns are data
// (data/lang/<code>/modified-event-nouns.txt); the code names no word.
import { nameKey } from '../../knowledge/index.js';

const WORD = /^[ \u00a0]+([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)/u;
const NEXT = /^[ \u00a0]+\p{Lu}/u;

/** True when the name at span is followed by one of the event nouns, itself not followed by a capitalised word. */
export function modifiesEventNoun(text: string, span: { readonly start: number; readonly end: number }, nouns: ReadonlySet<string> | undefined): boolean {
  if (!nouns?.size) return false;
  const w = WORD.exec(text.slice(span.end, span.end + 40));
  if (!w || !nouns.has(nameKey(w[1]!))) return false;
  const after = span.end + w[0].length;
  return !NEXT.test(text.slice(after, after + 3));
}
