// `vigie export --format json|csv|geojson [filters] [--out FILE]`: every matching event, written by
// the same pure writers as GET /api/export.*.
import { renameSync, writeFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { collectEvents } from '../../api/collect-events.js';
import { ApiError } from '../../api/errors.js';
import { parseFilterQuery } from '../../api/query.js';
import { EXPORT_FORMATS, fromStoredEvent, writeExport, type ExportFormat } from '../../export/index.js';
import { openStore } from '../../store/index.js';
import { CliError, dbLocation } from '../io.js';

const FILTER_OPTIONS = ['type', 'context', 'country', 'actor', 'place', 'bbox', 'since', 'until', 'modality', 'text'] as const;

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('export events as JSON, ACLED-style CSV (ISO-3 countries) or GeoJSON')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--db <location>', 'database (default VIGIE_DB or ./vigie.db)')
    .option('--out <file>', 'write to this file instead of stdout');
  for (const f of FILTER_OPTIONS) cmd.option(`--${f} <value>`, f === 'bbox' ? 'minLon,minLat,maxLon,maxLat' : f === 'since' || f === 'until' ? 'YYYY-MM-DD' : `filter by ${f}`);
  cmd.option('--min-sources <n>', 'at least this many sources');
  cmd.action(async (o: Record<string, string | undefined>) => {
    const format = o.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format: expected one of ${EXPORT_FORMATS.join(', ')}, got "${o.format}"`);
    const raw: Record<string, string> = {};
    for (const f of FILTER_OPTIONS) if (o[f] !== undefined) raw[f] = o[f]!;
    if (o.minSources !== undefined) raw.min_sources = o.minSources;
    let query;
    try {
      query = { ...parseFilterQuery(raw), sort: 'date' as const };
    } catch (e) {
      if (e instanceof ApiError) throw new CliError(`invalid filter: ${e.message.replace(/^(\w+):/, '--$1:').replace('min_sources', 'min-sources')}`);
      throw e;
    }
    const store = await openStore(dbLocation(o.db));
    const tty = o.out !== undefined && process.stderr.isTTY;
    const bar = tty ? new cliProgress.SingleBar({ stream: process.stderr, format: 'export [{bar}] {value}/{total} events' }, cliProgress.Presets.shades_classic) : null;
    let started = false;
    try {
      const { events } = await collectEvents(store, query, Number.MAX_SAFE_INTEGER, (done, total) => {
        if (!bar) return;
        if (!started) bar.start(total, done);
        else bar.update(done);
        started = true;
      });
      bar?.stop();
      const body = writeExport(format, events.map(fromStoredEvent));
      if (o.out) {
        const tmp = `${o.out}.tmp-${process.pid}`;
        writeFileSync(tmp, body);
        renameSync(tmp, o.out);
        process.stderr.write(`${events.length} event(s) written to ${o.out}\n`);
      } else {
        process.stdout.write(body);
      }
    } finally {
      await store.close();
    }
  });
}
