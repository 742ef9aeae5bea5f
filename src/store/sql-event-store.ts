// The EventStore over a SqlDb and a Dialect: one implementation, two engines.
import type { Event } from '../core/contract.js';
import { fingerprintBands } from '../ingest/fingerprint.js';
import type { MentionInput } from '../resolve/dedup/types.js';
import { assignMention, recomputeEvent, rekeyEvent, type ClusterContext, type PendingChange, type StoreResolver } from './cluster.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import type { Dialect } from './dialect.js';
import { SAVE_CHUNK_SIZE, type DocumentBatchItem, type EventDetail, type EventStore, type NewDocument, type SaveResult } from './event-store.js';
import { aggregate, documentIdsOf, listEvents } from './event-query.js';
import { mentionId as makeMentionId, quarantineId, unmergedEventId } from './ids.js';
import { migrate } from './migrate.js';
import { createRollupIndexCache } from './rollup-index.js';
import {
  DOCUMENT_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, toChange, toClaim, toDocument, toMention, toMentionInput, toQuarantine, toStoredEvent,
  type ChangeRow, type ClaimRow, type DocumentRow, type EventRow, type MentionRow, type QuarantineRow,
} from './rows.js';
import { inList, type SqlDb, type SqlExecutor } from './sql/sql-db.js';

export interface SqlStoreOptions {
  readonly resolver: StoreResolver;
  /** The clock (tests pin it). */
  readonly now?: () => Date;
}

async function logChanges(tx: SqlExecutor, dialect: Dialect, at: string, changes: readonly PendingChange[]): Promise<void> {
  if (!changes.length) return;
  await dialect.lockChangelog(tx);
  // In order: seq follows the order of the changes.
  await tx.insertRows(
    'INSERT INTO changelog (at, kind, event_id, mention_id, other_event_id, score, reason) VALUES',
    changes.map((c) => [at, c.kind, c.eventId, c.mentionId, c.otherEventId, c.score, c.reason]),
  );
}

/** A mention about to be stored, with its blocking keys (computed once: they are locked, then matched on). */
interface Keyed {
  readonly mention: MentionInput;
  readonly keys: readonly string[];
}

