// Small builders for store tests: a document and the contract events found in it, with exact evidence spans.
import { createHash } from 'node:crypto';
import type { Count, CountKind, Event } from '../../src/core/contract.js';
import type { NewDocument } from '../../src/store/event-store.js';

export function doc(id: string, text: string, over: Partial<NewDocument> = {}): NewDocument {
  return {
    id,
    text,
    date: '2023-09-20',
    datePrecision: 'day',
    lang: 'fr',
    title: null,
    source: null,
    url: null,
    origin: `test:${id}`,
    contentHash: createHash('sha256').update(text).digest('hex'),
    fingerprint: null,
    nearDuplicateOf: null,
    ...over,
  };
}

export interface EventSpec {
  readonly evidence: string;           // must occur in the document text
  readonly type?: Event['type'];
  readonly day?: string;
  readonly country?: string | null;
  readonly place?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly actors?: readonly { name: string; id?: string; country?: string }[];
  readonly killed?: Count;
  readonly injured?: Count;
  readonly modality?: Event['modality'];
  readonly context?: readonly string[];
  readonly claimant?: string;
}

export function ev(text: string, s: EventSpec): Event {
  const start = text.indexOf(s.evidence);
  if (start < 0) throw new Error(`fixture: "${s.evidence}" not in text`);
  const counts: Partial<Record<CountKind, Count>> = {};
  if (s.killed) counts.killed = s.killed;
  if (s.injured) counts.injured = s.injured;
  const country = s.country === undefined ? 'AZE' : s.country;
  return {
    type: s.type ?? 'ASSAULT',
    mode: null,
    context: [...(s.context ?? [])],
    modality: s.modality ?? 'asserted',
    acled: null,
    cameo: null,
    date: s.day ? { start: s.day, end: null, precision: 'day', rule: 'test' } : null,
    place: s.place
      ? { name: s.place, country, lat: s.lat ?? null, lon: s.lon ?? null, precision: 'city' }
      : null,
    actors: (s.actors ?? []).map((a) => ({ name: a.name, id: a.id ?? null, country: a.country ?? null, kind: 'military' as const })),
    counts,
    attribution: s.claimant ? { name: s.claimant, actor: null } : null,
    evidence: [{ start, end: start + s.evidence.length, text: s.evidence }],
    confidence: 0.8,
  };
}

export const exact = (value: number): Count => ({ value, qualifier: 'exact' });

/** Places and types for the rollup tests: a few countries, one place with no country. */
export const ROLLUP_PLACES = [
  { place: 'Gao', country: 'MLI', lat: 16.27, lon: -0.04 },
  { place: 'Goma', country: 'COD', lat: -1.68, lon: 29.22 },
  { place: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23 },
  { place: 'Haute mer', country: null, lat: 10, lon: -30 },
] as const;
export const ROLLUP_TYPES = ['ASSAULT', 'PROTEST', 'COERCE'] as const;
