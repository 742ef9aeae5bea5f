// Event resolution inside a store transaction: a new mention joins the cluster the resolver picks among
// those sharing a blocking key, or starts a new one; the cluster's representative, claims and figures are
// then recomputed from all its mentions (ordered by document and index, so the result is deterministic).
import type { CountKind, Event } from '../core/contract.js';
import type { ClusterView, EventResolver, MentionInput } from '../resolve/dedup/types.js';
import type { Dialect } from './dialect.js';
import type { ChangeEntry, Claim, Figure } from './event-store.js';
import { deriveFigures } from '../resolve/dedup/figures.js';
import { newEventId } from './ids.js';
import { fold, MENTION_COLUMNS, toMentionInput, type MentionRow } from './rows.js';
import { inList, type SqlExecutor } from './sql/sql-db.js';

/** A resolver, optionally with its own rule for figures (otherwise the DEDUP team's deriveFigures). */
export interface StoreResolver extends EventResolver {
  figures?(claims: readonly Claim[]): Partial<Record<CountKind, Figure>>;
}

/** A changelog line before the store numbers and dates it. */
export type PendingChange = Omit<ChangeEntry, 'seq' | 'at'>;

export interface ClusterContext {
  readonly tx: SqlExecutor;
  readonly dialect: Dialect;
  readonly resolver: StoreResolver;
  readonly now: string;
}

async function mentionsOf(tx: SqlExecutor, eventId: string): Promise<MentionRow[]> {
  return tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} FROM mentions WHERE event_id = ? ORDER BY document_id, idx`, [eventId]);
}

async function candidates(ctx: ClusterContext, keys: readonly string[]): Promise<ClusterView[]> {
  const { tx } = ctx;
  if (!keys.length) return [];
  // Two round trips whatever the number of candidates: their events, then all their mentions.
  const events = await tx.all<{ id: string; event_json: string }>(
    `SELECT id, event_json FROM events WHERE id IN (SELECT event_id FROM event_keys WHERE key IN ${inList(keys.length)}) ORDER BY id`,
    [...keys],
  );
  if (!events.length) return [];
  const rows = await tx.all<MentionRow>(
    `SELECT ${MENTION_COLUMNS} FROM mentions WHERE event_id IN ${inList(events.length)} ORDER BY event_id, document_id, idx`,
    events.map((e) => e.id),
  );
  const byEvent = new Map<string, MentionInput[]>();
  for (const r of rows) {
    const m: MentionInput = { mentionId: r.id, documentId: r.document_id, event: JSON.parse(r.event_json) as Event, publishedAt: r.published_at, outlet: r.outlet };
    const list = byEvent.get(r.event_id);
    if (list) list.push(m);
    else byEvent.set(r.event_id, [m]);
  }
  return events.map((e) => ({ id: e.id, event: JSON.parse(e.event_json) as Event, mentions: byEvent.get(e.id) ?? [] }));
}

async function addKeys(tx: SqlExecutor, eventId: string, keys: readonly string[]): Promise<void> {
  const unique = [...new Set(keys)];
  await tx.insertRows('INSERT INTO event_keys (key, event_id) VALUES', unique.map((k) => [k, eventId]), 'ON CONFLICT DO NOTHING');
}

/**
 * Places the mention (already resolved to its document) into a cluster; returns the event id and the change to log.
 * `keys` are the mention's blocking keys (resolver.blockingKeys(m), computed once by the caller).
 */
export async function assignMention(ctx: ClusterContext, m: MentionInput, idx: number, keys: readonly string[]): Promise<PendingChange> {
  const { tx, resolver } = ctx;
  const cands = await candidates(ctx, keys);
  const decision = resolver.match(m, cands);
  const insertMention = (eventId: string): Promise<number> => tx.run(`INSERT INTO mentions (${MENTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
    m.mentionId, m.documentId, idx, eventId, JSON.stringify(m.event), m.publishedAt, m.outlet,
  ]);
  if (!decision) {
    // A new event of this one mention: its row is written whole first (the mention points at it), nothing to replace.
    const eventId = newEventId(m.mentionId);
    await writeEvent(ctx, eventId, [m], true);
    await insertMention(eventId);
    await addKeys(tx, eventId, keys);
    return { kind: 'create', eventId, mentionId: m.mentionId, otherEventId: null, score: null, reason: 'no matching event' };
  }
  if (!cands.some((c) => c.id === decision.eventId)) {
    throw new Error(`resolver matched mention ${m.mentionId} to ${decision.eventId}, which was not among its candidates`);
  }
  await insertMention(decision.eventId);
  await addKeys(tx, decision.eventId, keys);
  await recomputeEvent(ctx, decision.eventId);
  return { kind: 'merge', eventId: decision.eventId, mentionId: m.mentionId, otherEventId: null, score: decision.score, reason: decision.reason };
}

/** Rebuilds an event from its mentions; deletes it when none is left. */
export async function recomputeEvent(ctx: ClusterContext, eventId: string): Promise<void> {
  const { tx, dialect } = ctx;
  const inputs = (await mentionsOf(tx, eventId)).map(toMentionInput);
  if (!inputs.length) {
    await dialect.unindexEvent(tx, eventId);
    await tx.run('DELETE FROM events WHERE id = ?', [eventId]);
    return;
  }
  await writeEvent(ctx, eventId, inputs, false);
}

