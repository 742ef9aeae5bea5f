// vigie quarantine list | show ID | retry [ID…]: documents that could not be read, with their reason.
import type { Command } from 'commander';
import { createExtractor } from '../../extract/index.js';
import { retryQuarantine } from '../../ingest/retry.js';
import { openStore } from '../../store/index.js';
import type { EventStore } from '../../store/event-store.js';
import { CliError, dbLocation, printJson } from '../io.js';
import { addIngestFlags, ingestOptions } from './ingest.js';

async function withStore<T>(db: string | undefined, fn: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openStore(dbLocation(db)).catch((e: Error) => {
    throw new CliError(e.message);
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function register(program: Command): void {
  const q = program.command('quarantine').description('Documents that could not be read or processed, kept with their reason');

  q.command('list')
    .description('list quarantined documents')
    .option('--db <location>', 'database (default $VIGIE_DB or ./vigie.db)')
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const entries = await store.listQuarantine();
        if (flags.json) return printJson(entries.map(({ payload, ...rest }) => ({ ...rest, hasPayload: payload !== null })));
        if (!entries.length) return void process.stdout.write('quarantine is empty\n');
        for (const e of entries) process.stdout.write(`${e.id}\t${e.createdAt}\t${oneLine(e.reason, 160)}\n`);
        process.stdout.write(`${entries.length} quarantined (vigie quarantine show ID; vigie quarantine retry [ID])\n`);
      });
    });

  q.command('show')
    .description('show one quarantined document: origin, reason, kept content')
    .argument('<id>')
    .option('--db <location>', 'database (default $VIGIE_DB or ./vigie.db)')
    .option('--json', 'print as JSON')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const e = await store.getQuarantine(id);
        if (!e) throw new CliError(`no quarantine entry "${id}" (vigie quarantine list)`);
        if (flags.json) return printJson(e);
        process.stdout.write(`id:       ${e.id}\norigin:   ${e.origin}\nreason:   ${e.reason}\nattempts: ${e.attempts}\ncreated:  ${e.createdAt}\n`);
        process.stdout.write(e.payload === null ? 'payload:  (not kept)\n' : `payload:\n${e.payload}\n`);
      });
    });

  const retry = q.command('retry')
    .description('read quarantined documents again (from their file when it still exists, else from the kept content); resolved ones leave the quarantine')
    .argument('[ids...]', 'entries to retry (default: all)');
  addIngestFlags(retry).action(async (ids: string[], flags: Parameters<typeof ingestOptions>[0] & { db?: string; json?: boolean }) => {
    let options;
    try {
      options = ingestOptions({ ...flags, include: [], exclude: [] });
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    await withStore(flags.db, async (store) => {
      let outcomes;
      try {
        outcomes = await retryQuarantine(ids, { store, extractor: createExtractor(), options });
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      if (flags.json) return printJson(outcomes);
      for (const o of outcomes) process.stdout.write(`${o.status === 'resolved' ? 'resolved' : 'still failing'}\t${o.origin}${o.reason ? `\t${oneLine(o.reason, 160)}` : ''}\n`);
      const resolved = outcomes.filter((o) => o.status === 'resolved').length;
      process.stdout.write(`${resolved} of ${outcomes.length} resolved\n`);
    });
  });
}
