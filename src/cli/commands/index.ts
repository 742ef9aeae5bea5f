// The one list of CLI commands. Each module registers its verb on the program.
import type { Command } from 'commander';
import * as extract from './extract.js';
import * as serve from './serve.js';
import * as demo from './demo.js';
import * as exportCmd from './export.js';
import * as ingest from './ingest.js';
import * as quarantine from './quarantine.js';
import * as evalCmd from './eval.js';
import * as enqueue from './enqueue.js';
import * as worker from './worker.js';
import * as watch from './watch.js';
import * as events from './events.js';

export const COMMANDS: readonly { register(program: Command): void }[] = [extract, ingest, quarantine, serve, demo, exportCmd, evalCmd, enqueue, worker, watch, events];
