// The lookup key of a date word or phrase: lower case, typographic apostrophe folded, blanks collapsed, no final dot.

/** What key() rewrites: a typographic apostrophe, a final dot, a blank other than one space between words. */
const KEY_REWRITE = /’|\.$|[^\S ]|  |^ | $/;

/** Lower case, typographic apostrophe folded, spaces collapsed: the key used in every date map. */
export function key(s: string): string {
  const low = s.toLowerCase();
  // Most keys (one word, or words joined by single spaces) need nothing more: one test instead of four rewrites.
  if (!KEY_REWRITE.test(low)) return low;
  return low.replace(/’/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\.$/, '').trim();
}
