// The OpenAPI 3.1 document served at /api/openapi.json. Schemas of the data contract are generated
// from the zod contract, so the document cannot drift from what the API validates.
import { z } from 'zod';
import { DocumentOutSchema, EventSchema, MODALITIES, PLOVER_TYPES } from '../core/contract.js';
import { TEXT_TOTAL_CAP } from '../store/event-query.js';
import { MAX_EXPORT, MAX_PAGE_SIZE } from './query.js';

const str = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });

const filterParams = [
  { name: 'type', schema: { type: 'string', enum: [...PLOVER_TYPES] }, description: 'PLOVER event type' },
  { name: 'context', schema: str('context tag, e.g. ceasefire_violation') },
  { name: 'country', schema: str('ISO 3166-1 alpha-3 country of the event place', { pattern: '^[A-Za-z]{3}$' }) },
  { name: 'actor', schema: str('actor id or a substring of its name') },
  { name: 'place', schema: str('substring of the place name') },
  { name: 'bbox', schema: str('minLon,minLat,maxLon,maxLat') },
  { name: 'since', schema: str('YYYY-MM-DD, inclusive; events whose date range overlaps', { format: 'date' }) },
  { name: 'until', schema: str('YYYY-MM-DD, inclusive', { format: 'date' }) },
  { name: 'modality', schema: { type: 'string', enum: [...MODALITIES] } },
  { name: 'text', schema: str('full-text search over evidence and document text') },
  { name: 'min_sources', schema: { type: 'integer', minimum: 1 }, description: 'at least this many distinct sources' },
  { name: 'document', schema: str('only events found in this document id') },
].map((p) => ({ in: 'query', required: false, ...p }));

const sortParam = { in: 'query', name: 'sort', schema: { type: 'string', enum: ['date', '-date', 'sources', '-sources'], default: '-date' } };
const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const errors = { '400': error('invalid parameter (the message names it)'), '413': error('request too large'), '500': error('server error') };

