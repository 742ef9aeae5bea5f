// The texts the benchmarks run on: the demo corpus (examples/) and the dev gold texts (../shared).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputDocumentSchema, type InputDocument } from '../src/core/contract.js';
import { readFileDocument } from '../src/ingest/read-file-document.js';
import { DEFAULT_DATA_DIR, DEFAULT_GOLD_DIR, REPO_ROOT } from '../src/eval/gold-files.js';
import { SETS } from '../src/eval/sets.js';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** Demo-corpus files: seed/plain .txt, and .jsonl of input documents. */
export function demoFiles(dir = EXAMPLES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads demo files from disk into documents (the reading the floor also pays for). */
export function readDemo(files: readonly string[]): InputDocument[] {
  const docs: InputDocument[] = [];
  for (const f of files) {
    if (f.endsWith('.jsonl')) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        const r = InputDocumentSchema.safeParse(JSON.parse(line));
        if (!r.success) throw new Error(`${f}:${i + 1}: not an input document`);
        docs.push(r.data);
      });
    } else docs.push(readFileDocument(f));
  }
  return docs;
}

/** Every text of the event gold sets (null when ../shared is absent). */
export function goldTexts(): InputDocument[] | null {
  if (!existsSync(DEFAULT_GOLD_DIR)) return null;
  const opts = { goldDir: DEFAULT_GOLD_DIR, dataDir: DEFAULT_DATA_DIR };
  return SETS.flatMap((s) => (s.kind === 'events' ? s.load(opts).docs.map((d) => d.input) : []));
}

export function utf8Bytes(docs: readonly InputDocument[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
}