/** Writes an event's row, claims, context and search text from its mentions (`fresh`: the event has none yet). */
async function writeEvent(ctx: ClusterContext, eventId: string, inputs: readonly MentionInput[], fresh: boolean): Promise<void> {
  const { tx, resolver } = ctx;
  const claims = inputs.flatMap((m) => resolver.claims(m, eventId));
  const rep = await writeEventRow(ctx, eventId, inputs, claims);
  if (!fresh) await tx.run('DELETE FROM claims WHERE event_id = ?', [eventId]);
  await tx.insertRows(
    'INSERT INTO claims (id, event_id, mention_id, document_id, kind, value, low, high, qualifier, claimant, outlet, published_at, evidence_json) VALUES',
    claims.map((c) => [c.id, eventId, c.mentionId, c.documentId, c.kind, c.value, c.low, c.high, c.qualifier, c.claimant, c.outlet,
      c.publishedAt, c.evidence ? JSON.stringify(c.evidence) : null]),
  );
  if (!fresh) await tx.run('DELETE FROM event_context WHERE event_id = ?', [eventId]);
  await tx.insertRows('INSERT INTO event_context (event_id, context) VALUES', [...new Set(rep.context)].map((c) => [eventId, c]));
  await ctx.dialect.indexEvent(tx, eventId, searchBody(inputs), [...new Set(inputs.map((m) => m.documentId))], fresh);
}

function searchBody(inputs: readonly MentionInput[]): string {
  return [...new Set(inputs.flatMap((m) => m.event.evidence.map((e) => e.text)))].join('\n');
}

/** Replaces the keys of an event by those of its current mentions (after an unmerge). */
export async function rekeyEvent(ctx: ClusterContext, eventId: string): Promise<void> {
  const inputs = (await mentionsOf(ctx.tx, eventId)).map(toMentionInput);
  await ctx.tx.run('DELETE FROM event_keys WHERE event_id = ?', [eventId]);
  if (inputs.length) await addKeys(ctx.tx, eventId, inputs.flatMap((m) => ctx.resolver.blockingKeys(m)));
}

async function writeEventRow(ctx: ClusterContext, eventId: string, inputs: readonly MentionInput[], claims: readonly Claim[]): Promise<Event> {
  const { tx, resolver, dialect, now } = ctx;
  const rep = resolver.represent(inputs);
  const figures = resolver.figures ? resolver.figures(claims) : deriveFigures(claims);
  const sources = new Set(inputs.map((m) => (m.outlet ? `o:${m.outlet}` : `d:${m.documentId}`)));
  const places = inputs.flatMap((m) => [m.event.place, ...(m.event.places ?? [])]).filter((p) => p !== null && p !== undefined);
  const actors = inputs.flatMap((m) => m.event.actors);
  const placeText = [...new Set(places.flatMap((p) => [p.name, p.admin1 ?? '', p.admin2 ?? '']).filter(Boolean).map(fold))].join('\n');
  const actorText = [...new Set(actors.flatMap((a) => [a.id ?? '', a.name]).filter(Boolean).map(fold))].join('\n');
  const body = searchBody(inputs);
  const start = rep.date?.start ?? null;
  const end = rep.date ? (rep.date.end ?? rep.date.start) : null;
  await tx.run(
    `INSERT INTO events (id, event_json, type, modality, country, place_text, actor_text, date_start, date_end, sort_date, lat, lon,
       mention_count, source_count, figures_json, killed_low, killed_best, killed_high, injured_best, search_text, created_at, updated_at${dialect.inlineSearch ? ', search' : ''})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${dialect.inlineSearch ? `, ${dialect.inlineSearch}` : ''})
     ON CONFLICT (id) DO UPDATE SET event_json = excluded.event_json, type = excluded.type, modality = excluded.modality,
       country = excluded.country, place_text = excluded.place_text, actor_text = excluded.actor_text,
       date_start = excluded.date_start, date_end = excluded.date_end, sort_date = excluded.sort_date, lat = excluded.lat,
       lon = excluded.lon, mention_count = excluded.mention_count, source_count = excluded.source_count,
       figures_json = excluded.figures_json, killed_low = excluded.killed_low, killed_best = excluded.killed_best,
       killed_high = excluded.killed_high, injured_best = excluded.injured_best, search_text = excluded.search_text,
       updated_at = excluded.updated_at${dialect.inlineSearch ? ', search = excluded.search' : ''}`,
    [eventId, JSON.stringify(rep), rep.type, rep.modality, rep.place?.country ?? null, placeText, actorText, start, end, start ?? '',
      rep.place?.lat ?? null, rep.place?.lon ?? null, inputs.length, sources.size, JSON.stringify(figures),
      figures.killed?.low ?? 0, figures.killed?.best ?? 0, figures.killed?.high ?? 0, figures.injured?.best ?? 0, body, now, now,
      ...(dialect.inlineSearch ? [body] : [])],
  );
  return rep;
}