export function createSqlEventStore(db: SqlDb, dialect: Dialect, opts: SqlStoreOptions): EventStore {
  const now = (): string => (opts.now ? opts.now() : new Date()).toISOString();
  const resolver = opts.resolver;
  // Aggregates from an in-memory copy of event_rollup, while the database has not changed (rollup-index.ts).
  const changeStamp = db.changeStamp?.bind(db);
  const rollupIndex = dialect.rollup && changeStamp ? createRollupIndexCache(changeStamp) : null;

  async function existingDocument(tx: SqlExecutor, id: string, hash: string): Promise<string | null> {
    const row = await tx.get<{ id: string }>('SELECT id FROM documents WHERE id = ? OR content_hash = ? ORDER BY seq LIMIT 1', [id, hash]);
    return row?.id ?? null;
  }

  async function eventIdsOfDocument(tx: SqlExecutor, documentId: string): Promise<string[]> {
    const rows = await tx.all<{ event_id: string }>('SELECT event_id FROM mentions WHERE document_id = ? ORDER BY idx', [documentId]);
    return rows.map((r) => r.event_id); // one per event of the document, in order (as when it was stored)
  }

  /** Stores one document inside an open transaction whose locks are already held. */
  async function saveIn(tx: SqlExecutor, at: string, doc: NewDocument, inputs: readonly Keyed[], changes: PendingChange[]): Promise<SaveResult> {
    const existing = await existingDocument(tx, doc.id, doc.contentHash);
    if (existing) return { status: 'duplicate', id: existing, eventIds: await eventIdsOfDocument(tx, existing) };
    const inserted = await tx.get<{ seq: number }>(
      `INSERT INTO documents (id, text, date, date_precision, lang, title, source, url, origin, content_hash, fingerprint, near_duplicate_of, ingested_at${dialect.inlineSearch ? ', search' : ''})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${dialect.inlineSearch ? `, ${dialect.inlineSearch}` : ''}) ON CONFLICT DO NOTHING RETURNING seq`,
      [doc.id, doc.text, doc.date, doc.datePrecision, doc.lang, doc.title, doc.source, doc.url, doc.origin, doc.contentHash,
        doc.fingerprint, doc.nearDuplicateOf, at, ...(dialect.inlineSearch ? [`${doc.title ?? ''}\n${doc.text}`] : [])],
    );
    if (!inserted) {
      // Another writer stored it between our check and our insert (PostgreSQL, concurrent workers).
      const id = (await existingDocument(tx, doc.id, doc.contentHash)) ?? doc.id;
      return { status: 'duplicate', id, eventIds: await eventIdsOfDocument(tx, id) };
    }
    await dialect.indexDocument(tx, Number(inserted.seq), doc.title, doc.text);
    const bands = [...new Set(doc.fingerprint ? fingerprintBands(doc.fingerprint) : [])];
    await tx.insertRows('INSERT INTO document_bands (band, document_id) VALUES', bands.map((b) => [b, doc.id]), 'ON CONFLICT DO NOTHING');
    const ctx: ClusterContext = { tx, dialect, resolver, now: at };
    const eventIds: string[] = [];
    for (const [i, { mention, keys }] of inputs.entries()) {
      const change = await assignMention(ctx, mention, i, keys);
      changes.push(change);
      eventIds.push(change.eventId);
    }
    return { status: 'stored', id: doc.id, eventIds };
  }

  /** One transaction for up to SAVE_CHUNK_SIZE documents: all are stored, or none. */
  async function saveChunk(chunk: readonly DocumentBatchItem[]): Promise<SaveResult[]> {
    if (!chunk.length) return [];
    return db.transaction(async (tx) => {
      const at = now();
      const prepared = chunk.map(({ doc, events }) => ({
        doc,
        inputs: events.map((event, i): Keyed => {
          const mention: MentionInput = { mentionId: makeMentionId(doc.id, i), documentId: doc.id, event, publishedAt: doc.date, outlet: doc.source };
          return { mention, keys: resolver.blockingKeys(mention) };
        }),
      }));
      // Every lock the chunk needs, up front and in one sorted call (no cycles between writers): the blocking keys
      // its mentions touch, and its documents' ids and hashes (so two writers never wait on each other's inserts).
      await dialect.lockKeys(tx, prepared.flatMap(({ doc, inputs }) => [
        `doc:${doc.id}`, `hash:${doc.contentHash}`, ...inputs.flatMap((m) => m.keys),
      ]));
      const changes: PendingChange[] = [];
      const results: SaveResult[] = [];
      for (const p of prepared) results.push(await saveIn(tx, at, p.doc, p.inputs, changes));
      await logChanges(tx, dialect, at, changes);
      return results;
    });
  }

  return {
    kind: dialect.kind,
    migrate: () => migrate(db, dialect),
    close: () => db.close(),

    async saveDocument(doc: NewDocument, events: readonly Event[]): Promise<SaveResult> {
      const [result] = await saveChunk([{ doc, events }]);
      if (!result) throw new Error(`saving document "${doc.id}" returned no result`);
      return result;
    },

    async saveDocuments(batch: readonly DocumentBatchItem[]): Promise<SaveResult[]> {
      const results: SaveResult[] = [];
      for (let i = 0; i < batch.length; i += SAVE_CHUNK_SIZE) results.push(...(await saveChunk(batch.slice(i, i + SAVE_CHUNK_SIZE))));
      return results;
    },

    async findByContentHash(hash) {
      const row = await db.get<{ id: string }>('SELECT id FROM documents WHERE content_hash = ?', [hash]);
      return row?.id ?? null;
    },

    async getDocument(id) {
      const row = await db.get<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`, [id]);
      return row ? toDocument(row) : null;
    },

    async listDocuments(q) {
      const limit = pageSize(q.limit);
      const after = q.cursor ? decodeCursor(q.cursor)[1] : null;
      const rows = await db.all<DocumentRow>(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents ${after !== null ? 'WHERE id > ?' : ''} ORDER BY id LIMIT ?`,
        after !== null ? [after, limit + 1] : [limit + 1],
      );
      const total = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM documents');
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map(toDocument),
        nextCursor: rows.length > limit && last ? encodeCursor(['id', last.id]) : null,
        total: Number(total?.n ?? 0),
      };
    },

    async findByFingerprintBands(bands) {
      if (!bands.length) return [];
      const rows = await db.all<{ id: string; fingerprint: string }>(
        `SELECT DISTINCT d.id, d.fingerprint FROM document_bands b JOIN documents d ON d.id = b.document_id
         WHERE b.band IN ${inList(bands.length)} AND d.fingerprint IS NOT NULL ORDER BY d.id`,
        [...bands],
      );
      return rows;
    },

    listEvents: (q) => listEvents(db, dialect, q),
    aggregate: (q, by) => aggregate(db, dialect, q, by, rollupIndex),

    async getEvent(id): Promise<EventDetail | null> {
      const row = await db.get<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`, [id]);
      if (!row) return null;
      const mentions = await db.all<MentionRow>(`SELECT ${MENTION_COLUMNS} FROM mentions WHERE event_id = ? ORDER BY document_id, idx`, [id]);
      const claims = await db.all<ClaimRow>('SELECT * FROM claims WHERE event_id = ? ORDER BY mention_id, kind, id', [id]);
      const docs = await documentIdsOf(db, [id]);
      return { ...toStoredEvent(row, docs.get(id) ?? []), mentions: mentions.map(toMention), claims: claims.map(toClaim) };
    },

    async mentionsForDocument(documentId) {
      const rows = await db.all<MentionRow>(`SELECT ${MENTION_COLUMNS} FROM mentions WHERE document_id = ? ORDER BY idx`, [documentId]);
      return rows.map(toMention);
    },

    async unmergeMention(mentionId, reason) {
      return db.transaction(async (tx) => {
        const row = await tx.get<MentionRow>(`SELECT ${MENTION_COLUMNS} FROM mentions WHERE id = ?`, [mentionId]);
        if (!row) throw new Error(`unknown mention "${mentionId}"`);
        const from = row.event_id;
        const others = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM mentions WHERE event_id = ? AND id <> ?', [from, mentionId]);
        if (Number(others?.n ?? 0) === 0) throw new Error(`mention "${mentionId}" is the only mention of event ${from}; nothing to unmerge`);
        const m = toMentionInput(row);
        const keys = resolver.blockingKeys(m);
        const oldKeys = await tx.all<{ key: string }>('SELECT key FROM event_keys WHERE event_id = ?', [from]);
        await dialect.lockKeys(tx, [...keys, ...oldKeys.map((k) => k.key)]);
        const at = now();
        const ctx: ClusterContext = { tx, dialect, resolver, now: at };
        const to = unmergedEventId(mentionId, from);
        // Create the new event from the mention alone, move the mention, then rebuild both events.
        await tx.run(
          `INSERT INTO events (id, event_json, type, modality, mention_count, source_count, figures_json, created_at, updated_at)
           VALUES (?, ?, ?, ?, 1, 1, '{}', ?, ?)`,
          [to, row.event_json, m.event.type, m.event.modality, at, at],
        );
        await tx.run('UPDATE mentions SET event_id = ? WHERE id = ?', [to, mentionId]);
        await rekeyEvent(ctx, from);
        await rekeyEvent(ctx, to);
        await recomputeEvent(ctx, from);
        await recomputeEvent(ctx, to);
        await logChanges(tx, dialect, at, [{ kind: 'unmerge', eventId: to, mentionId, otherEventId: from, score: null, reason }]);
        return to;
      });
    },

    async listChanges(q) {
      const limit = Math.max(1, Math.min(1000, Math.floor(q.limit ?? 100)));
      const rows = await db.all<ChangeRow>('SELECT * FROM changelog WHERE seq > ? ORDER BY seq LIMIT ?', [q.after ?? 0, limit]);
      return rows.map(toChange);
    },

    async addQuarantine(entry) {
      const id = quarantineId(entry.origin, entry.payload);
      await db.run(
        `INSERT INTO quarantine (id, origin, reason, payload, attempts, created_at) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (id) DO UPDATE SET attempts = quarantine.attempts + 1, reason = excluded.reason`,
        [id, entry.origin, entry.reason, entry.payload, now()],
      );
      return id;
    },

    async listQuarantine() {
      return (await db.all<QuarantineRow>('SELECT * FROM quarantine ORDER BY created_at, id')).map(toQuarantine);
    },

    async getQuarantine(id) {
      const row = await db.get<QuarantineRow>('SELECT * FROM quarantine WHERE id = ?', [id]);
      return row ? toQuarantine(row) : null;
    },

    async removeQuarantine(id) {
      await db.run('DELETE FROM quarantine WHERE id = ?', [id]);
    },

    async recordQuarantineAttempt(id, reason) {
      const row = await db.get<QuarantineRow>('UPDATE quarantine SET attempts = attempts + 1, reason = ? WHERE id = ? RETURNING *', [reason, id]);
      return row ? toQuarantine(row) : null;
    },

    async counts() {
      const r = await db.get<{ d: number; e: number; m: number; q: number }>(
        `SELECT (SELECT COUNT(*) FROM documents) AS d, (SELECT COUNT(*) FROM events) AS e,
                (SELECT COUNT(*) FROM mentions) AS m, (SELECT COUNT(*) FROM quarantine) AS q`,
      );
      return { documents: Number(r?.d ?? 0), events: Number(r?.e ?? 0), mentions: Number(r?.m ?? 0), quarantined: Number(r?.q ?? 0) };
    },
  };
}
