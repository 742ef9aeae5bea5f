// Typed fetches of the Vigie API (same origin). Types only come from the server code, never code.
import type { Event } from '../../src/core/contract.js';
import type { AggregateRow, Claim, EventMention, StoredDocument, StoredEvent } from '../../src/store/event-store.js';
import type { AggregateColumns } from '../../src/api/aggregates-json.js';
import type { DocumentSpan } from '../../src/api/routes/documents.js';
import type { Filters } from './filters.js';

export type { Event };
export interface EventPage {
  readonly items: readonly StoredEvent[];
  readonly nextCursor: string | null;
  readonly total: number;
  /** True when `total` is only a lower bound (the server stops counting text-search matches at a cap). */
  readonly totalIsLowerBound?: boolean;
}
export interface DocSummary {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly date: string | null;
  readonly lang: string | null;
}
export interface EventDetailOut extends StoredEvent {
  readonly mentions: readonly EventMention[];
  readonly claims: readonly Claim[];
  readonly documents: readonly DocSummary[];
}
export type DocSpan = DocumentSpan;
export interface DocumentOut {
  readonly document: Omit<StoredDocument, 'contentHash' | 'fingerprint'>;
  readonly mentions: readonly EventMention[];
  readonly spans: readonly DocSpan[];
}
export interface Aggregates {
  readonly rows: readonly AggregateRow[];
  readonly totals: { events: number; killedLow: number; killedBest: number; killedHigh: number };
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

function qs(params: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function listEvents(f: Filters, opts: { limit?: number; cursor?: string | null; sort?: string } = {}): Promise<EventPage> {
  return getJson(`/api/events${qs({ ...f, limit: String(opts.limit ?? 500), cursor: opts.cursor ?? undefined, sort: opts.sort })}`);
}

/** Up to `max` events for the map, walking the cursor pages. */
export async function listManyEvents(
  f: Filters,
  max: number,
): Promise<{ items: StoredEvent[]; total: number; totalIsLowerBound: boolean }> {
  const items: StoredEvent[] = [];
  let cursor: string | null = null;
  let total = 0;
  let totalIsLowerBound = false;
  do {
    const page: EventPage = await listEvents(f, { limit: Math.min(500, max - items.length), cursor });
    items.push(...page.items);
    total = page.total;
    totalIsLowerBound = page.totalIsLowerBound === true;
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  // Every page walked: the count is exact whatever the server's cap.
  if (!cursor) return { items, total: items.length, totalIsLowerBound: false };
  return { items, total: totalIsLowerBound ? Math.max(total, items.length) : total, totalIsLowerBound };
}

/** The rows of an aggregates answer in layout=columns (index i of every array is row i). */
export function rowsFromColumns(c: AggregateColumns): AggregateRow[] {
  return c.bucket.map((bucket, i) => ({
    bucket,
    group: c.group[i] ?? null,
    events: c.events[i] ?? 0,
    killedLow: c.killedLow[i] ?? 0,
    killedBest: c.killedBest[i] ?? 0,
    killedHigh: c.killedHigh[i] ?? 0,
    injuredBest: c.injuredBest[i] ?? 0,
  }));
}

export async function aggregates(f: Filters): Promise<Aggregates> {
  // Columns: a quarter of the bytes of one object per day for a long timeline.
  const body = await getJson<{ columns: AggregateColumns; totals: Aggregates['totals'] }>(`/api/aggregates${qs({ ...f, interval: 'day', layout: 'columns' })}`);
  return { rows: rowsFromColumns(body.columns), totals: body.totals };
}

export function getEvent(id: string): Promise<EventDetailOut> {
  return getJson(`/api/events/${encodeURIComponent(id)}`);
}

export function getDocument(id: string): Promise<DocumentOut> {
  return getJson(`/api/documents/${encodeURIComponent(id)}`);
}

export function exportHref(format: 'json' | 'csv' | 'geojson', f: Filters): string {
  return `/api/export.${format}${qs({ ...f })}`;
}
