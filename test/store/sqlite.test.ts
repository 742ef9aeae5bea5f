// The store contract on SQLite (in memory), plus what only a file database shows: data survives reopening.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
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
      expect(await b.migrate()).toBe(SQLITE_MIGRATIONS.length);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('upgrades a version 1 database: its search index and blocking keys carry over, and edits replace the indexed text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    try {
      const path = join(dir, 'vigie.db');
      const raw = new Database(path);
      raw.exec(SQLITE_MIGRATIONS[0]!);
      raw.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (1, 'then')");
      const text = 'Une attaque a visé Kidal le 2 mai 2023.';
      const old = ev(text, { evidence: 'Une attaque a visé Kidal', day: '2023-05-02', country: 'MLI', place: 'Kidal' });
      raw.prepare(`INSERT INTO events (id, event_json, type, modality, mention_count, source_count, figures_json, created_at, updated_at)
        VALUES ('evt_old', ?, 'ASSAULT', 'asserted', 1, 1, '{}', 'then', 'then')`).run(JSON.stringify(old));
      raw.prepare("INSERT INTO events_fts (event_id, body) VALUES ('evt_old', 'Une attaque a visé Kidal')").run();
      raw.prepare("INSERT INTO event_keys (key, event_id) VALUES ('ASSAULT|MLI|2023-05-02', 'evt_old')").run();
      raw.close();
      const s = await openStore(path, { now });
      expect(await s.migrate()).toBe(SQLITE_MIGRATIONS.length);
      expect((await s.listEvents({ text: 'kidal' })).items.map((e) => e.id)).toEqual(['evt_old']);
      await s.close();
      const check = new Database(path, { readonly: true });
      expect(check.prepare('SELECT key, event_id FROM event_keys').all()).toEqual([{ key: 'ASSAULT|MLI|2023-05-02', event_id: 'evt_old' }]);
      expect(check.prepare('SELECT event_id FROM event_fts_rows').all()).toEqual([{ event_id: 'evt_old' }]);
      check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one search row per event as reports merge into it and are unmerged', async () => {
    const s = await openStore(':memory:', { now });
    const t1 = 'Une frappe a touché Gao le 2 mai 2023.';
    const t2 = 'Gao a été bombardée le 2 mai 2023, selon des habitants.';
    const e1 = ev(t1, { evidence: 'Une frappe a touché Gao', day: '2023-05-02', country: 'MLI', place: 'Gao', lat: 16.27, lon: -0.04 });
    const e2 = ev(t2, { evidence: 'Gao a été bombardée', day: '2023-05-02', country: 'MLI', place: 'Gao', lat: 16.27, lon: -0.04 });
    await s.saveDocument(doc('g1', t1, { source: 'A' }), [e1]);
    const r2 = await s.saveDocument(doc('g2', t2, { source: 'B' }), [e2]);
    const [only] = (await s.listEvents({})).items;
    expect(only!.mentionCount).toBe(2);
    expect((await s.listEvents({ text: 'bombardée' })).items.map((e) => e.id)).toEqual([only!.id]);
    expect((await s.listEvents({ text: 'frappe' })).items.map((e) => e.id)).toEqual([only!.id]);
    const split = await s.unmergeMention(`g2#0`, 'two strikes');
    expect(r2.eventIds).toEqual([only!.id]);
    expect((await s.listEvents({ text: 'bombardée' })).items.map((e) => e.id)).toEqual([split]);
    expect((await s.listEvents({ text: 'frappe' })).items.map((e) => e.id)).toEqual([only!.id]);
    await s.close();
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
