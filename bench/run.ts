// `npm run bench [-- FILTER...]`: runs every bench/*.bench.ts (or those whose name contains a
// FILTER), prints one table and writes bench/report.json with the machine it ran on.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFn, BenchRow } from './types.js';
import { round } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()} ${arch()}`,
  node: process.version,
};

interface FileResult {
  readonly file: string;
  readonly seconds: number;
  readonly rows: BenchRow[];
  readonly error?: string;
}

const results: FileResult[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}…\n`);
  const t0 = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: BenchFn };
    if (typeof mod.default !== 'function') throw new Error('no default export bench(): Promise<BenchRow[]>');
    const rows = await mod.default();
    results.push({ file, seconds: round((performance.now() - t0) / 1000), rows });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0] ?? String(e);
    process.stderr.write(`bench: ${file} failed: ${msg}\n`);
    results.push({ file, seconds: round((performance.now() - t0) / 1000), rows: [], error: msg });
  }
}

const table: string[][] = [['group', 'case', 'value', 'unit', 'baseline (same run)', 'ratio']];
for (const r of results) {
  for (const row of r.rows) {
    table.push([row.group, row.name, String(round(row.value)), row.unit, row.baseline ? `${row.baseline.name}: ${round(row.baseline.value)}` : '', row.ratio !== undefined ? `${round(row.ratio)}x` : '']);
  }
  if (r.error) table.push([r.file, 'FAILED', '', '', r.error, '']);
}
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
const text = table.map((r) => r.map((c, i) => (i === 2 || i === 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
process.stdout.write(`${text}\n\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}\n`);

const report = { createdAt: new Date().toISOString(), machine, files: results };
writeFileSync(join(here, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stderr.write(`bench: report written to ${join(here, 'report.json')}\n`);
if (results.some((r) => r.error)) process.exitCode = 1;
