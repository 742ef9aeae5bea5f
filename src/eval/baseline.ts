// The regression guard: a fast subset of the gold, its headline figures recorded in
// eval/baseline.json, and the comparison the CI test makes (no figure may drop more than 2 points).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalReport } from './types.js';
import { REPO_ROOT } from './gold-files.js';

export const BASELINE_PATH = join(REPO_ROOT, 'eval', 'baseline.json');
/** The subset the CI test runs: a few seconds. */
export const BASELINE_SUBSET = { sets: ['mali-incidents-fr', 'ucdp-ged-car'], limit: 150 } as const;
/** Points a headline figure may fall below the baseline before the test fails. */
export const TOLERANCE_POINTS = 2;
/** Field figures resting on fewer gold items than this are not guarded (one item would move them more than 2 points). */
export const MIN_TOTAL = 50;

export interface Baseline {
  readonly recordedAt: string;
  readonly reason: string;
  readonly subset: { readonly sets: readonly string[]; readonly limit: number };
  /** set → figure → percent (null: not measurable when recorded). */
  readonly figures: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
}

export function baselineFromReport(report: EvalReport, reason: string): Baseline {
  return {
    recordedAt: report.createdAt,
    reason,
    subset: { sets: [...BASELINE_SUBSET.sets], limit: BASELINE_SUBSET.limit },
    figures: Object.fromEntries(
      report.sets
        .filter((s) => !s.skipped)
        .map((s) => [s.name, Object.fromEntries(Object.entries(s.headline).filter(([k]) => k.startsWith('detection_') || (s.fields[k]?.total ?? 0) >= MIN_TOTAL))]),
    ),
  };
}

export function readBaseline(path = BASELINE_PATH): Baseline | null {
  if (!existsSync(path)) return null;
  let b: Baseline;
  try {
    b = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  } catch (e) {
    throw new Error(`${path}: not JSON (${(e as Error).message})`);
  }
  if (!b || typeof b.figures !== 'object' || b.figures === null) throw new Error(`${path}: field figures: expected an object of set → figure → percent`);
  return b;
}

/** Each headline figure more than `tolerance` points below its baseline, as a readable line. */
export function regressions(report: EvalReport, baseline: Baseline, tolerance = TOLERANCE_POINTS): string[] {
  const out: string[] = [];
  for (const [set, figures] of Object.entries(baseline.figures)) {
    const s = report.sets.find((x) => x.name === set);
    if (!s || s.skipped) {
      out.push(`${set}: not measured (${s?.skipped ?? 'set missing from the run'})`);
      continue;
    }
    for (const [name, base] of Object.entries(figures)) {
      if (base === null) continue;
      const now = s.headline[name];
      if (now === undefined || now === null) out.push(`${set} ${name}: was ${base}, now not measured`);
      else if (now < base - tolerance) out.push(`${set} ${name}: ${now} < baseline ${base} - ${tolerance}`);
    }
  }
  return out;
}
