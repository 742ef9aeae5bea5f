// Sentence lookup by offset (binary search over sorted, non-overlapping sentence spans).
import type { SentenceView } from './model.js';

export function sentenceAt(sentences: readonly SentenceView[], offset: number): SentenceView | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
