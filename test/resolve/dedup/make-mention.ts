// Test builder: a contract event with only the fields a test cares about.
import type { Actor, Event, Place } from '../../../src/core/contract.js';
import type { MentionInput } from '../../../src/resolve/dedup/types.js';

export function place(name: string, over: Partial<Place> = {}): Place {
  return { name, country: 'UKR', precision: 'city', lat: null, lon: null, geonameid: null, ...over };
}

export function actor(id: string, over: Partial<Actor> = {}): Actor {
  return { name: id, id, country: id.slice(0, 3), kind: 'military', ...over };
}

export function event(over: Partial<Event> = {}): Event {
  return {
    type: 'ASSAULT',
    mode: null,
    context: [],
    modality: 'asserted',
    acled: null,
    cameo: null,
    date: { start: '2023-06-06', end: null, precision: 'day', rule: 'test' },
    place: place('Nova Kakhovka', { lat: 46.75, lon: 33.37, geonameid: 698131 }),
    actors: [],
    counts: {},
    attribution: null,
    evidence: [{ start: 0, end: 4, text: 'text' }],
    confidence: 0.8,
    ...over,
  };
}

export function mention(id: string, over: Partial<Event> = {}, meta: Partial<Omit<MentionInput, 'event'>> = {}): MentionInput {
  return { mentionId: id, documentId: `doc-${id}`, publishedAt: '2023-06-07', outlet: `outlet-${id}`, ...meta, event: event(over) };
}
