import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { scoreEventSet } from '../../src/eval/score-events.js';
import { baselineFromReport, regressions, type Baseline } from '../../src/eval/baseline.js';
import type { EvalReport, EventGoldSet } from '../../src/eval/types.js';

const TEXT = 'Attaque à Tenenkou. 3 morts';

function event(over: Partial<Event> = {}): Event {
  return {
    type: 'ASSAULT', mode: null, context: [], modality: 'asserted',
    acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, cameo: null,
    date: { start: '2015-01-16', end: null, precision: 'day', rule: 'doc-date' },
    place: { name: 'Tenenkou', country: 'MLI', lat: 14.46, lon: -4.92, precision: 'city' },
    actors: [], counts: { killed: { value: 3, qualifier: 'exact' } }, attribution: null,
    evidence: [{ start: 0, end: 7, text: 'Attaque' }], confidence: 0.9,
    ...over,
  };
}

const set: EventGoldSet = {
  kind: 'events',
  name: 'toy',
  notes: [],
  docs: [
    {
      input: { id: 'a', text: TEXT, date: '2015-01-16', lang: 'fr' },
      events: [{ type: 'ASSAULT', acled: { event_type: 'Battles', sub_event_type: 'Armed clash' }, date: { start: '2015-01-16', end: '2015-01-16' }, places: [{ name: 'Tenenkou', lat: 14.4572, lon: -4.9169, country: 'MLI', scoreCoords: true }], killed: { value: 3 }, injured: { value: 0 } }],
    },
    { input: { id: 'b', text: 'Il fait beau.', date: null, lang: 'fr' }, events: [] },
    { input: { id: 'c', text: 'Manifestation à Bamako', date: '2015-02-01', lang: 'fr' }, events: [{ type: 'PROTEST', date: { start: '2015-02-01', end: '2015-02-01' } }] },
  ],
};

describe('scoreEventSet', () => {
  it('scores a perfect prediction, a false positive and a miss', () => {
    const r = scoreEventSet(set, (doc) => (doc.id === 'a' ? [event()] : doc.id === 'b' ? [event({ evidence: [{ start: 0, end: 2, text: 'Il' }] })] : []));
    expect(r.detection).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 50, recall: 50, f1: 50 });
    expect(r.fields.type).toEqual({ hit: 1, total: 2, pct: 50 });
    expect(r.fields.place_25km).toEqual({ hit: 1, total: 1, pct: 100 });
    expect(r.fields.killed_exact?.hit).toBe(1);
    expect(r.fields.injured_exact?.hit).toBe(1); // gold 0 injured, none predicted
    expect(r.fields.date_exact).toEqual({ hit: 1, total: 2, pct: 50 });
    expect(r.confusion).toEqual({ ASSAULT: { ASSAULT: 1 }, PROTEST: { '(missed)': 1 }, '(no gold)': { ASSAULT: 1 } });
    expect(r.worst.map((m) => m.id).sort()).toEqual(['b', 'c']);
  });

  it('reports wrong fields, far places and off-by-one dates', () => {
    const r = scoreEventSet(set, (doc) =>
      doc.id === 'a' ? [event({ type: 'PROTEST', place: { name: 'Mopti', country: 'MLI', lat: 14.49, lon: -4.18, precision: 'city' }, date: { start: '2015-01-15', end: null, precision: 'day', rule: 'x' } })] : [],
    );
    expect(r.fields.type?.hit).toBe(0);
    expect(r.fields.place_25km?.hit).toBe(0);
    expect(r.fields.place_country?.hit).toBe(1);
    expect(r.fields.date_exact?.hit).toBe(0);
    expect(r.fields.date_1d?.hit).toBe(1);
    const a = r.worst.find((m) => m.id === 'a');
    expect(a?.problems.join(' ')).toMatch(/type ASSAULT→PROTEST/);
    expect(a?.problems.join(' ')).toMatch(/place \d+ km off/);
  });

  it('counts a missed event as missing every field, zero counts included', () => {
    const r = scoreEventSet(set, () => []);
    expect(r.fields.injured_exact).toEqual({ hit: 0, total: 1, pct: 0 });
    expect(r.detection?.f1).toBe(0);
  });

  it('flags events that break the contract and documents the extractor throws on', () => {
    const bad = event({ evidence: [{ start: 0, end: 7, text: 'not it' }] });
    const r = scoreEventSet(set, (doc) => {
      if (doc.id === 'c') throw new Error('boom');
      return doc.id === 'a' ? [bad] : [];
    });
    expect(r.invalidEvents).toBe(1);
    expect(r.errors).toBe(1);
    expect(r.worst.find((m) => m.id === 'c')?.problems[0]).toBe('extractor threw: boom');
  });
});

