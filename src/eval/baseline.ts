// The regression guard: a fast subset of the gold, its headline figures recorded in
// eval/baseline.json, and the comparison the CI test makes (no figure may drop more than 2 points).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalReport, SetReport } from './types.js';
import { REPO_ROOT } from './gold-files.js';
import { OTHER_LANGUAGE } from './score-events.js';

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

/** Baseline key of a set's documents in one language: "ucdp-ged-car [fr]". */
export function languageKey(set: string, lang: string): string {
  return `${set} [${lang}]`;
}

const LANGUAGE_KEY = /^(.+) \[([^\]]+)\]$/;

type Figures = Pick<SetReport, 'headline' | 'fields'>;

/** Detection figures (when `detection`) and field figures resting on at least MIN_TOTAL gold items. */
function guarded(s: Figures, detection: boolean): Record<string, number | null> {
  return Object.fromEntries(Object.entries(s.headline).filter(([k]) => (detection && k.startsWith('detection_')) || (s.fields[k]?.total ?? 0) >= MIN_TOTAL));
}

export function baselineFromReport(report: EvalReport, reason: string): Baseline {
  const measured = report.sets.filter((s) => !s.skipped);
  return {
    recordedAt: report.createdAt,
    reason,
    subset: { sets: [...BASELINE_SUBSET.sets], limit: BASELINE_SUBSET.limit },
    figures: Object.fromEntries([
      ...measured.map((s) => [s.name, guarded(s, true)]),
      // A language's part of a multilingual set: its detection figures only when it has MIN_TOTAL gold events; not the
      // documents in languages without a pack (they move when a pack is added), nor a language with nothing guarded.
      ...measured.flatMap((s) =>
        Object.values(s.byLanguage ?? {})
          .filter((l) => l.lang !== OTHER_LANGUAGE)
          .map((l) => [languageKey(s.name, l.lang), guarded(l, l.goldEvents >= MIN_TOTAL)] as const)
          .filter(([, f]) => Object.keys(f).length > 0),
      ),
    ]),
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
    // "ucdp-ged-car [fr]": the figures of the set's French documents.
    const lang = report.sets.some((x) => x.name === set) ? null : LANGUAGE_KEY.exec(set);
    const s = report.sets.find((x) => x.name === (lang?.[1] ?? set));
    if (!s || s.skipped) {
      out.push(`${set}: not measured (${s?.skipped ?? 'set missing from the run'})`);
      continue;
    }
    const headline = lang ? s.byLanguage?.[lang[2]!]?.headline : s.headline;
    if (!headline) {
      out.push(`${set}: not measured (no documents in that language)`);
      continue;
    }
    for (const [name, base] of Object.entries(figures)) {
      if (base === null) continue;
      const now = headline[name];
      if (now === undefined || now === null) out.push(`${set} ${name}: was ${base}, now not measured`);
      else if (now < base - tolerance) out.push(`${set} ${name}: ${now} < baseline ${base} - ${tolerance}`);
    }
  }
  return out;
}
