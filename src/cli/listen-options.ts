// The address a serving command listens on: --port and --host, else the PORT and HOST environment variables (as
// hosting platforms set them), else 8080 on 127.0.0.1. Shared by `vigie serve` and `vigie demo`.
import { Option, type Command } from 'commander';
import { CliError } from './io.js';

export const DEFAULT_PORT = '8080';
export const DEFAULT_HOST = '127.0.0.1';

/** Adds --port (env PORT) and --host (env HOST) to a command. */
export function addListenOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--port <n>', 'TCP port').env('PORT').default(DEFAULT_PORT))
    .addOption(new Option('--host <address>', 'address to listen on').env('HOST').default(DEFAULT_HOST));
}

/** A port number 0-65535; `from` names where the value came from in the error. */
export function parsePort(v: string, from = '--port'): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new CliError(`${from}: expected a port number 0-65535, got "${v}"`);
  return n;
}

/** The port and host the command was given, a value read from PORT or HOST being named so in errors. */
export function listenAddress(cmd: Command): { port: number; host: string } {
  const o = cmd.opts<{ port: string; host: string }>();
  const port = parsePort(o.port, cmd.getOptionValueSource('port') === 'env' ? 'PORT' : '--port');
  if (!o.host.trim()) throw new CliError(`${cmd.getOptionValueSource('host') === 'env' ? 'HOST' : '--host'}: expected an address, got an empty string`);
  return { port, host: o.host };
}
