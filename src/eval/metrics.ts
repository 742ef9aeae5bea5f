// Small arithmetic for reports: ratios, precision/recall/F1, all in percent with one decimal.
import type { DetectionScore, Ratio } from './types.js';

export function pct(hit: number, total: number): number | null {
  return total === 0 ? null : Math.round((1000 * hit) / total) / 10;
}

export function ratio(hit: number, total: number): Ratio {
  return { hit, total, pct: pct(hit, total) };
}

export function detection(tp: number, fp: number, fn: number): DetectionScore {
  const precision = pct(tp, tp + fp);
  const recall = pct(tp, tp + fn);
  const f1 = tp + fp + fn === 0 ? null : tp === 0 ? 0 : Math.round((2000 * tp) / (2 * tp + fp + fn)) / 10;
  return { tp, fp, fn, precision, recall, f1 };
}

/** A mutable counter of hits per field. */
export class FieldCounter {
  private readonly counts = new Map<string, { hit: number; total: number }>();

  add(field: string, hit: boolean): void {
    const c = this.counts.get(field) ?? { hit: 0, total: 0 };
    c.total++;
    if (hit) c.hit++;
    this.counts.set(field, c);
  }

  ratios(): Record<string, Ratio> {
    return Object.fromEntries([...this.counts].map(([k, c]) => [k, ratio(c.hit, c.total)]));
  }
}
