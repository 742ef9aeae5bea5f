// Crash safety: kill -9 during a large `vigie ingest`; after a restart the store is consistent and a
// re-run completes the batch without duplicates.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

const CLI_ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const N = 400;
const PLACES = ['Kidal', 'Gao', 'Ménaka', 'Tombouctou', 'Mopti', 'Ségou', 'Tessalit', 'Ansongo', 'Douentza', 'Niono'];
const SOURCES = ['la MINUSMA', "l'armée malienne", 'des sources locales', 'un élu local', 'le gouverneur'];

function corpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const text = `Document ${i} : une attaque à ${PLACES[i % PLACES.length]} a fait ${(i * 7) % 23} morts et ${(i * 3) % 11} blessés le ${1 + (i % 28)} mars, selon ${SOURCES[i % SOURCES.length]}. Référence ${i * 7919}-${(i * 104729) % 9973}.`;
    lines.push(JSON.stringify({ id: `crash-${i}`, text, date: `2021-04-${String(1 + (i % 28)).padStart(2, '0')}`, lang: 'fr' }));
  }
  return `${lines.join('\n')}\n`;
}

function countDocs(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const tmp = tempDir('vigie-crash-');
afterAll(() => tmp.cleanup());

describe('crash safety', () => {
  it('kill -9 in the middle of `vigie ingest`, then a re-run: consistent store, every document once', async () => {
    const file = join(tmp.dir, 'batch.jsonl');
    const db = join(tmp.dir, 'vigie.db');
    writeFileSync(file, corpus());
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY, 'ingest', file, '--db', db, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let seen = 0;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.exitCode === null) {
      seen = countDocs(db);
      if (seen >= 20) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(child.exitCode, `ingest ended before it could be killed: ${stderr}`).toBeNull();
    child.kill('SIGKILL');
    await exited;

    const raw = new Database(db);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    const orphans = raw.prepare('SELECT count(*) AS n FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)').get() as { n: number };
    expect(orphans.n).toBe(0);
    raw.close();

    const store = await openStore(db);
    try {
      const afterCrash = (await store.counts()).documents;
      expect(afterCrash).toBeGreaterThanOrEqual(seen);
      expect(afterCrash).toBeLessThan(N);
      const summary = await ingest([file], { store, extractor: createExtractor() });
      expect(summary.quarantined).toBe(0);
      expect(summary.stored + summary.duplicates).toBe(N);
      expect(summary.stored).toBe(N - afterCrash);
      const counts = await store.counts();
      expect(counts.documents).toBe(N);
      for (const i of [0, Math.floor(N / 2), N - 1]) expect((await store.getDocument(`crash-${i}`))?.id).toBe(`crash-${i}`);
      const again = await ingest([file], { store, extractor: createExtractor() });
      expect(again.stored).toBe(0);
      expect((await store.counts()).documents).toBe(N);
    } finally {
      await store.close();
    }
  }, 300_000);
});
