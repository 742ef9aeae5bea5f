// vigie ingest PATH…: files, directories (recursive), "-" for stdin → the store, with a run summary.
import type { Command } from 'commander';
import { createExtractor } from '../../extract/index.js';
import { ingest, type IngestOptions } from '../../ingest/ingest.js';
import { OptionError, parseDateOption, parseFieldMap, parseFormat, parseLangOption, parseThreshold } from '../../ingest/options.js';
import { createProgress } from '../../ingest/progress.js';
import { formatSummary } from '../../ingest/summary.js';
import type { DocField, FieldMap } from '../../ingest/types.js';
import { openStore } from '../../store/index.js';
import { CliError, dbLocation, printJson } from '../io.js';

interface IngestFlags {
  db?: string;
  include: string[];
  exclude: string[];
  date?: string;
  lang?: string;
  format?: string;
  json?: boolean;
  quiet?: boolean;
  fieldMap?: string;
  csvTextCol?: string;
  csvIdCol?: string;
  csvDateCol?: string;
  csvTitleCol?: string;
  csvDelimiter?: string;
  nearThreshold?: string;
  strict?: boolean;
  queue?: string | boolean;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** Turns the flags into library options; throws OptionError naming the flag. */
export function ingestOptions(flags: IngestFlags): IngestOptions {
  const fieldMap: Partial<Record<DocField, string>> = flags.fieldMap ? { ...parseFieldMap(flags.fieldMap) } : {};
  if (flags.csvTextCol) fieldMap.text = flags.csvTextCol;
  if (flags.csvIdCol) fieldMap.id = flags.csvIdCol;
  if (flags.csvDateCol) fieldMap.date = flags.csvDateCol;
  if (flags.csvTitleCol) fieldMap.title = flags.csvTitleCol;
  if (flags.csvDelimiter !== undefined && flags.csvDelimiter.replace('\\t', '\t').length !== 1) throw new OptionError('--csv-delimiter: expected one character (or \\t)');
  return {
    include: flags.include,
    exclude: flags.exclude,
    ...(flags.date ? { date: parseDateOption(flags.date) } : {}),
    ...(flags.lang ? { lang: parseLangOption(flags.lang) } : {}),
    ...(flags.format ? { format: parseFormat(flags.format) } : {}),
    ...(Object.keys(fieldMap).length ? { fieldMap: fieldMap as FieldMap } : {}),
    ...(flags.csvDelimiter ? { csvDelimiter: flags.csvDelimiter.replace('\\t', '\t') } : {}),
    ...(flags.nearThreshold ? { nearDuplicateThreshold: parseThreshold(flags.nearThreshold) } : {}),
  };
}

/** The ingest flags, shared with `vigie quarantine retry`. */
export function addIngestFlags(cmd: Command): Command {
  return cmd
    .option('--db <location>', 'database: a SQLite file or postgres://… (default $VIGIE_DB or ./vigie.db)')
    .option('--date <date>', 'publication date for documents that have none (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--lang <code>', 'language of every document (overrides detection), e.g. fr')
    .option('--format <format>', 'read every file as: seed, txt, html, json, jsonl, csv, feed (default: by extension, else sniffed)')
    .option('--field-map <map>', 'source field names for JSON/JSONL/CSV, e.g. "text=body,date=published_at,id=uuid"')
    .option('--csv-text-col <name>', 'CSV column holding the text (default "text")')
    .option('--csv-id-col <name>', 'CSV column holding the id (default "id", else file:line)')
    .option('--csv-date-col <name>', 'CSV column holding the publication date (default "date")')
    .option('--csv-title-col <name>', 'CSV column holding the title (default "title")')
    .option('--csv-delimiter <char>', 'CSV delimiter (default: sniffed among , ; and tab)')
    .option('--near-threshold <x>', 'similarity from which a document is a near-duplicate (default 0.5)')
    .option('--json', 'print the run summary as JSON')
    .option('--quiet', 'no progress bar');
}

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('Read articles (seed/plain .txt, .html, .json, .jsonl, .csv, RSS/Atom, .gz of these, directories, "-" for stdin), extract their events and store them. Exact duplicates are skipped, near-duplicates linked, unreadable documents quarantined.')
    .argument('<paths...>', 'files, directories (read recursively) or "-" for stdin')
    .option('--include <glob>', 'only read files matching this glob inside directories (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .option('--strict', 'exit with status 3 when anything was quarantined')
    .option('--queue [url]', 'put the documents on the job queue for `vigie worker` instead of processing them here (postgres://…; default $VIGIE_QUEUE, else --db when PostgreSQL)');
  addIngestFlags(cmd).action(async (paths: string[], flags: IngestFlags) => {
    let options: IngestOptions;
    try {
      options = ingestOptions(flags);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    if (flags.queue !== undefined && flags.queue !== false) return toQueue(paths, flags, options);
    const store = await openStore(dbLocation(flags.db)).catch((e: Error) => {
      throw new CliError(e.message);
    });
    const progress = createProgress({ quiet: flags.quiet ?? false });
    try {
      const summary = await ingest(paths, { store, extractor: createExtractor(), options, onProgress: (p) => progress.update(p) });
      progress.stop();
      if (flags.json) printJson(summary);
      else process.stdout.write(`${formatSummary(summary)}\n`);
      if (flags.strict && summary.quarantined > 0) throw new CliError(`${summary.quarantined} document(s) quarantined (vigie quarantine list)`, 3);
    } finally {
      progress.stop();
      await store.close();
    }
  });
}

/** `vigie ingest --queue`: the job queue (loaded only when asked for: it pulls in pg-boss). */
async function toQueue(paths: string[], flags: IngestFlags, options: IngestOptions): Promise<void> {
  const { queueLocation } = await import('../../queue/config.js');
  const { queueSources } = await import('./enqueue.js');
  let url: string;
  try {
    url = queueLocation(typeof flags.queue === 'string' ? flags.queue : undefined, flags.db ?? process.env.VIGIE_DB);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  await queueSources(url, paths, options, { quiet: flags.quiet ?? false, json: flags.json ?? false });
}
