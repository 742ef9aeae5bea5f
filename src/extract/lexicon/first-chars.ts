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

function splitTop(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      cur += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return depth === 0 && !inClass ? out : null;
}

function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
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