describe('regressions', () => {
  const report = (f1: number | null): EvalReport => ({
    createdAt: '2026-01-01T00:00:00.000Z', goldDir: '/x', limit: 150,
    sets: [{ name: 'toy', kind: 'events', docs: 1, goldEvents: 1, predictedEvents: 1, seconds: 0, headline: { detection_f1: f1 }, fields: {}, worst: [], notes: [], errors: 0, invalidEvents: 0 }],
  });
  const base: Baseline = { recordedAt: '', reason: 'test', subset: { sets: ['toy'], limit: 150 }, figures: { toy: { detection_f1: 60, type: null } } };

  it('accepts a drop of 2 points or less', () => {
    expect(regressions(report(58), base)).toEqual([]);
    expect(regressions(report(70), base)).toEqual([]);
  });
  it('records detection figures and only the field figures resting on enough gold items', () => {
    const r = report(60);
    const withFields: EvalReport = { ...r, sets: [{ ...r.sets[0]!, headline: { detection_f1: 60, type: 50, killed_exact: 20 }, fields: { type: { hit: 50, total: 100, pct: 50 }, killed_exact: { hit: 1, total: 5, pct: 20 } } }] };
    expect(baselineFromReport(withFields, 'why').figures).toEqual({ toy: { detection_f1: 60, type: 50 } });
  });
  it('fails a drop of more than 2 points, or a figure that vanished', () => {
    expect(regressions(report(57.9), base)).toEqual(['toy detection_f1: 57.9 < baseline 60 - 2']);
    expect(regressions(report(null), base)).toEqual(['toy detection_f1: was 60, now not measured']);
  });
});

describe('scoreEventSet with events the text does not state', () => {
  const unstated: EventGoldSet = {
    kind: 'events',
    name: 'toy-unstated',
    notes: [],
    docs: [
      set.docs[0]!,
      { input: { id: 'p', text: 'Tenenkou', date: '2015-01-16', lang: 'fr' }, events: [{ type: 'ASSAULT', stated: false, date: { start: '2015-01-16', end: '2015-01-16' } }] },
      { input: { id: 'q', text: 'Rapport', date: '2015-01-16', lang: 'fr' }, events: [{ type: 'ASSAULT', stated: false }] },
    ],
  };
  it('counts unstated gold only in the all-events detection and scores none of its fields', () => {
    const r = scoreEventSet(unstated, (doc) => (doc.id === 'a' || doc.id === 'q' ? [event()] : []));
    expect(r.detection).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(r.detectionStated).toMatchObject({ tp: 1, fp: 0, fn: 0, recall: 100 });
    expect(r.headline).toMatchObject({ detection_recall: 66.7, detection_recall_stated: 100, detection_precision_stated: 100 });
    expect(r.fields.type).toEqual({ hit: 1, total: 1, pct: 100 });
    expect(r.fields.date_exact?.total).toBe(1);
    expect(r.worst.map((m) => m.id)).not.toContain('p');
  });
  it('reports no stated figures when every event is stated', () => {
    const r = scoreEventSet(set, () => []);
    expect(r.detectionStated).toBeUndefined();
    expect(r.headline.detection_recall_stated).toBeUndefined();
  });
});

describe('place names', () => {
  const named: EventGoldSet = {
    kind: 'events', name: 'names', notes: [],
    docs: [{ input: { id: 'n', text: 'Émeute à Athènes.', date: '2020-03-02', lang: 'fr' }, events: [{ type: 'ASSAULT', places: [{ names: ['rues', 'Athènes'], scoreCoords: false }] }] }],
  };
  const athens = { name: 'Athens', country: 'GRC', lat: 37.98, lon: 23.73, precision: 'city' as const };

  it('matches a place by the words of the text it was read from, not only by its gazetteer name', () => {
    const told = event({ place: athens, fieldEvidence: [{ field: 'place', start: 9, end: 16, text: 'Athènes' }] });
    expect(scoreEventSet(named, () => [told]).fields.place_name).toEqual({ hit: 1, total: 1, pct: 100 });
  });

  it('misses when neither the name nor the words behind the place are a gold name', () => {
    expect(scoreEventSet(named, () => [event({ place: athens })]).fields.place_name).toEqual({ hit: 0, total: 1, pct: 0 });
    const elsewhere = event({ place: athens, fieldEvidence: [{ field: 'date', start: 0, end: 6, text: 'Émeute' }] });
    expect(scoreEventSet(named, () => [elsewhere]).fields.place_name).toEqual({ hit: 0, total: 1, pct: 0 });
  });
});
