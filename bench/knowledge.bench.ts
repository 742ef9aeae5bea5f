// Knowledge load: cold loadKnowledge() time and memory in a fresh process, next to the floor of
// merely reading the same data files in that process.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, ratioOf } from './types.js';

const MB = 1024 * 1024;
const here = dirname(fileURLToPath(import.meta.url));

interface ChildResult {
  bytes: number;
  readMs: number;
  loadMs: number;
  firstLookupMs: number;
  hits: number;
  rss0: number;
  rssRead: number;
  rssLoaded: number;
  version: string;
}

export default async function bench(): Promise<BenchRow[]> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'knowledge-child.ts')], { encoding: 'utf8', cwd: join(here, '..'), timeout: 300_000 });
  if (r.status !== 0) throw new Error(`knowledge-child exited ${r.status}: ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
  const c = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ChildResult;
  const name = `loadKnowledge() cold (data/ ${(c.bytes / MB).toFixed(1)} MB on disk, ${c.version})`;
  return [
    { group: 'knowledge', name: `${name}: time`, value: c.loadMs, unit: 'ms', baseline: { name: 'read the files', value: c.readMs }, ratio: ratioOf(c.loadMs, c.readMs) },
    { group: 'knowledge', name: `${name}: RSS growth`, value: (c.rssLoaded - c.rssRead) / MB, unit: 'MB', baseline: { name: 'growth from reading the files', value: (c.rssRead - c.rss0) / MB }, ratio: ratioOf(c.rssLoaded - c.rssRead, c.rssRead - c.rss0) },
    { group: 'knowledge', name: 'findPlaces, first call after load (one sentence)', value: c.firstLookupMs, unit: 'ms' },
  ];
}
