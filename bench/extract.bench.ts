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

async function measure(label: string, load: () => InputDocument[], docsPerPass: number, bytesPerPass: number): Promise<BenchRow[]> {
  const extractor = createExtractor();
  // floor: read (for the demo files) and segment the same texts
  const floor = await timeRepeated(() => segmentAll(load()), 1000);
  const rssFloor = process.memoryUsage().rss;
  let events = 0;
  const ext = await timeRepeated(() => {
    for (const d of load()) events += extractor.extract(d).events.length;
  }, 1000, 50);
  const rssExtract = process.memoryUsage().rss;
  const floorRate = (floor.runs * docsPerPass) / (floor.ms / 1000);
  const extRate = (ext.runs * docsPerPass) / (ext.ms / 1000);
  const floorMBs = (floor.runs * bytesPerPass) / MB / (floor.ms / 1000);
  const extMBs = (ext.runs * bytesPerPass) / MB / (ext.ms / 1000);
  const name = `${label} (${docsPerPass} docs, ${(bytesPerPass / MB).toFixed(2)} MB, ${Math.round(events / Math.max(1, ext.runs))} events/pass)`;
  return [
    { group: 'extract', name: `${name}: articles/s per core`, value: extRate, unit: 'articles/s', baseline: { name: 'read+segment', value: floorRate }, ratio: ratioOf(extRate, floorRate) },
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
    rows.push(...(await measure('seed article karabakh-2023-09.fr.txt', () => [seed], 1, utf8Bytes([seed]))));
  } else process.stderr.write('bench extract: ../shared/examples not found: seed article skipped\n');
  const gold = goldTexts();
  if (gold) rows.push(...(await measure('dev gold texts', () => gold, gold.length, utf8Bytes(gold))));
  else process.stderr.write('bench extract: ../shared/gold/dev not found: dev gold texts skipped\n');
  return rows;
}
