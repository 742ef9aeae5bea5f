// Query-string validation for the event endpoints: untrusted input is checked once, here, with zod,
// and turned into the store's EventQuery.
import { z } from 'zod';
import { MODALITIES, PLOVER_TYPES } from '../core/contract.js';
import type { EventQuery } from '../store/event-store.js';
import { ApiError, zodMessage } from './errors.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');

const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => Number(p.trim()));
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'expected four numbers: minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat) {
      ctx.addIssue({ code: 'custom', message: 'out of range: need -180≤minLon≤maxLon≤180 and -90≤minLat≤maxLat≤90' });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat] as const;
  });

const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** Filters shared by /api/events, /api/aggregates and the exports. */
export const FilterParamsSchema = z
  .object({
    type: z.string().transform((s) => s.toUpperCase()).pipe(z.enum(PLOVER_TYPES)).optional(),
    context: z.string().min(1).max(100).optional(),
    country: z.string().transform((s) => s.toUpperCase()).pipe(z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')).optional(),
    actor: z.string().min(1).max(200).optional(),
    place: z.string().min(1).max(200).optional(),
    bbox: bbox.optional(),
    since: isoDay.optional(),
    until: isoDay.optional(),
    modality: z.enum(MODALITIES).optional(),
    text: z.string().min(1).max(500).optional(),
    min_sources: intParam(1, 10_000).optional(),
    document: z.string().min(1).max(500).optional(),
  })
  .refine((q) => !q.since || !q.until || q.since <= q.until, { message: 'since must not be after until', path: ['since'] });

export const ListParamsSchema = FilterParamsSchema.and(
  z
    .object({
      sort: z.enum(['date', '-date', 'sources', '-sources']).optional(),
      limit: intParam(1, MAX_PAGE_SIZE).optional(),
      cursor: z.string().min(1).max(1000).optional(),
    }),
);

export const AggregateParamsSchema = FilterParamsSchema.and(
  z
    .object({
      interval: z.enum(['day', 'week']).default('day'),
      group: z.enum(['type', 'country', 'none']).default('none'),
      layout: z.enum(['rows', 'columns']).default('rows'),
    }),
);

/** Rejects unknown parameters by name (a typo must not silently widen a query), then validates. */
function parseWith<T>(schema: z.ZodType<T>, raw: Record<string, string>, keys: readonly string[]): T {
  const unknown = Object.keys(raw).filter((k) => !keys.includes(k));
  if (unknown.length) throw new ApiError(400, `unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (allowed: ${keys.join(', ')})`);
  const r = schema.safeParse(raw);
  if (!r.success) throw new ApiError(400, zodMessage(r.error));
  return r.data;
}

const FILTER_KEYS = ['type', 'context', 'country', 'actor', 'place', 'bbox', 'since', 'until', 'modality', 'text', 'min_sources', 'document'];
const LIST_KEYS = [...FILTER_KEYS, 'sort', 'limit', 'cursor'];
const AGG_KEYS = [...FILTER_KEYS, 'interval', 'group', 'layout'];
const EXPORT_KEYS = [...FILTER_KEYS, 'sort', 'limit'];

type Filters = z.infer<typeof FilterParamsSchema>;

function toEventQuery(f: Filters): EventQuery {
  return {
    ...(f.type ? { type: f.type } : {}),
    ...(f.context ? { context: f.context } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.place ? { place: f.place } : {}),
    ...(f.bbox ? { bbox: f.bbox } : {}),
    ...(f.since ? { since: f.since } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(f.modality ? { modality: f.modality } : {}),
    ...(f.text ? { text: f.text } : {}),
    ...(f.min_sources ? { minSources: f.min_sources } : {}),
    ...(f.document ? { documentId: f.document } : {}),
  };
}

export function parseListQuery(raw: Record<string, string>): EventQuery {
  const p = parseWith(ListParamsSchema, raw, LIST_KEYS);
  return {
    ...toEventQuery(p),
    sort: p.sort ?? '-date',
    limit: p.limit ?? DEFAULT_PAGE_SIZE,
    cursor: p.cursor ?? null,
  };
}

export function parseAggregateQuery(raw: Record<string, string>): {
  query: EventQuery;
  interval: 'day' | 'week';
  group: 'type' | 'country' | null;
  layout: 'rows' | 'columns';
} {
  const p = parseWith(AggregateParamsSchema, raw, AGG_KEYS);
  return { query: toEventQuery(p), interval: p.interval, group: p.group === 'none' ? null : p.group, layout: p.layout };
}

/** Filters alone (the CLI's export): same validation and messages as the API. */
export function parseFilterQuery(raw: Record<string, string>): EventQuery {
  return toEventQuery(parseWith(FilterParamsSchema, raw, FILTER_KEYS));
}

export const MAX_EXPORT = 100_000;

/** Export filters; `limit` caps the number of events (default and maximum MAX_EXPORT). */
export function parseExportQuery(raw: Record<string, string>): { query: EventQuery; max: number } {
  const schema = FilterParamsSchema.and(
    z.object({ sort: z.enum(['date', '-date', 'sources', '-sources']).optional(), limit: intParam(1, MAX_EXPORT).optional() }),
  );
  const p = parseWith(schema, raw, EXPORT_KEYS);
  return { query: { ...toEventQuery(p), sort: p.sort ?? 'date' }, max: p.limit ?? MAX_EXPORT };
}
