// Splits a text into runs by evidence spans (overlaps allowed), so it can be shown as text nodes
// with <mark> around the evidence, never as HTML.
export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

export interface Run {
  readonly text: string;
  readonly start: number;
  readonly keys: readonly string[];
}

export function runs(text: string, spans: readonly HighlightSpan[]): Run[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    const keys = valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.key);
    const prev = out[out.length - 1];
    if (prev && prev.keys.join('\u0000') === keys.join('\u0000')) {
      out[out.length - 1] = { text: prev.text + text.slice(a, b), start: prev.start, keys };
    } else {
      out.push({ text: text.slice(a, b), start: a, keys });
    }
  }
  return out;
}
