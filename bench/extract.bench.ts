// Extraction throughput (articles/s and MB/s on one core) and memory, on the demo corpus and the dev
// gold texts, each next to its floor measured in the same run: merely reading and segmenting the
// same texts.
import type { InputDocument } from '../src/core/contract.js';
import { createExtractor } from '../src/extract/index.js';
import { segment } from '../src/extract/segment/index.js';
import { toVigieDocument } from '../src/ingest/normalize-document.js';
import { getLanguagePack } from '../src/lang/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFileDocument } from '../src/ingest/read-file-document.js';
import { REPO_ROOT } from '../src/eval/gold-files.js';
import { demoFiles, goldTexts, readDemo, utf8Bytes } from './corpora.js';
import { type BenchRow, ratioOf, timeRepeated } from './types.js';

const MB = 1024 * 1024;

function segmentAll(docs: readonly InputDocument[]): number {
  let n = 0;
  for (const d of docs) {
    const doc = toVigieDocument(d);
    const pack = getLanguagePack(doc.lang) ?? getLanguagePack('en');
    if (pack) n += segment(doc.text, pack.segment).tokens.length;
  }
  return n;
}

/**
 * Extractions before timing. Measured on the seed article (2026-11-25): its rate keeps rising for about the first 2,000
 * extractions (≈110/s CPU over the first 50, ≈200 by 800, ≈420 from 2,400 on) while the engine compiles the code and
 * the regular expressions; a figure taken earlier measures the warm-up, not the extractor a long-running process has.
 */
const WARM_DOCS = 2500;
/** …but never more than this long on a slow machine. */
const WARM_MAX_MS = 30_000;
/** Warm-up of the floor (reading and segmenting), which is cheap. */
const WARM_MS = 500;

/** Runs the extractor over the documents until WARM_DOCS have been extracted (or WARM_MAX_MS have passed). */
function warmUp(extractor: ReturnType<typeof createExtractor>, load: () => InputDocument[]): number {
  const t0 = performance.now();
  let done = 0;
  while (done < WARM_DOCS && performance.now() - t0 < WARM_MAX_MS) for (const d of load()) (extractor.extract(d), done++);
  return done;
}

async function measure(label: string, load: () => InputDocument[], docsPerPass: number, bytesPerPass: number): Promise<BenchRow[]> {
  const extractor = createExtractor();
  // floor: read (for the demo files) and segment the same texts
  const floor = await timeRepeated(() => segmentAll(load()), 1000, undefined, WARM_MS);
  const rssFloor = process.memoryUsage().rss;
  const warmed = warmUp(extractor, load);
  if (warmed < WARM_DOCS) process.stderr.write(`bench extract: ${label}: only ${warmed} warm-up extractions in ${WARM_MAX_MS / 1000} s\n`);
  let events = 0;
  let passes = 0;
  // Long passes (the gold texts) stop after 50; a one-article pass runs for the whole second.
  const ext = await timeRepeated(() => {
    passes++;
    for (const d of load()) events += extractor.extract(d).events.length;
  }, 1000, Math.max(50, Math.ceil(2000 / docsPerPass)));
  const rssExtract = process.memoryUsage().rss;
  const floorRate = (floor.runs * docsPerPass) / (floor.ms / 1000);
  const extRate = (ext.runs * docsPerPass) / (ext.ms / 1000);
  // The same in CPU time of this process: a per-core rate that other work on a shared machine does not lower.
  const floorCpuRate = (floor.runs * docsPerPass) / (floor.cpuMs / 1000);
  const extCpuRate = (ext.runs * docsPerPass) / (ext.cpuMs / 1000);
  const floorMBs = (floor.runs * bytesPerPass) / MB / (floor.ms / 1000);
  const extMBs = (ext.runs * bytesPerPass) / MB / (ext.ms / 1000);
  const name = `${label} (${docsPerPass} docs, ${(bytesPerPass / MB).toFixed(2)} MB, ${Math.round(events / Math.max(1, passes))} events/pass)`;
  return [
    { group: 'extract', name: `${name}: articles/s per core`, value: extRate, unit: 'articles/s', baseline: { name: 'read+segment', value: floorRate }, ratio: ratioOf(extRate, floorRate) },
    { group: 'extract', name: `${name}: articles/s per core (CPU time)`, value: extCpuRate, unit: 'articles/s', baseline: { name: 'read+segment', value: floorCpuRate }, ratio: ratioOf(extCpuRate, floorCpuRate) },
    { group: 'extract', name: `${name}: MB/s per core`, value: extMBs, unit: 'MB/s', baseline: { name: 'read+segment', value: floorMBs }, ratio: ratioOf(extMBs, floorMBs) },
    { group: 'extract', name: `${name}: process RSS`, value: rssExtract / MB, unit: 'MB', baseline: { name: 'after read+segment', value: rssFloor / MB }, ratio: ratioOf(rssExtract, rssFloor) },
  ];
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const files = demoFiles();
  if (files.length) {
    const docs = readDemo(files);
    rows.push(...(await measure('demo corpus examples/', () => readDemo(files), docs.length, utf8Bytes(docs))));
  }
  // The yardstick: the seed-sized article (../shared/examples, 2.3 KB), language detected as `vigie extract` does.
  const seedPath = join(REPO_ROOT, '..', 'shared', 'examples', 'karabakh-2023-09.fr.txt');
  if (existsSync(seedPath)) {
    const seed = readFileDocument(seedPath);
    // Two texts taken in turn (the second ends in " ." instead of "."; same events): the extractor keeps a few
    // results of the text it read last (its toponyms, its word index), which one article read over and over would
    // reuse, so the figure would be some 20 % above what a stream of different articles gets.
    const twin = { ...seed, text: seed.text.replace(/\.(\s*)$/, ' .$1') };
    let turn = 0;
    rows.push(...(await measure('seed article karabakh-2023-09.fr.txt', () => [turn++ % 2 ? twin : seed], 1, utf8Bytes([seed]))));
  } else process.stderr.write('bench extract: ../shared/examples not found: seed article skipped\n');
  const gold = goldTexts();
  if (gold) rows.push(...(await measure('dev gold texts', () => gold, gold.length, utf8Bytes(gold))));
  else process.stderr.write('bench extract: ../shared/gold/dev not found: dev gold texts skipped\n');
  return rows;
}
