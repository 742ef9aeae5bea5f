// The resolver inside the real SQLite store: the demo corpus, saved document by document with its
// analyst-coded events, gives the events of the answer key; `vigie events` shows them with their claims;
// unmerge detaches a mention and the change feed records it.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import type { Event } from '../../../src/core/contract.js';
import { openStore } from '../../../src/store/index.js';
import type { EventStore } from '../../../src/store/event-store.js';
import { loadDemoDocs, loadDemoMentions, pairwise } from './demo-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-dedup-'));
const db = join(dir, 'demo.db');
const docs = loadDemoDocs();
const { mentions, truth } = loadDemoMentions(docs);
let store: EventStore;

const cli = (...args: string[]) => runCli(args);

beforeAll(async () => {
  store = await openStore(db, { now: () => new Date('2026-01-01T00:00:00Z') });
  const byDoc = new Map<string, Event[]>();
  for (const m of mentions) (byDoc.get(m.documentId) ?? byDoc.set(m.documentId, []).get(m.documentId)!).push(m.event);
  for (const [id, events] of byDoc) {
    const d = docs.get(id)!;
    await store.saveDocument({
      id, text: d.text, date: d.date, datePrecision: d.date ? 'day' : null, lang: null, title: null, source: d.outlet, url: null,
      origin: `examples/${id}`, contentHash: createHash('sha256').update(d.text).digest('hex'), fingerprint: null, nearDuplicateOf: null,
    }, events);
  }
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo corpus through the SQLite store', () => {
  it('stores one event per real event of the answer key', async () => {
    const clusterOf = new Map<string, string>();
    for (const id of new Set(mentions.map((m) => m.documentId))) {
      for (const m of await store.mentionsForDocument(id)) clusterOf.set(m.id, m.eventId);
    }
    const score = pairwise(clusterOf, truth);
    expect(score).toMatchObject({ fp: 0, fn: 0 });
    expect((await store.counts()).events).toBe(new Set(truth.values()).size);
  });

  it('`vigie events` lists merged events with their reports and sources', async () => {
    const r = await cli('events', '--db', db, '--limit', '100');
    expect(r.code).toBe(0);
    const line = r.out.split('\n').find((l) => l.includes('Kramatorsk'));
    expect(line).toMatch(/ASSAULT\s+Kramatorsk, UKR\s+3\s+3\s+killed 30–52 \(best 52\)/);
    expect(r.out).toMatch(/16 of 16 event\(s\)/);
  });

  it('`vigie events show ID` prints every claim side by side with claimant, outlet, date and evidence', async () => {
    const [kramatorsk] = (await store.listEvents({ place: 'Kramatorsk' })).items;
    const r = await cli('events', 'show', kramatorsk!.id, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/killed: low 30, best 52, high 52; 3 claim\(s\)/);
    expect(r.out).toMatch(/30 \(at_least\)\s+Ukraine's state railway company .* low .*“at least 30 people had been killed and more than 100 injured”/);
    expect(r.out).toMatch(/52\s+Pavlo Kyrylenko\s+Le Guetteur \(démo\)\s+2022-04-10 best\/high .*“s'est alourdi à 52 morts”/);
    expect(r.out).toMatch(/50\s+Pavlo Kyrylenko .*superseded/);
    const missing = await cli('events', 'show', 'evt_nope', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no event "evt_nope"/);
  });

  it('flags contested figures (Barsalogho: 100 to 600 killed, claimants exclude each other)', async () => {
    const [e] = (await store.listEvents({ place: 'Barsalogho' })).items;
    expect(e?.figures.killed).toEqual({ low: 100, best: 300, high: 600, contested: true, claims: 4 });
  });

  it('`vigie events unmerge` detaches a mention and `vigie events changes` shows it after the last seq', async () => {
    const before = await store.listChanges({});
    const last = before.at(-1)!.seq;
    const r = await cli('events', 'unmerge', 'wire-2022-04-10-kramatorsk#0', '--db', db, '--reason', 'test: wrong station');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mention wire-2022-04-10-kramatorsk#0 is now event evt_/);
    const ch = await cli('events', 'changes', '--db', db, '--after', String(last), '--json');
    const lines = ch.out.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; mentionId: string; reason: string; seq: number });
    expect(lines[0]).toMatchObject({ kind: 'unmerge', mentionId: 'wire-2022-04-10-kramatorsk#0', reason: 'test: wrong station' });
    expect(lines.every((l) => l.seq > last)).toBe(true);
    const [kramatorsk] = (await store.listEvents({ place: 'Kramatorsk', sort: '-sources' })).items;
    expect(kramatorsk?.figures.killed).toMatchObject({ low: 30, high: 50, claims: 2 });
    const bad = await cli('events', 'changes', '--db', db, '--after', 'x');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--after: expected a non-negative integer/);
  });
});
