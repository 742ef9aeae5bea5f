// A progress bar on stderr when it is a terminal; nothing when piped or quiet.
import cliProgress from 'cli-progress';
import type { IngestProgress } from './session.js';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

export function createProgress(opts: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): ProgressReporter {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet || !stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {percentage}% | {value}/{total} documents | {rate}/s | {origin}', hideCursor: true, clearOnComplete: false, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let last = 0;
  const t0 = performance.now();
  return {
    update(p) {
      const now = performance.now();
      if (started && now - last < 100 && p.done < p.total) return; // redraw at most ten times a second
      last = now;
      const rate = Math.round(p.done / Math.max((now - t0) / 1000, 0.001));
      const origin = p.origin.length > 40 ? `…${p.origin.slice(-39)}` : p.origin;
      if (!started) {
        bar.start(Math.max(p.total, 1), p.done, { origin, rate });
        started = true;
      } else {
        bar.setTotal(Math.max(p.total, p.done, 1));
        bar.update(p.done, { origin, rate });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
