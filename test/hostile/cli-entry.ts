// Runs `vigie ARGS` from the sources in a child process (tests that need a time limit or kill -9).
import { run } from '../../src/cli/main.js';

process.exitCode = await run(['node', 'vigie', ...process.argv.slice(2)]);
