// `vigie demo` (npm start): ingests the bundled examples/ into ./vigie.db (a no-op when already
// there), then serves the dashboard on http://localhost:8080 (or on PORT and HOST from the environment).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../api/web-root.js';
import { createExtractor } from '../../extract/index.js';
import { ingest } from '../../ingest/ingest.js';
import { createProgress } from '../../ingest/progress.js';
import { formatSummary } from '../../ingest/summary.js';
import { openStore } from '../../store/index.js';
import { CliError, dbLocation } from '../io.js';
import { addListenOptions, listenAddress } from '../listen-options.js';
import { serveStore } from './serve.js';

export function register(program: Command): void {
  const cmd = program
    .command('demo')
    .description('ingest the bundled examples/ (idempotent) and serve the dashboard on http://localhost:8080')
    .option('--db <location>', 'database (default VIGIE_DB or ./vigie.db)');
  addListenOptions(cmd)
    .option('--examples <dir>', 'corpus to ingest (default the package examples/)')
    .option('--no-serve', 'ingest only, do not start the server')
    .action(async (o: { db?: string; examples?: string; serve: boolean }, self: Command) => {
      const { port, host } = listenAddress(self);
      const dir = o.examples ?? join(packageRoot(), 'examples');
      if (!existsSync(dir)) throw new CliError(`demo corpus not found: ${dir}`);
      const location = dbLocation(o.db);
      const store = await openStore(location);
      const progress = createProgress();
      try {
        const summary = await ingest([dir], { store, extractor: createExtractor(), onProgress: (p) => progress.update(p) });
        progress.stop();
        process.stderr.write(`${formatSummary(summary)}\n`);
      } catch (e) {
        progress.stop();
        await store.close();
        throw e;
      }
      const counts = await store.counts();
      process.stdout.write(`${location}: ${counts.documents} documents, ${counts.events} events, ${counts.quarantined} quarantined\n`);
      if (!o.serve) {
        await store.close();
        return;
      }
      const server = await serveStore(store, { port, host });
      const shown = host === '127.0.0.1' ? `http://localhost:${server.port}` : server.url;
      process.stdout.write(`Vigie dashboard: ${shown}  (Ctrl-C to stop)\n`);
    });
}
