// The one list of CLI commands. Each module registers its verb on the program.
import type { Command } from 'commander';
import * as extract from './extract.js';

export const COMMANDS: readonly { register(program: Command): void }[] = [extract];
