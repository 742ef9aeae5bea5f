// Runs the chosen gold sets through the extractor and collects one report.
import { createExtractor } from '../extract/index.js';
import type { EvalReport, SetReport } from './types.js';
import { SETS, SET_NAMES } from './sets.js';
import { scoreEventSet, type ExtractFn } from './score-events.js';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR, GoldFileError } from './gold-files.js';

export interface RunEvalOptions {
  readonly sets: readonly string[];
  readonly goldDir?: string;
  readonly dataDir?: string;
  readonly limit?: number;
  readonly worst?: number;
  /** Defaults to createExtractor().extract(...).events. */
  readonly extract?: ExtractFn;
  /** Called as documents are scored (for a progress bar). */
  readonly onProgress?: (set: string, done: number, total: number) => void;
  /** Pinned in tests; defaults to now. */
  readonly now?: Date;
}

export class UnknownSetError extends Error {}

function skipped(name: string, kind: string, reason: string): SetReport {
  return { name, kind, docs: 0, goldEvents: 0, predictedEvents: 0, seconds: 0, headline: {}, fields: {}, worst: [], notes: [], skipped: reason, errors: 0, invalidEvents: 0 };
}

export async function runEval(opts: RunEvalOptions): Promise<EvalReport> {
  const unknown = opts.sets.filter((s) => !SET_NAMES.includes(s));
  if (unknown.length) throw new UnknownSetError(`unknown set ${unknown.map((s) => `"${s}"`).join(', ')}; known sets: ${SET_NAMES.join(', ')}`);
  const goldDir = opts.goldDir ?? DEFAULT_GOLD_DIR;
  const load = { goldDir, dataDir: opts.dataDir ?? DEFAULT_DATA_DIR, ...(opts.limit !== undefined ? { limit: opts.limit } : {}) };
  let extract = opts.extract;
  if (!extract) {
    const extractor = createExtractor();
    extract = (input) => extractor.extract(input).events;
  }
  const reports: SetReport[] = [];
  for (const def of SETS.filter((s) => opts.sets.includes(s.name))) {
    try {
      if (def.kind === 'events') {
        const set = def.load(load);
        reports.push(scoreEventSet(set, extract, { worst: opts.worst ?? 10, onDoc: (d, t) => opts.onProgress?.(def.name, d, t) }));
      } else {
        reports.push(await def.run({ ...load, worst: opts.worst ?? 10 }));
      }
    } catch (e) {
      if (!(e instanceof GoldFileError)) throw e;
      reports.push(skipped(def.name, def.kind, e.message));
    }
  }
  return { createdAt: (opts.now ?? new Date()).toISOString(), goldDir, limit: opts.limit ?? null, sets: reports };
}
