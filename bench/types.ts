// The shape every bench/*.bench.ts file returns. `npm run bench` (bench/run.ts) imports each file,
// calls its default export and prints the rows as one table, also written to bench/report.json.
//
//   export default async function bench(): Promise<BenchRow[]> { ... }
//
// Measure side by side in one process: put the floor (the cheapest way to do the same work, e.g.
// merely reading and segmenting the texts) in `baseline`, measured in the same run, and set `ratio`
// = value / baseline.value (or use ratioOf below). Never time anything inside a test.

export interface BenchRow {
  /** What is measured, e.g. "extract", "knowledge", "ingest", "query", "api", "dedup". */
  readonly group: string;
  /** The case, e.g. "dev gold texts (3,872 docs)". */
  readonly name: string;
  readonly value: number;
  /** e.g. "articles/s", "MB/s", "ms", "MB". */
  readonly unit: string;
  /** The floor or reference measured in the same run, same unit. */
  readonly baseline?: { readonly name: string; readonly value: number };
  /** value / baseline.value. */
  readonly ratio?: number;
}

export type BenchFn = () => Promise<BenchRow[]>;

/** value / base rounded to 3 decimals; undefined when base is 0. */
export function ratioOf(value: number, base: number): number | undefined {
  return base === 0 ? undefined : Math.round((value / base) * 1000) / 1000;
}

/** What timeRepeated measured: calls, wall-clock ms, and the CPU ms this process spent meanwhile (user + system). */
export interface Timing {
  readonly runs: number;
  readonly ms: number;
  readonly cpuMs: number;
}

/**
 * Runs fn repeatedly until at least minMs have passed (or maxRuns calls), after warming up: one call, or calls for
 * `warmMs` when given, so that a cheap fn is timed compiled rather than while the engine is still optimising it.
 * `cpuMs` counts only this process's CPU time: on a shared machine it stays a per-core figure when `ms` does not.
 */
export async function timeRepeated(fn: () => unknown, minMs = 1000, maxRuns = 1_000_000, warmMs = 0): Promise<Timing> {
  const w0 = performance.now();
  do await fn();
  while (performance.now() - w0 < warmMs);
  let runs = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let ms = 0;
  while (ms < minMs && runs < maxRuns) {
    await fn();
    runs++;
    ms = performance.now() - t0;
  }
  const c = process.cpuUsage(c0);
  return { runs, ms, cpuMs: (c.user + c.system) / 1000 };
}

/** Rounds to a few significant digits for display. */
export function round(n: number, digits = 3): number {
  if (!Number.isFinite(n) || n === 0) return n;
  const p = 10 ** Math.max(0, digits - Math.ceil(Math.log10(Math.abs(n))));
  return Math.round(n * p) / p;
}
