// The characters a pattern can start with, read from its source when that is simple (a literal
// letter, or a group of alternatives that each start with one); null when any character might start
// it. Lets a table skip word starts that no row can match.
const QUANT = /^[?*{]/u;
const SPECIAL = new Set(['\\', '[', '(', ')', '.', '^', '$', '|', '?', '*', '+', '{', '}']);

/** charKey of every ASCII character, computed once (the text side asks for one key per word start). */
const ASCII_KEYS: readonly string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i).toUpperCase().toLowerCase());

/** Case-folding key of one character, the same for both cases (pattern and text side). */
export function charKey(c: string): string {
  if (c.length === 1) {
    const code = c.charCodeAt(0);
    if (code < 128) return ASCII_KEYS[code]!;
  }
  return c.toUpperCase().toLowerCase();
}

/**
 * Walks a pattern's source from `from`, skipping escapes and character classes; calls `at` with each other
 * character and the group depth after it, and stops at the first for which `at` returns true.
 */
function walk(source: string, from: number, at: (c: string, i: number, depth: number) => boolean): { stop: number; depth: number; inClass: boolean } {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (at(c, i, depth)) return { stop: i, depth, inClass };
  }
  return { stop: -1, depth, inClass };
}

/** The top-level alternatives of a pattern; null when its groups or classes do not close. */
function splitTop(source: string): string[] | null {
  const cuts: number[] = [];
  const end = walk(source, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) cuts.push(i);
    return false;
  });
  if (end.depth !== 0 || end.inClass) return null;
  return [-1, ...cuts].map((cut, k) => source.slice(cut + 1, cuts[k] ?? source.length));
}

/** The index of the parenthesis that closes the group opened at `open`; -1 when none does. */
function closing(source: string, open: number): number {
  return walk(source, open, (c, _i, depth) => c === ')' && depth === 0).stop;
}

function branchFirst(branch: string): Set<string> | null {
  const c = branch[0];
  if (c === undefined) return null;
  if (c === '(') {
    const end = closing(branch, 0);
    if (end < 0 || QUANT.test(branch.slice(end + 1))) return null;
    let inner = branch.slice(1, end);
    if (inner.startsWith('?:')) inner = inner.slice(2);
    else if (inner.startsWith('?')) return null;
    return firstChars(inner);
  }
  if (SPECIAL.has(c) || QUANT.test(branch.slice(1))) return null;
  const set = new Set([charKey(c)]);
  if (c === "'" || c === '’') set.add("'").add('’');
  return set;
}

export function firstChars(source: string): Set<string> | null {
  const branches = splitTop(source);
  if (!branches) return null;
  const all = new Set<string>();
  for (const b of branches) {
    const f = branchFirst(b);
    if (!f) return null;
    for (const x of f) all.add(x);
  }
  return all;
}
