// Hand-written documents and events for the API and export tests (evidence spans point into the text).
import type { Event } from '../../src/core/contract.js';
import type { NewDocument } from '../../src/store/event-store.js';

export function doc(id: string, text: string, extra: Partial<NewDocument> = {}): NewDocument {
  return {
    id, text, date: '2023-09-20', datePrecision: 'day', lang: 'fr', title: `Title ${id}`, source: 'Outlet A', url: null,
    origin: 'test', contentHash: `hash-${id}`, fingerprint: null, nearDuplicateOf: null, ...extra,
  };
}

export function event(text: string, phrase: string, over: Partial<Event> = {}): Event {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: ${phrase} not in text`);
  return {
    type: 'ASSAULT', mode: null, context: [], modality: 'asserted',
    acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, cameo: '190',
    date: { start: '2023-09-19', end: null, precision: 'day', rule: 'test' },
    place: { name: 'Stepanakert', country: 'AZE', admin1: 'Khankendi', admin2: null, lat: 39.8265, lon: 46.7656, geonameid: 587084, precision: 'city' },
    actors: [
      { name: 'Azerbaijan', id: 'AZE-GOV', country: 'AZE', kind: 'government', role: 'source' },
      { name: 'Karabakh separatists', id: null, country: null, kind: 'rebel_group', role: 'target' },
    ],
    counts: {}, attribution: null,
    evidence: [{ start, end: start + phrase.length, text: phrase }],
    confidence: 0.8,
    ...over,
  };
}
