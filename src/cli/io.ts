// Small helpers shared by CLI commands: errors that exit with a message, JSON output.
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function printJson(value: unknown, pretty = true): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : 0)}\n`);
}

/** Database location: --db, then VIGIE_DB, then ./vigie.db */
export function dbLocation(opt: string | undefined): string {
  return opt ?? process.env.VIGIE_DB ?? 'vigie.db';
}
