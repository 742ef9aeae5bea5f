// The one store contract: every EventStore implementation (SQLite, PostgreSQL) runs these same tests.
// Usage: runStoreContract({ name: 'sqlite', open: () => openStore(':memory:', { now }) }).
import { afterEach, describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';
import { createEventResolver } from '../../src/resolve/dedup/index.js';
import { SAVE_CHUNK_SIZE, type EventStore } from '../../src/store/event-store.js';
import type { StoreResolver } from '../../src/store/index.js';
import { doc, ev, exact } from '../store/fixtures.js';

export interface StoreContractOptions {
  readonly name: string;
  /** A fresh, empty, migrated store; with a resolver, that one instead of the default. */
  readonly open: (resolver?: StoreResolver) => Promise<EventStore>;
}

const T1 = "Le 19 septembre, l'armée a lancé une frappe aérienne sur Stepanakert : 12 morts selon les autorités.";
const T2 = "Stepanakert a été bombardée le 19 septembre ; l'ONU parle de 20 morts dans la ville.";
const T3 = 'Protesters gathered in Yerevan on 21 September to demand the resignation of the prime minister.';
const T4 = 'Une attaque a visé Bamako le 2 mars 2023, faisant 3 blessés.';

const stepanakert = { place: 'Stepanakert', lat: 39.815, lon: 46.752, day: '2023-09-19', actors: [{ name: 'Forces armées azerbaïdjanaises', id: 'AZE-MIL', country: 'AZE' }] };

async function seed(store: EventStore): Promise<void> {
  await store.saveDocument(doc('d1', T1, { source: 'Le Monde', title: 'Frappe sur Stepanakert' }), [
    ev(T1, { ...stepanakert, evidence: "l'armée a lancé une frappe aérienne sur Stepanakert", killed: exact(12), claimant: 'les autorités', context: ['war'] }),
  ]);
  await store.saveDocument(doc('d2', T2, { source: 'RFI', date: '2023-09-20' }), [
    ev(T2, { ...stepanakert, evidence: 'Stepanakert a été bombardée', killed: exact(20), claimant: "l'ONU", context: ['war'] }),
  ]);
  await store.saveDocument(doc('d3', T3, { source: 'Reuters', lang: 'en', date: '2023-09-21' }), [
    ev(T3, { type: 'PROTEST', evidence: 'Protesters gathered in Yerevan', day: '2023-09-21', country: 'ARM', place: 'Yerevan', lat: 40.18, lon: 44.51, context: ['politics'] }),
  ]);
  await store.saveDocument(doc('d4', T4, { source: 'Jeune Afrique', date: '2023-03-03' }), [
    ev(T4, { evidence: 'Une attaque a visé Bamako', day: '2023-03-02', country: 'MLI', place: 'Bamako', lat: 12.65, lon: -8.0, injured: exact(3), modality: 'alleged' }),
  ]);
}

export function runStoreContract(opts: StoreContractOptions): void {
  // STORES=sqlite,postgres narrows the run (as Kysely's DIALECTS does).
  const only = process.env.STORES?.split(',').map((s) => s.trim()).filter(Boolean);
  const suite = only?.length && !only.includes(opts.name) ? describe.skip : describe;
  suite(`EventStore contract: ${opts.name}`, () => {
    let store: EventStore | null = null;
    const open = async (resolver?: StoreResolver): Promise<EventStore> => (store = await opts.open(resolver));
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    it('migrates to a schema version, and migrating again changes nothing', async () => {
      const s = await open();
      const v = await s.migrate();
      expect(v).toBeGreaterThanOrEqual(1);
      expect(await s.migrate()).toBe(v);
      expect(await s.counts()).toEqual({ documents: 0, events: 0, mentions: 0, quarantined: 0 });
    });

    it('stores a document exactly as given, so evidence offsets stay valid', async () => {
      const s = await open();
      const text = 'Émeutes à Kidal — « 3 morts » 🚩 le 2 mars.\nSecond paragraphe.';
      const r = await s.saveDocument(doc('u1', text, { title: 'Kidal', url: 'https://example.org/a', date: '2023-03', datePrecision: 'month' }), []);
      expect(r).toEqual({ status: 'stored', id: 'u1', eventIds: [] });
      const got = await s.getDocument('u1');
      expect(got).toMatchObject({ id: 'u1', text, date: '2023-03', datePrecision: 'month', title: 'Kidal', url: 'https://example.org/a', lang: 'fr' });
      expect(typeof got?.ingestedAt).toBe('string');
      expect(await s.getDocument('nope')).toBeNull();
      expect(await s.findByContentHash(got!.contentHash)).toBe('u1');
    });

    it('re-saving the same document (by id or by content) is a no-op', async () => {
      const s = await open();
      await seed(s);
      const before = await s.counts();
      const again = await s.saveDocument(doc('d1', T1), [ev(T1, { ...stepanakert, evidence: 'frappe aérienne' })]);
      expect(again.status).toBe('duplicate');
      expect(again.id).toBe('d1');
      expect(again.eventIds).toHaveLength(1);
      const copy = await s.saveDocument(doc('d1-copy', T1), []);
      expect(copy).toMatchObject({ status: 'duplicate', id: 'd1' });
      expect(await s.counts()).toEqual(before);
    });

    it('merges two reports of one event and keeps both claims side by side', async () => {
      const s = await open();
      await seed(s);
      expect(await s.counts()).toMatchObject({ documents: 4, events: 3, mentions: 4 });
      const [m1] = await s.mentionsForDocument('d1');
      const [m2] = await s.mentionsForDocument('d2');
      expect(m1!.id).not.toBe(m2!.id);
      expect(m1!.eventId).toBe(m2!.eventId);
      const e = await s.getEvent(m1!.eventId);
      expect(e).not.toBeNull();
      expect(e!.mentionCount).toBe(2);
      expect(e!.sourceCount).toBe(2);
      expect(e!.documentIds).toEqual(['d1', 'd2']);
      expect(e!.mentions.map((m) => m.documentId)).toEqual(['d1', 'd2']);
      expect(e!.claims.map((c) => [c.value, c.claimant, c.outlet]).sort()).toEqual([[12, 'les autorités', 'Le Monde'], [20, "l'ONU", 'RFI']]);
      expect(e!.figures.killed).toMatchObject({ low: 12, high: 20, contested: true, claims: 2 });
      expect([12, 20]).toContain(e!.figures.killed!.best);
      const changes = await s.listChanges({});
      expect(changes.map((c) => c.kind)).toEqual(['create', 'merge', 'create', 'create']);
      expect(changes[1]).toMatchObject({ eventId: m1!.eventId, mentionId: m2!.id });
      expect(changes.every((c, i) => i === 0 || c.seq > changes[i - 1]!.seq)).toBe(true);
      expect(await s.listChanges({ after: changes[1]!.seq })).toHaveLength(2);
    });

    it('gives the same ids to the same corpus', async () => {
      const a = await open();
      await seed(a);
      const idsA = (await a.listEvents({ sort: 'date' })).items.map((e) => e.id);
      await a.close();
      const b = await open();
      await seed(b);
      const idsB = (await b.listEvents({ sort: 'date' })).items.map((e) => e.id);
      expect(idsB).toEqual(idsA);
      expect(idsA).toHaveLength(3);
    });

    it('filters events by every EventQuery field', async () => {
      const s = await open();
      await seed(s);
      const ids = async (q: Parameters<EventStore['listEvents']>[0]): Promise<string[]> =>
        (await s.listEvents({ sort: 'date', ...q })).items.map((e) => e.documentIds.join('+'));
      expect(await ids({})).toEqual(['d4', 'd1+d2', 'd3']);
      expect(await ids({ type: 'PROTEST' })).toEqual(['d3']);
      expect(await ids({ context: 'war' })).toEqual(['d1+d2']);
      expect(await ids({ country: 'MLI' })).toEqual(['d4']);
      expect(await ids({ actor: 'AZE-MIL' })).toEqual(['d1+d2']);
      expect(await ids({ actor: 'forces armees' })).toEqual(['d1+d2']);
      expect(await ids({ place: 'bamako' })).toEqual(['d4']);
      expect(await ids({ bbox: [44, 39, 47, 41] })).toEqual(['d1+d2', 'd3']);
      expect(await ids({ bbox: [-10, 10, 0, 15] })).toEqual(['d4']);
      expect(await ids({ since: '2023-09-20' })).toEqual(['d3']);
      expect(await ids({ until: '2023-09-19' })).toEqual(['d4', 'd1+d2']);
      expect(await ids({ since: '2023-09-19', until: '2023-09-19' })).toEqual(['d1+d2']);
      expect(await ids({ modality: 'alleged' })).toEqual(['d4']);
      expect(await ids({ minSources: 2 })).toEqual(['d1+d2']);
      expect(await ids({ documentId: 'd2' })).toEqual(['d1+d2']);
      expect(await ids({ type: 'ASSAULT', country: 'AZE', minSources: 3 })).toEqual([]);
      // Values are bound parameters, never SQL; LIKE wildcards in a substring filter are literal.
      expect(await ids({ type: "ASSAULT' OR '1'='1" })).toEqual([]);
      expect(await ids({ place: '%' })).toEqual([]);
      expect(await ids({ actor: '_' })).toEqual([]);
    });

    it('searches evidence and document text, ignoring accents and case', async () => {
      const s = await open();
      await seed(s);
      const ids = async (text: string): Promise<string[]> => (await s.listEvents({ text, sort: 'date' })).items.map((e) => e.documentIds.join('+'));
      expect(await ids('frappe aerienne')).toEqual(['d1+d2']);   // evidence, accents folded
      expect(await ids('ONU')).toEqual(['d1+d2']);              // document text only
      expect(await ids('yerevan')).toEqual(['d3']);
      expect(await ids('resignation prime minister')).toEqual(['d3']);
      expect(await ids('Kinshasa')).toEqual([]);
      // Query syntax of either engine is never interpreted: quotes, operators and SQL pass as words.
      expect(await ids(`"'; DROP TABLE events; -- OR *`)).toEqual([]);
      expect((await s.counts()).events).toBe(3);
    });

    it('sorts and pages with a stable cursor', async () => {
      const s = await open();
      for (let i = 0; i < 7; i++) {
        const text = `Attaque numéro ${i} à Gao le ${10 + i} mai 2023.`;
        await s.saveDocument(doc(`p${i}`, text, { date: '2023-05-20' }), [
          ev(text, { evidence: `Attaque numéro ${i}`, day: `2023-05-${10 + i}`, country: 'MLI', place: `Lieu${i}` }),
        ]);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<EventStore['listEvents']>> = await s.listEvents({ sort: '-date', limit: 3, cursor });
        expect(page.total).toBe(7);
        seen.push(...page.items.map((e) => e.event.date!.start));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(['2023-05-16', '2023-05-15', '2023-05-14', '2023-05-13', '2023-05-12', '2023-05-11', '2023-05-10']);
      const asc = await s.listEvents({ sort: 'date', limit: 2 });
      expect(asc.items.map((e) => e.event.date!.start)).toEqual(['2023-05-10', '2023-05-11']);
      expect((await s.listEvents({ limit: 100000 })).items).toHaveLength(7);
      expect((await s.listEvents({ limit: 0 })).items).toHaveLength(1);
      await expect(s.listEvents({ cursor: 'not-a-cursor' })).rejects.toThrow(/cursor/);
      await expect(s.listEvents({ since: '20 mai' })).rejects.toThrow(/since/);
    });

    it('sorts by number of sources', async () => {
      const s = await open();
      await seed(s);
      const bySources = await s.listEvents({ sort: '-sources', limit: 1 });
      expect(bySources.items[0]!.documentIds).toEqual(['d1', 'd2']);
      expect(bySources.nextCursor).not.toBeNull();
      const rest = await s.listEvents({ sort: '-sources', limit: 10, cursor: bySources.nextCursor });
      expect(rest.items.map((e) => e.sourceCount)).toEqual([1, 1]);
    });

    it('aggregates counts and casualties per day and per ISO week', async () => {
      const s = await open();
      await seed(s);
      const days = await s.aggregate({}, { interval: 'day', group: null });
      expect(days.map((r) => [r.bucket, r.events])).toEqual([['2023-03-02', 1], ['2023-09-19', 1], ['2023-09-21', 1]]);
      const sep19 = days.find((r) => r.bucket === '2023-09-19')!;
      expect([sep19.killedLow, sep19.killedHigh]).toEqual([12, 20]);
      expect(days.find((r) => r.bucket === '2023-03-02')!.injuredBest).toBe(3);
      const weeks = await s.aggregate({}, { interval: 'week', group: 'type' });
      // 2023-09-19 (Tue) and 2023-09-21 (Thu) fall in the week of Monday 2023-09-18; 2023-03-02 (Thu) in that of 2023-02-27.
      expect(weeks.map((r) => [r.bucket, r.group, r.events])).toEqual([
        ['2023-02-27', 'ASSAULT', 1], ['2023-09-18', 'ASSAULT', 1], ['2023-09-18', 'PROTEST', 1],
      ]);
      const byCountry = await s.aggregate({ type: 'ASSAULT' }, { interval: 'week', group: 'country' });
      expect(byCountry.map((r) => [r.group, r.events])).toEqual([['MLI', 1], ['AZE', 1]]);
    });

    it('unmerges a mention into an event of its own, logged in the changelog', async () => {
      const s = await open();
      await seed(s);
      const [m2] = await s.mentionsForDocument('d2');
      const from = m2!.eventId;
      const to = await s.unmergeMention(m2!.id, 'different strike, checked by analyst');
      expect(to).not.toBe(from);
      const [moved] = await s.mentionsForDocument('d2');
      expect(moved!.eventId).toBe(to);
      const old = await s.getEvent(from);
      expect(old!.mentionCount).toBe(1);
      expect(old!.figures.killed).toMatchObject({ low: 12, best: 12, high: 12, contested: false });
      const fresh = await s.getEvent(to);
      expect(fresh!.documentIds).toEqual(['d2']);
      expect(fresh!.claims.map((c) => c.value)).toEqual([20]);
      const last = (await s.listChanges({})).at(-1)!;
      expect(last).toMatchObject({ kind: 'unmerge', eventId: to, otherEventId: from, mentionId: m2!.id, reason: 'different strike, checked by analyst' });
      expect((await s.counts()).events).toBe(4);
      await expect(s.unmergeMention('missing#0', 'x')).rejects.toThrow(/missing#0/);
      await expect(s.unmergeMention(m2!.id, 'again')).rejects.toThrow(/only mention/);
    });

    it('stores a document with all its events or not at all', async () => {
      const failing: StoreResolver = { ...createEventResolver(), claims: () => { throw new Error('resolver exploded'); } };
      const s = await open(failing);
      await expect(s.saveDocument(doc('d1', T1), [ev(T1, { ...stepanakert, evidence: 'frappe aérienne', killed: exact(12) })])).rejects.toThrow('resolver exploded');
      expect(await s.counts()).toEqual({ documents: 0, events: 0, mentions: 0, quarantined: 0 });
      expect(await s.listChanges({})).toEqual([]);
      expect(await s.getDocument('d1')).toBeNull();
      // The store is still usable afterwards.
      expect((await s.saveDocument(doc('d3', T3), [])).status).toBe('stored');
    });

    it('serialises concurrent saves through one store', async () => {
      const s = await open();
      const texts = Array.from({ length: 12 }, (_, i) => `Attaque ${i} sur Stepanakert le 19 septembre.`);
      const results = await Promise.all(texts.map((t, i) =>
        s.saveDocument(doc(`k${i}`, t, { source: `o${i}` }), [ev(t, { ...stepanakert, evidence: `Attaque ${i} sur Stepanakert` })])));
      expect(results.every((r) => r.status === 'stored')).toBe(true);
      expect(await s.counts()).toMatchObject({ documents: 12, mentions: 12, events: 1 });
      const [e] = (await s.listEvents({})).items;
      expect(e!.sourceCount).toBe(12);
    });

    it('keeps quarantined inputs with their reason, counting repeated attempts', async () => {
      const s = await open();
      const id = await s.addQuarantine({ origin: 'feeds/a.jsonl:12', reason: 'field date: expected YYYY-MM-DD', payload: '{"id":"x"}' });
      const again = await s.addQuarantine({ origin: 'feeds/a.jsonl:12', reason: 'field date: still wrong', payload: '{"id":"x"}' });
      expect(again).toBe(id);
      const other = await s.addQuarantine({ origin: 'https://example.org/feed', reason: 'HTTP 500', payload: null });
      const list = await s.listQuarantine();
      expect(list.map((q) => q.id).sort()).toEqual([id, other].sort());
      expect(await s.getQuarantine(id)).toMatchObject({ origin: 'feeds/a.jsonl:12', reason: 'field date: still wrong', attempts: 2, payload: '{"id":"x"}' });
      expect((await s.counts()).quarantined).toBe(2);
      await s.removeQuarantine(id);
      expect(await s.getQuarantine(id)).toBeNull();
      expect((await s.counts()).quarantined).toBe(1);
    });

    it('saves a batch like the same documents saved one by one, and saving it again is a no-op', async () => {
      const items = Array.from({ length: 10 }, (_, i) => {
        const t = `Frappe ${i % 3} sur Stepanakert le 19 septembre, rapport ${i}.`;
        return { doc: doc(`b${i}`, t, { source: `outlet${i % 4}` }), events: [ev(t, { ...stepanakert, evidence: `Frappe ${i % 3} sur Stepanakert`, killed: exact(i + 1) })] };
      });
      // a copy of b0 under another id, inside the same batch
      const batch = [...items, { doc: doc('b0-copy', items[0]!.doc.text), events: items[0]!.events }];
      const serial = await opts.open();
      const expected = [];
      for (const it of batch) expected.push(await serial.saveDocument(it.doc, it.events));
      const serialEvents = (await serial.listEvents({ limit: 100 })).items.map((e) => [e.id, e.documentIds.join('+'), e.figures.killed?.best]);
      const serialChanges = (await serial.listChanges({})).map((c) => [c.kind, c.eventId, c.mentionId]);
      await serial.close();

      const s = await open();
      const results = await s.saveDocuments(batch);
      expect(results).toEqual(expected);
      expect(results[10]).toMatchObject({ status: 'duplicate', id: 'b0' });
      expect((await s.listEvents({ limit: 100 })).items.map((e) => [e.id, e.documentIds.join('+'), e.figures.killed?.best])).toEqual(serialEvents);
      expect((await s.listChanges({})).map((c) => [c.kind, c.eventId, c.mentionId])).toEqual(serialChanges);
      const before = await s.counts();
      expect(before).toMatchObject({ documents: 10, mentions: 10 });
      const again = await s.saveDocuments(batch);
      expect(again.map((r) => r.status)).toEqual(batch.map(() => 'duplicate'));
      expect(again.map((r) => r.eventIds)).toEqual(expected.map((r) => r.eventIds));
      expect(await s.counts()).toEqual(before);
      expect(await s.saveDocuments([])).toEqual([]);
    });

    it('stores a batch chunk by chunk: a failing document leaves no part of its chunk, earlier chunks stay', async () => {
      const base = createEventResolver();
      const failing: StoreResolver = {
        ...base,
        claims: (m, eventId) => {
          if (m.documentId === 'x70') throw new Error('resolver exploded on x70');
          return base.claims(m, eventId);
        },
      };
      const s = await open(failing);
      const batch = Array.from({ length: SAVE_CHUNK_SIZE + 16 }, (_, i) => {
        const t = `Attaque ${i} sur Stepanakert le 19 septembre.`;
        return { doc: doc(`x${i}`, t, { source: `o${i}` }), events: [ev(t, { ...stepanakert, evidence: `Attaque ${i} sur Stepanakert`, killed: exact(1) })] };
      });
      await expect(s.saveDocuments(batch)).rejects.toThrow('resolver exploded on x70');
      // the first chunk was committed whole; nothing of the second one (x64…x79) is there
      expect(await s.counts()).toMatchObject({ documents: SAVE_CHUNK_SIZE, mentions: SAVE_CHUNK_SIZE });
      expect(await s.getDocument(`x${SAVE_CHUNK_SIZE - 1}`)).not.toBeNull();
      expect(await s.getDocument(`x${SAVE_CHUNK_SIZE}`)).toBeNull();
      expect(await s.mentionsForDocument('x69')).toEqual([]);
      expect((await s.listChanges({ limit: 1000 })).filter((c) => c.mentionId?.startsWith(`x${SAVE_CHUNK_SIZE}`))).toEqual([]);
      // a re-run of the whole batch without the bad document completes it, without duplicates
      const rerun = await s.saveDocuments(batch.filter((b) => b.doc.id !== 'x70'));
      expect(rerun.filter((r) => r.status === 'stored')).toHaveLength(15);
      expect(await s.counts()).toMatchObject({ documents: SAVE_CHUNK_SIZE + 15, mentions: SAVE_CHUNK_SIZE + 15, events: 1 });
    });

    it('records failed retries of a quarantined input: one more attempt, the latest reason', async () => {
      const s = await open();
      const id = await s.addQuarantine({ origin: 'feeds/b.jsonl:3', reason: 'field date: expected YYYY-MM-DD', payload: '{"id":"y"}' });
      const after = await s.recordQuarantineAttempt(id, 'field date: "2023-13-45" is not a date');
      expect(after).toMatchObject({ id, origin: 'feeds/b.jsonl:3', attempts: 2, reason: 'field date: "2023-13-45" is not a date', payload: '{"id":"y"}' });
      expect(await s.recordQuarantineAttempt(id, 'third time')).toMatchObject({ attempts: 3, reason: 'third time' });
      expect(await s.getQuarantine(id)).toMatchObject({ attempts: 3, reason: 'third time' });
      expect(await s.recordQuarantineAttempt('q_missing', 'x')).toBeNull();
      expect((await s.counts()).quarantined).toBe(1);
    });

    it('finds near-duplicate candidates by fingerprint band and pages documents', async () => {
      const s = await open();
      const fp = (fill: string, tail: string): string => `mh1:${fill.repeat(8 * 117)}${tail.repeat(24)}`;
      await s.saveDocument(doc('a', 'texte A', { fingerprint: fp('1', '2') }), []);
      await s.saveDocument(doc('b', 'texte B', { fingerprint: fp('1', '3') }), []);
      await s.saveDocument(doc('c', 'texte C', { fingerprint: fp('4', '5') }), []);
      await s.saveDocument(doc('d', 'texte D'), []);
      const hits = await s.findByFingerprintBands(['b00:' + '1'.repeat(24)]);
      expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
      expect(hits[0]!.fingerprint).toBe(fp('1', '2'));
      expect(await s.findByFingerprintBands(['b39:' + '5'.repeat(24)])).toEqual([{ id: 'c', fingerprint: fp('4', '5') }]);
      expect(await s.findByFingerprintBands([])).toEqual([]);
      const p1 = await s.listDocuments({ limit: 3 });
      expect(p1.items.map((d) => d.id)).toEqual(['a', 'b', 'c']);
      expect(p1.total).toBe(4);
      const p2 = await s.listDocuments({ limit: 3, cursor: p1.nextCursor });
      expect(p2.items.map((d) => d.id)).toEqual(['d']);
      expect(p2.nextCursor).toBeNull();
    });

    it('keeps an extracted event whole, field evidence included, and a claim takes the evidence holding its figure', async () => {
      const s = await open();
      const text = "Selon l'armée malienne, des hommes armés ont attaqué Gao le 3 mars 2023, faisant au moins 12 morts et 5 blessés.";
      const events = createExtractor().extract({ id: 'fe', text, date: '2023-03-04', lang: 'fr' }).events;
      const fields = events[0]?.fieldEvidence ?? [];
      expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['type', 'date', 'place', 'counts.killed', 'attribution']));
      await s.saveDocument(doc('fe', text, { date: '2023-03-04' }), events);
      const mentions = await s.mentionsForDocument('fe');
      expect(mentions.map((m) => m.event)).toEqual(events);
      const stored = await s.getEvent(mentions[0]!.eventId);
      expect(stored?.event.fieldEvidence).toEqual(fields);
      expect(evidenceErrors(EventSchema.parse(stored!.event), text)).toEqual([]);
      const killed = stored!.claims.find((c) => c.kind === 'killed');
      const span = fields.find((f) => f.field === 'counts.killed')!;
      expect(killed?.evidence && killed.evidence.start <= span.start && span.end <= killed.evidence.end).toBe(true);
    });
  });
}
