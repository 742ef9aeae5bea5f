// Shared helpers for the ingestion tests: temp folders that clean up, a counting extractor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { InputDocument } from '../../src/core/contract.js';
import type { Extractor } from '../../src/extract/index.js';
import { toVigieDocument } from '../../src/ingest/normalize-document.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'vigie-ingest-'));
  dirs.push(d);
  return d;
}

/**
 * A test double standing for the extractor (which another team is building): it finds no events and
 * records which documents it was asked to extract, so tests can check what ingestion extracts.
 */
export function countingExtractor(): Extractor & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    extract(doc: InputDocument) {
      calls.push(doc.id);
      return { document: toVigieDocument(doc), events: [] };
    },
  };
}
