// The parts of a text that may each be in their own language: lines, pieces joined by ";" (headlines of several
// sources), sentences. A terminal mark right before a closing quotation mark does not end a part: a quoted
// sentence stays in the sentence that quotes it.
import type { Span } from '../../core/types.js';

const BREAK = /[;\n]|[.!?…]+(?=\s+[^\s»”"’)\]])/g;
const SPACE = /\s/;

/** Parts of text[from, end) as trimmed spans, in order; empty pieces are skipped. */
export function textParts(text: string, from = 0): Span[] {
  const out: Span[] = [];
  const push = (a: number, b: number) => {
    while (a < b && SPACE.test(text[a]!)) a++;
    while (b > a && SPACE.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  const re = new RegExp(BREAK.source, 'g');
  re.lastIndex = from;
  let s = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A sentence keeps its final mark; a separator (";", a line break) belongs to no part.
    const end = m[0] === ';' || m[0] === '\n' ? m.index : m.index + m[0].length;
    push(s, end);
    s = m.index + m[0].length;
  }
  push(s, text.length);
  return out;
}
