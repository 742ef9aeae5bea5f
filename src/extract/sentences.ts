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

/**
 * True when a ";" lies in text[from, to): headlines of several sources joined by ";" are one sentence, and the ";"
 * parts them (a cue, a figure or a speaker in one headline belongs to that headline first).
 */
export function crossesPart(text: string, from: number, to: number): boolean {
  const i = text.indexOf(';', from);
  return i >= 0 && i < to;
}

/** True when a ";" lies anywhere from the start of the first span to the end of the second. */
export function partsApart(text: string, a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean {
  return crossesPart(text, Math.min(a.start, b.start), Math.max(a.end, b.end));
}

/** The part of the sentence that holds the span: headlines joined by ";" into one sentence are parts of their own. */
export function eventPart(text: string, s: { readonly start: number; readonly end: number }, t: { readonly start: number; readonly end: number }): { start: number; end: number } {
  const before = text.lastIndexOf(';', t.start - 1);
  const after = text.indexOf(';', t.end);
  return { start: before >= s.start ? before + 1 : s.start, end: after >= 0 && after < s.end ? after : s.end };
}
