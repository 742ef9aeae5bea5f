// Table rows as the store reads them, and their mapping to the EventStore types.
import type { CountKind, Event } from '../core/contract.js';
import type { MentionInput } from '../resolve/dedup/types.js';
import type { ChangeEntry, Claim, EventMention, Figure, QuarantineEntry, StoredDocument, StoredEvent } from './event-store.js';

export interface DocumentRow {
  seq: number;
  id: string;
  text: string;
  date: string | null;
  date_precision: string | null;
  lang: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  origin: string | null;
  content_hash: string;
  fingerprint: string | null;
  near_duplicate_of: string | null;
  ingested_at: string;
}

export const DOCUMENT_COLUMNS =
  'seq, id, text, date, date_precision, lang, title, source, url, origin, content_hash, fingerprint, near_duplicate_of, ingested_at';

export function toDocument(r: DocumentRow): StoredDocument {
  return {
    id: r.id,
    text: r.text,
    date: r.date,
    datePrecision: (r.date_precision as StoredDocument['datePrecision']) ?? null,
    lang: r.lang,
    title: r.title,
    source: r.source,
    url: r.url,
    origin: r.origin,
    contentHash: r.content_hash,
    fingerprint: r.fingerprint,
    nearDuplicateOf: r.near_duplicate_of,
    ingestedAt: r.ingested_at,
  };
}

export interface MentionRow {
  id: string;
  document_id: string;
  idx: number;
  event_id: string;
  event_json: string;
  published_at: string | null;
  outlet: string | null;
}

export const MENTION_COLUMNS = 'id, document_id, idx, event_id, event_json, published_at, outlet';

export function toMention(r: MentionRow): EventMention {
  return { id: r.id, documentId: r.document_id, eventId: r.event_id, event: JSON.parse(r.event_json) as Event };
}

export function toMentionInput(r: MentionRow): MentionInput {
  return { mentionId: r.id, documentId: r.document_id, event: JSON.parse(r.event_json) as Event, publishedAt: r.published_at, outlet: r.outlet };
}

export interface EventRow {
  id: string;
  event_json: string;
  mention_count: number;
  source_count: number;
  figures_json: string;
  sort_date: string;
  created_at: string;
  updated_at: string;
}

export const EVENT_COLUMNS = 'e.id, e.event_json, e.mention_count, e.source_count, e.figures_json, e.sort_date, e.created_at, e.updated_at';

export function toStoredEvent(r: EventRow, documentIds: readonly string[]): StoredEvent {
  return {
    id: r.id,
    event: JSON.parse(r.event_json) as Event,
    mentionCount: Number(r.mention_count),
    sourceCount: Number(r.source_count),
    documentIds,
    figures: JSON.parse(r.figures_json) as Partial<Record<CountKind, Figure>>,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface ClaimRow {
  id: string;
  event_id: string;
  mention_id: string;
  document_id: string;
  kind: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  claimant: string | null;
  outlet: string | null;
  published_at: string | null;
  evidence_json: string | null;
}

export function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    eventId: r.event_id,
    mentionId: r.mention_id,
    documentId: r.document_id,
    kind: r.kind as CountKind,
    value: Number(r.value),
    low: r.low === null ? null : Number(r.low),
    high: r.high === null ? null : Number(r.high),
    qualifier: r.qualifier,
    claimant: r.claimant,
    outlet: r.outlet,
    publishedAt: r.published_at,
    evidence: r.evidence_json ? (JSON.parse(r.evidence_json) as Claim['evidence']) : null,
  };
}

export interface ChangeRow {
  seq: number;
  at: string;
  kind: string;
  event_id: string;
  mention_id: string | null;
  other_event_id: string | null;
  score: number | null;
  reason: string;
}

export function toChange(r: ChangeRow): ChangeEntry {
  return {
    seq: Number(r.seq),
    at: r.at,
    kind: r.kind as ChangeEntry['kind'],
    eventId: r.event_id,
    mentionId: r.mention_id,
    otherEventId: r.other_event_id,
    score: r.score === null ? null : Number(r.score),
    reason: r.reason,
  };
}

export interface QuarantineRow {
  id: string;
  origin: string;
  reason: string;
  payload: string | null;
  attempts: number;
  created_at: string;
}

export function toQuarantine(r: QuarantineRow): QuarantineEntry {
  return { id: r.id, origin: r.origin, reason: r.reason, payload: r.payload, attempts: Number(r.attempts), createdAt: r.created_at };
}

/** Lower case without diacritics, for accent- and case-insensitive substring filters. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
