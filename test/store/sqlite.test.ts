// The store contract on SQLite (in memory), plus what only a file database shows: data survives reopening.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runStoreContract } from '../contracts/store.contract.js';
import { doc, ev } from './fixtures.js';

const now = (): Date => new Date('2026-01-15T12:00:00Z');

runStoreContract({ name: 'sqlite', open: (resolver) => openStore(':memory:', { now, ...(resolver ? { resolver } : {}) }) });

describe('SQLite file store', () => {
  it('keeps documents and events across close and reopen, and migrates only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    try {
      const path = join(dir, 'vigie.db');
      const text = 'Une attaque a visé Gao le 2 mai 2023.';
      const a = await openStore(path, { now });
      await a.saveDocument(doc('g1', text), [ev(text, { evidence: 'Une attaque a visé Gao', day: '2023-05-02', country: 'MLI', place: 'Gao' })]);
      await a.close();
      const b = await openStore(path, { now });
      expect(await b.counts()).toEqual({ documents: 1, events: 1, mentions: 1, quarantined: 0 });
      expect((await b.listEvents({ text: 'gao' })).total).toBe(1);
      expect(await b.migrate()).toBe(2);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database written by a newer Vigie', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    try {
      const path = join(dir, 'vigie.db');
      await (await openStore(path)).close();
      const raw = new Database(path);
      raw.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')").run();
      raw.close();
      await expect(openStore(path)).rejects.toThrow(/schema version 99 is newer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file when it cannot be opened', async () => {
    await expect(openStore('/nonexistent-dir/x/vigie.db')).rejects.toThrow(/nonexistent-dir/);
  });
});
