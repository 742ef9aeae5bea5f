// vigie worker: processes queued documents (extract, resolve, store) until stopped (Ctrl-C / SIGTERM),
// or until the queue is empty with --exit-when-empty. Start as many as you like, on as many machines.
import type { Command } from 'commander';
import { createExtractor } from '../../extract/index.js';
import { parseThreshold } from '../../ingest/options.js';
import { formatSummary } from '../../ingest/summary.js';
import { queueLocation } from '../../queue/config.js';
import { runWorker } from '../../queue/worker.js';
import { openStore } from '../../store/index.js';
import { CliError, dbLocation, printJson } from '../io.js';

interface WorkerFlags {
  db?: string;
  queue?: string;
  concurrency: string;
  exitWhenEmpty?: boolean;
  nearThreshold?: string;
  json?: boolean;
  quiet?: boolean;
}

function positiveInt(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`${flag}: expected a whole number from 1 to 64, got "${v}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('Take documents from the queue, extract and resolve their events, and store them. Safe to run many at once; a killed worker loses nothing (its job is retried) and duplicates nothing.')
    .option('--db <location>', 'store: postgres://… for several workers (default $VIGIE_DB or ./vigie.db)')
    .option('--queue <url>', 'queue database postgres://… (default $VIGIE_QUEUE, else the --db when PostgreSQL)')
    .option('--concurrency <n>', 'documents processed at once in this process', '1')
    .option('--exit-when-empty', 'stop when nothing is waiting, retrying or running in the queue')
    .option('--near-threshold <x>', 'similarity from which a document is a near-duplicate (default 0.5)')
    .option('--json', 'print the final summary as JSON')
    .option('--quiet', 'no progress line')
    .action(async (flags: WorkerFlags) => {
      const concurrency = positiveInt('--concurrency', flags.concurrency);
      let url: string;
      try {
        url = queueLocation(flags.queue, dbLocation(flags.db));
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      const store = await openStore(dbLocation(flags.db), { poolSize: concurrency + 2 }).catch((e: Error) => {
        throw new CliError(e.message);
      });
      const abort = new AbortController();
      const onSignal = (): void => abort.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const tty = !flags.quiet && process.stderr.isTTY;
      try {
        const summary = await runWorker({
          queueUrl: url,
          store,
          extractor: createExtractor(),
          concurrency,
          exitWhenEmpty: flags.exitWhenEmpty ?? false,
          signal: abort.signal,
          ...(flags.nearThreshold ? { sessionOptions: { nearDuplicateThreshold: parseThreshold(flags.nearThreshold) } } : {}),
          onProgress: tty ? (p) => process.stderr.write(`\rworker: ${p.processed} done, ${p.failed} failed, ${p.waiting} in queue   `) : undefined,
        });
        if (tty) process.stderr.write('\n');
        if (flags.json) printJson({ processed: summary.processed, failed: summary.failed, durationMs: summary.durationMs, ingest: summary.ingest });
        else process.stdout.write(`worker: ${summary.processed} job(s) done, ${summary.failed} failed in ${(summary.durationMs / 1000).toFixed(1)} s\n${formatSummary(summary.ingest)}\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
    });
}