const figure = {
  type: 'object',
  properties: { low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' }, contested: { type: 'boolean' }, claims: { type: 'integer' } },
  required: ['low', 'best', 'high', 'contested', 'claims'],
};

const storedEvent = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    event: { $ref: '#/components/schemas/Event' },
    mentionCount: { type: 'integer' },
    sourceCount: { type: 'integer' },
    documentIds: { type: 'array', items: { type: 'string' } },
    figures: { type: 'object', additionalProperties: figure, description: 'per count kind (killed, injured…): low/best/high derived from the claims' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
  required: ['id', 'event', 'mentionCount', 'sourceCount', 'documentIds', 'figures'],
};

const claim = {
  type: 'object',
  properties: {
    id: { type: 'string' }, eventId: { type: 'string' }, mentionId: { type: 'string' }, documentId: { type: 'string' },
    kind: { type: 'string' }, value: { type: 'number' }, low: { type: ['number', 'null'] }, high: { type: ['number', 'null'] },
    qualifier: { type: 'string' }, claimant: { type: ['string', 'null'], description: 'who claims it; null = the outlet itself' },
    outlet: { type: ['string', 'null'] }, publishedAt: { type: ['string', 'null'] },
    evidence: { oneOf: [{ $ref: '#/components/schemas/Evidence' }, { type: 'null' }] },
  },
};

const mention = {
  type: 'object',
  properties: { id: { type: 'string' }, documentId: { type: 'string' }, eventId: { type: 'string' }, event: { $ref: '#/components/schemas/Event' } },
};

const json = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(): Record<string, unknown> {
  const eventSchema = z.toJSONSchema(EventSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  delete eventSchema.$schema;
  const docSchema = z.toJSONSchema(DocumentOutSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  delete docSchema.$schema;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version: '0.1.0',
      description: 'Structured, sourced, auditable conflict events. Place data derived from GeoNames (CC BY 4.0). Errors are JSON {"error": message}.',
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'List events with filters, sorting and cursor pagination',
          parameters: [
            ...filterParams,
            sortParam,
            { in: 'query', name: 'limit', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 } },
            { in: 'query', name: 'cursor', schema: { type: 'string' }, description: 'nextCursor of the previous page' },
          ],
          responses: {
            '200': json({
              type: 'object',
              properties: { items: { type: 'array', items: { $ref: '#/components/schemas/StoredEvent' } }, nextCursor: { type: ['string', 'null'] }, total: { type: 'integer', description: `number of events matching the filters, over all pages (the same on every page); exact, except that a text search counts at most ${TEXT_TOTAL_CAP} matches (see totalIsLowerBound)` }, totalIsLowerBound: { type: 'boolean', description: `true when total is a lower bound: a text search matched more than ${TEXT_TOTAL_CAP} events and counting stopped there` }, limit: { type: 'integer' } },
              required: ['items', 'nextCursor', 'total', 'totalIsLowerBound'],
            }),
            ...errors,
          },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with its mentions (one per reporting document), claims and evidence',
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json({
              allOf: [
                { $ref: '#/components/schemas/StoredEvent' },
                {
                  type: 'object',
                  properties: {
                    mentions: { type: 'array', items: { $ref: '#/components/schemas/Mention' } },
                    claims: { type: 'array', items: { $ref: '#/components/schemas/Claim' } },
                    documents: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, date: { type: ['string', 'null'] } } } },
                  },
                },
              ],
            }),
            '404': error('no such event'),
            ...errors,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'A stored document: its text and the evidence spans of every event found in it',
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json({
              type: 'object',
              properties: {
                document: { $ref: '#/components/schemas/Document' },
                mentions: { type: 'array', items: { $ref: '#/components/schemas/Mention' } },
                spans: {
                  type: 'array',
                  items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, mentionId: { type: 'string' }, eventId: { type: 'string' }, type: { type: 'string' } } },
                },
              },
            }),
            '404': error('no such document'),
            ...errors,
          },
        },
      },
      '/api/aggregates': {
        get: {
          summary: 'Event counts and casualty sums (low/best/high) per day or week, optionally per type or country',
          parameters: [
            ...filterParams,
            { in: 'query', name: 'interval', schema: { type: 'string', enum: ['day', 'week'], default: 'day' } },
            { in: 'query', name: 'group', schema: { type: 'string', enum: ['none', 'type', 'country'], default: 'none' } },
            {
              in: 'query',
              name: 'layout',
              description: '"rows" (default): one object per bucket and group. "columns": the same rows as `columns`, one array per field (index i of every array is row i); about a quarter of the bytes for a long timeline.',
              schema: { type: 'string', enum: ['rows', 'columns'], default: 'rows' },
            },
          ],
          responses: {
            '200': json({
              type: 'object',
              properties: {
                interval: { type: 'string' },
                group: { type: ['string', 'null'] },
                columns: {
                  type: 'object',
                  description: 'layout=columns only (instead of rows)',
                  properties: {
                    bucket: { type: 'array', items: { type: 'string' } },
                    group: { type: 'array', items: { type: ['string', 'null'] } },
                    events: { type: 'array', items: { type: 'integer' } },
                    killedLow: { type: 'array', items: { type: 'number' } },
                    killedBest: { type: 'array', items: { type: 'number' } },
                    killedHigh: { type: 'array', items: { type: 'number' } },
                    injuredBest: { type: 'array', items: { type: 'number' } },
                  },
                },
                rows: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { bucket: { type: 'string' }, group: { type: ['string', 'null'] }, events: { type: 'integer' }, killedLow: { type: 'number' }, killedBest: { type: 'number' }, killedHigh: { type: 'number' }, injuredBest: { type: 'number' } },
                  },
                },
                totals: { type: 'object' },
              },
            }),
            ...errors,
          },
        },
      },
      ...Object.fromEntries(
        (['json', 'csv', 'geojson'] as const).map((f) => [
          `/api/export.${f}`,
          {
            get: {
              summary: `Export the filtered events as ${f === 'csv' ? 'ACLED-style CSV (ISO-3 countries)' : f === 'geojson' ? 'GeoJSON (RFC 7946)' : 'JSON (contract events with id, sources, figures)'}`,
              parameters: [...filterParams, { ...sortParam, schema: { ...sortParam.schema, default: 'date' } }, { in: 'query', name: 'limit', schema: { type: 'integer', minimum: 1, maximum: MAX_EXPORT } }],
              responses: {
                '200': {
                  description: 'the file; X-Total-Count and X-Truncated headers tell whether every matching event is in it',
                  content: { [f === 'csv' ? 'text/csv' : f === 'geojson' ? 'application/geo+json' : 'application/json']: { schema: { type: f === 'csv' ? 'string' : f === 'json' ? 'array' : 'object' } } },
                },
                ...errors,
              },
            },
          },
        ]),
      ),
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': json({ type: 'object' }) } } },
      '/api/health': {
        get: {
          summary: 'Liveness and store counts',
          responses: { '200': json({ type: 'object', properties: { ok: { type: 'boolean' }, documents: { type: 'integer' }, events: { type: 'integer' }, mentions: { type: 'integer' }, quarantined: { type: 'integer' } } }), '500': error('store unavailable') },
        },
      },
    },
    components: {
      schemas: {
        Event: eventSchema,
        Evidence: (eventSchema.properties as Record<string, { items?: unknown }>).evidence?.items ?? { type: 'object' },
        Document: docSchema,
        StoredEvent: storedEvent,
        Mention: mention,
        Claim: claim,
        Figure: figure,
        Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
      },
    },
  };
}
