// Run by knowledge.bench.ts in a fresh process: cold knowledge load time and memory, next to the
// floor of merely reading the same files. Prints one JSON line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeDataDir, loadKnowledge } from '../src/knowledge/index.js';

function readAll(dir: string): number {
  let bytes = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) bytes += readAll(p);
    else bytes += readFileSync(p).length;
  }
  return bytes;
}

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const bytes = readAll(knowledgeDataDir());
const readMs = performance.now() - t0;
const rssRead = process.memoryUsage().rss;
const t1 = performance.now();
const k = loadKnowledge();
const loadMs = performance.now() - t1;
const rssLoaded = process.memoryUsage().rss;
const t2 = performance.now();
const hits = k.findPlaces('Des combats ont eu lieu à Bamako, Kidal et Gao, puis à Kyiv et Donetsk.').length;
const firstLookupMs = performance.now() - t2;
process.stdout.write(`${JSON.stringify({ bytes, readMs, loadMs, firstLookupMs, hits, rss0, rssRead, rssLoaded, version: k.version })}\n`);
