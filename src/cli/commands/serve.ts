// `vigie serve [--db] [--port 8080] [--host 127.0.0.1] [--web DIR]`: the API and the dashboard (PORT and HOST from the
// environment when --port and --host are not given).
import type { Command } from 'commander';
import { createApp } from '../../api/app.js';
import { startServer, type RunningServer } from '../../api/server.js';
import { defaultWebRoot } from '../../api/web-root.js';
import type { EventStore } from '../../store/event-store.js';
import { defaultReaders, openStore } from '../../store/index.js';
import { CliError, dbLocation } from '../io.js';
import { addListenOptions, listenAddress } from '../listen-options.js';

/** Serves until SIGINT/SIGTERM, then closes the server and the store. */
export async function serveStore(
  store: EventStore,
  opts: { port: number; host: string; web?: string | undefined; aggregateCacheSeconds?: number | undefined },
): Promise<RunningServer> {
  const app = createApp({ store, webRoot: opts.web ?? defaultWebRoot(), aggregateCacheMs: (opts.aggregateCacheSeconds ?? 10) * 1000 });
  let server: RunningServer;
  try {
    server = await startServer(app, { port: opts.port, host: opts.host });
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new CliError(`port ${opts.port} on ${opts.host} is already in use; choose another with --port (or PORT)`);
    throw e;
  }
  const stop = () => {
    void server
      .close()
      .catch(() => undefined)
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API (/api, documented at /api/openapi.json) and the web dashboard')
    .option('--db <location>', 'database: SQLite file or postgres:// URL (default VIGIE_DB or ./vigie.db)');
  addListenOptions(cmd)
    .option('--web <dir>', 'built dashboard folder (default dist/web)')
    .option('--aggregate-cache <seconds>', 'reuse an aggregates (timeline) answer for the same query this long; 0 = never', '10')
    .action(async (o: { db?: string; web?: string; aggregateCache: string }, self: Command) => {
      const { port, host } = listenAddress(self);
      const aggregateCacheSeconds = Number(o.aggregateCache);
      if (!/^\d+$/.test(o.aggregateCache)) throw new CliError(`--aggregate-cache: expected whole seconds, got "${o.aggregateCache}"`);
      const store = await openStore(dbLocation(o.db), { readers: defaultReaders() });
      const server = await serveStore(store, { port, host, web: o.web, aggregateCacheSeconds });
      process.stdout.write(`Vigie is serving ${dbLocation(o.db)} on ${server.url}  (API: ${server.url}/api/openapi.json; Ctrl-C to stop)\n`);
    });
}
