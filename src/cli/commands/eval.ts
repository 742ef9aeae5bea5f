// vigie eval: scores the extractor on the development gold sets; prints one table per set and
// writes eval/report.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DEFAULT_GOLD_DIR, REPO_ROOT, SET_NAMES, UnknownSetError, formatReport, runEval } from '../../eval/index.js';
import { CliError, printJson } from '../io.js';

interface EvalOpts {
  set: string[];
  all?: boolean;
  limit?: string;
  json?: boolean;
  worst: string;
  goldDir?: string;
  dataDir?: string;
  out: string;
  write: boolean;
}

function nonNegativeInt(name: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new CliError(`${name}: expected a whole number, got "${v}"`);
  return Number(v);
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score the extractor on the development gold sets (../shared/gold/dev); writes eval/report.json.')
    .option('--set <name>', `a gold set (repeatable): ${SET_NAMES.join(', ')}`, (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--all', 'every gold set')
    .option('--limit <n>', 'only the first N documents of each set')
    .option('--json', 'print the report as JSON instead of tables')
    .option('--worst <n>', 'how many of the worst misses to list per set', '10')
    .option('--gold-dir <dir>', 'folder of the gold sets (default: ../shared/gold/dev from the repository root)')
    .option('--data-dir <dir>', 'folder of reference data (default: ../../data from the gold folder)')
    .option('--out <file>', 'where to write the JSON report', join(REPO_ROOT, 'eval', 'report.json'))
    .option('--no-write', 'do not write the report file')
    .action(async (opts: EvalOpts) => {
      const sets = opts.all ? [...SET_NAMES] : opts.set;
      if (!sets.length) throw new CliError(`eval: give --set NAME or --all (sets: ${SET_NAMES.join(', ')})`);
      const worst = nonNegativeInt('--worst', opts.worst);
      const limit = opts.limit !== undefined ? nonNegativeInt('--limit', opts.limit) : undefined;
      const goldDir = opts.goldDir ? resolve(opts.goldDir) : DEFAULT_GOLD_DIR;
      const dataDir = opts.dataDir ? resolve(opts.dataDir) : resolve(goldDir, '..', '..', 'data');
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: '{set} [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
      let current = '';
      let report;
      try {
        report = await runEval({
          sets,
          goldDir,
          dataDir,
          worst,
          ...(limit !== undefined ? { limit } : {}),
          onProgress: (set, done, total) => {
            if (!bar) return;
            if (set !== current) {
              if (current) bar.stop();
              current = set;
              bar.start(total, 0, { set });
            }
            bar.update(done, { set });
          },
        });
      } catch (e) {
        if (e instanceof UnknownSetError) throw new CliError(`eval: ${e.message}`);
        throw e;
      } finally {
        bar?.stop();
      }
      if (opts.write) {
        const out = resolve(opts.out);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
        process.stderr.write(`vigie eval: report written to ${out}\n`);
      }
      if (opts.json) printJson(report);
      else process.stdout.write(formatReport(report, worst));
    });
}
