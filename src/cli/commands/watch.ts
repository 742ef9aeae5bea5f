// vigie watch feeds.yaml: polls RSS/Atom feeds (conditional GET, per-feed interval, backoff on errors),
// reads each new item's page with Readability, and ingests it (or queues it with --queue).
import type { Command } from 'commander';
import { createExtractor } from '../../extract/index.js';
import { readFeedsConfig } from '../../feeds/config.js';
import { watchFeeds } from '../../feeds/watch.js';
import { createSession } from '../../ingest/session.js';
import type { ReadItem } from '../../ingest/types.js';
import { enqueueItems } from '../../queue/enqueue.js';
import { openStore } from '../../store/index.js';
import type { EventStore } from '../../store/event-store.js';
import { CliError, dbLocation } from '../io.js';

interface WatchFlags {
  db?: string;
  queue?: string;
  state?: string;
  once?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('watch')
    .description('Poll the RSS/Atom feeds listed in a YAML file and ingest new articles (page text read with Readability). Runs until Ctrl-C, or once with --once.')
    .argument('<feeds>', 'feeds.yaml (see docs/deploy.md for the format)')
    .option('--db <location>', 'database: a SQLite file or postgres://… (default $VIGIE_DB or ./vigie.db)')
    .option('--queue <url>', 'put new articles on this queue (postgres://…) for `vigie worker` instead of ingesting here')
    .option('--state <file>', 'where to remember ETags, seen items and backoff (default: <feeds>.state.json)')
    .option('--once', 'poll every feed once, then exit (for cron)')
    .option('--quiet', 'print nothing but errors')
    .action(async (feedsPath: string, flags: WatchFlags) => {
      let feeds;
      try {
        feeds = readFeedsConfig(feedsPath);
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      let store: EventStore | null = null;
      let sink: (items: ReadItem[]) => Promise<void>;
      const queueUrl = flags.queue ?? null;
      if (queueUrl) {
        if (!/^postgres(ql)?:\/\//i.test(queueUrl)) throw new CliError(`--queue: expected a postgres://… URL, got "${queueUrl}"`);
        sink = async (items) => void (await enqueueItems(queueUrl, items));
      } else {
        const opened = await openStore(dbLocation(flags.db)).catch((e: Error) => {
          throw new CliError(e.message);
        });
        store = opened;
        const session = createSession({ store: opened, extractor: createExtractor() });
        await session.open();
        sink = async (items) => {
          for (const i of items) await session.process(i);
        };
      }
      const abort = new AbortController();
      const onSignal = (): void => abort.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await watchFeeds(feeds, {
          sink,
          statePath: flags.state ?? `${feedsPath}.state.json`,
          once: flags.once ?? false,
          signal: abort.signal,
          onPoll: (f, r) => {
            if (r.status === 'error') process.stderr.write(`vigie watch: ${f.url}: ${r.error} (retrying with backoff)\n`);
            else if (!flags.quiet) {
              process.stderr.write(`vigie watch: ${f.url}: ${r.status === 'not-modified' ? 'not modified' : `${r.items} new item(s)${r.pageFallbacks ? `, ${r.pageFallbacks} page(s) unreadable (feed text used)` : ''}`}\n`);
            }
          },
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store?.close();
      }
    });
}
