// The clause around a trigger: the stretch of its sentence between commas or semicolons, ignoring
// those inside quotations.
import type { Span } from '../../core/types.js';

const BREAK = /[,;]/gu;

export function clauseAround(text: string, sentence: Span, trigger: Span, quoted: readonly Span[]): Span {
  let start = sentence.start;
  let end = sentence.end;
  BREAK.lastIndex = sentence.start;
  const slice = text.slice(0, sentence.end);
  for (let m = BREAK.exec(slice); m; m = BREAK.exec(slice)) {
    const at = m.index;
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    if (at < trigger.start) start = at + 1;
    else if (at >= trigger.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}
