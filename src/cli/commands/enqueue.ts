// vigie enqueue PATH…: reads files and directories and puts one job per document on the PostgreSQL queue,
// for `vigie worker` processes (on this machine or others) to extract and store.
import type { Command } from 'commander';
import { ingestOptions, addIngestFlags } from './ingest.js';
import type { IngestOptions } from '../../ingest/ingest.js';
import { createProgress } from '../../ingest/progress.js';
import { queueLocation } from '../../queue/config.js';
import { enqueueSources } from '../../queue/enqueue.js';
import { CliError, printJson } from '../io.js';

interface EnqueueFlags {
  queue?: string;
  db?: string;
  include: string[];
  exclude: string[];
  json?: boolean;
  quiet?: boolean;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function register(program: Command): void {
  const cmd = program
    .command('enqueue')
    .description('Queue articles for `vigie worker` (one job per document; the queue lives in PostgreSQL). Same inputs and reading flags as `vigie ingest`.')
    .argument('<paths...>', 'files or directories (read recursively)')
    .option('--queue <url>', 'queue database postgres://… (default $VIGIE_QUEUE, else --db/$VIGIE_DB when PostgreSQL)')
    .option('--include <glob>', 'only read files matching this glob inside directories (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip files matching this glob (repeatable)', collect, []);
  addIngestFlags(cmd).action(async (paths: string[], flags: EnqueueFlags & Parameters<typeof ingestOptions>[0]) => {
    let options: IngestOptions;
    let url: string;
    try {
      options = ingestOptions(flags);
      url = queueLocation(flags.queue, flags.db ?? process.env.VIGIE_DB);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    await queueSources(url, paths, options, flags);
  });
}

/** Puts the documents read from `paths` on the queue at `url`, with progress and a summary (also `vigie ingest --queue`). */
export async function queueSources(url: string, paths: string[], options: IngestOptions, flags: { quiet?: boolean; json?: boolean }): Promise<void> {
  const progress = createProgress({ quiet: flags.quiet ?? false });
  try {
    const s = await enqueueSources(url, paths, { ingest: options, onProgress: (p) => progress.update(p) });
    progress.stop();
    if (flags.json) printJson(s);
    else process.stdout.write(`${s.items} document(s) queued${s.unreadable ? ` (${s.unreadable} unreadable: a worker will quarantine them)` : ''}\n`);
  } catch (e) {
    throw new CliError(`queue ${url.replace(/\/\/[^@/]*@/, '//…@')}: ${(e as Error).message}`, 1);
  } finally {
    progress.stop();
  }
}
