// The `vigie` command line: parses arguments, then calls the same functions as the API.
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { CliError } from './io.js';

export function buildProgram(): Command {
  const program = new Command('vigie')
    .description('Vigie: dated news articles in; structured, sourced, auditable conflict events out.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const c of COMMANDS) c.register(program);
  return program;
}

export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      process.stderr.write(`vigie: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`vigie: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
