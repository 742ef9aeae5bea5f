// Joining the events of two readings of one document, and putting a blanked reading's spans back on the original.
import { describe, expect, it } from 'vitest';
import type { Count, Event, Place } from '../../../src/core/contract.js';
import { markUpdate, markVague } from '../../../src/extract/counts/refine.js';
import { joinable, joinReadings } from '../../../src/extract/language/join-events.js';
import { respanEvent } from '../../../src/extract/language/respan.js';

const place = (name: string, precision: Place['precision'], country: string | null = 'CAF'): Place => ({ name, country, precision });
const exact = (value: number): Count => ({ value, low: value, high: value, qualifier: 'exact' });

function ev(over: Partial<Event> & { at: number; text?: string }): Event {
  const { at, text = 'x', ...rest } = over;
  return {
    type: 'ASSAULT', mode: null, context: [], modality: 'asserted', acled: null, cameo: null, date: null, place: null,
    actors: [], counts: {}, attribution: null, evidence: [{ start: at, end: at + text.length, text }], confidence: 0.5, ...rest,
  };
}

describe('joinable', () => {
  it('joins the same type with no conflict; a country holds its towns', () => {
    expect(joinable(ev({ at: 0, place: place('Central African Republic', 'country') }), ev({ at: 9, place: place('Bria', 'city') }))).toBe(true);
    expect(joinable(ev({ at: 0, place: place('Central Africa', 'region', null) }), ev({ at: 9, place: place('Bria', 'city') }))).toBe(true);
  });

  it('keeps apart other types, other modalities, two towns, two tolls, two sources', () => {
    const a = ev({ at: 0 });
    expect(joinable(a, ev({ at: 9, type: 'PROTEST' }))).toBe(false);
    expect(joinable(a, ev({ at: 9, modality: 'alleged' }))).toBe(false);
    expect(joinable(ev({ at: 0, place: place('Bria', 'city') }), ev({ at: 9, place: place('Bangui', 'city') }))).toBe(false);
    expect(joinable(ev({ at: 0, counts: { killed: exact(5) } }), ev({ at: 9, counts: { killed: exact(8) } }))).toBe(false);
    const src = (id: string) => [{ name: id, id, country: null, kind: 'rebel_group' as const, role: 'source' as const }];
    expect(joinable(ev({ at: 0, actors: src('a') }), ev({ at: 9, actors: src('b') }))).toBe(false);
  });
});

describe('joinable: dates', () => {
  const day = (start: string, rule = 'sentence:weekday') => ({ start, end: null, precision: 'day' as const, rule });

  it('keeps apart two tellings whose dates told in the text are more than a day apart', () => {
    expect(joinable(ev({ at: 0, date: day('2024-04-29') }), ev({ at: 9, date: day('2024-05-01') }))).toBe(false);
    expect(joinable(ev({ at: 0, date: { start: '2024-03-01', end: null, precision: 'month', rule: 'sentence:month' } }), ev({ at: 9, date: day('2024-05-01') }))).toBe(false);
    expect(joinable(ev({ at: 0, date: { start: '2024-04-20', end: '2024-04-26', precision: 'day', rule: 'sentence:range' } }), ev({ at: 9, date: day('2024-04-28') }))).toBe(false);
    expect(joinReadings([[ev({ at: 0, date: day('2024-04-29') })], [ev({ at: 9, date: day('2024-05-01') })]])).toHaveLength(2);
  });

  it('joins the same day, the next day (a night, a toll told the day after), a month or week holding the day, and a telling dated only by the publication date', () => {
    expect(joinable(ev({ at: 0, date: day('2024-04-29') }), ev({ at: 9, date: day('2024-04-29', 'paragraph:weekday') }))).toBe(true);
    expect(joinable(ev({ at: 0, date: { start: '2024-04-01', end: null, precision: 'month', rule: 'sentence:month' } }), ev({ at: 9, date: day('2024-04-30') }))).toBe(true);
    expect(joinable(ev({ at: 0, date: { start: '2024-04-27', end: null, precision: 'week', rule: 'sentence:last-week' } }), ev({ at: 9, date: day('2024-05-03') }))).toBe(true);
    expect(joinable(ev({ at: 0, date: day('2024-04-30') }), ev({ at: 9, date: day('2024-05-01') }))).toBe(true);
    expect(joinable(ev({ at: 0, date: day('2024-05-01') }), ev({ at: 9, date: day('2024-04-30') }))).toBe(true);
    expect(joinable(ev({ at: 0, date: day('2024-05-02', 'document date') }), ev({ at: 9, date: day('2024-04-29') }))).toBe(true);
    expect(joinable(ev({ at: 0, date: null }), ev({ at: 9, date: day('2024-04-29') }))).toBe(true);
  });
});

describe('joinReadings', () => {
  it('fills the first reading\'s event with the later one\'s toll, place and source, with their field evidence', () => {
    const fr = ev({ at: 0, text: 'attaque', place: place('Central African Republic', 'country'), fieldEvidence: [{ field: 'place', start: 0, end: 7, text: 'attaque' }] });
    const en = ev({
      at: 20, text: '12 killed in Bria', counts: { killed: exact(12) }, place: place('Bria', 'city'), attribution: { name: 'UN', actor: null },
      fieldEvidence: [{ field: 'counts.killed', start: 20, end: 29, text: '12 killed' }, { field: 'place', start: 33, end: 37, text: 'Bria' }, { field: 'attribution', start: 40, end: 42, text: 'UN' }],
    });
    const [joined, ...rest] = joinReadings([[fr], [en]]);
    expect(rest).toEqual([]);
    expect(joined!.counts.killed?.value).toBe(12);
    expect(joined!.place?.name).toBe('Bria');
    expect(joined!.attribution?.name).toBe('UN');
    expect(joined!.evidence.map((e) => e.text)).toEqual(['attaque', '12 killed in Bria']);
    expect(joined!.fieldEvidence?.map((f) => f.field).sort()).toEqual(['attribution', 'counts.killed', 'place']);
    expect(joined!.fieldEvidence?.find((f) => f.field === 'place')?.text).toBe('Bria');
  });

  it('lets a stated toll replace a vague one, and keeps a stated one', () => {
    const vague = ev({ at: 0, counts: { killed: markVague({ value: 2, low: 2, high: null, qualifier: 'at_least' }) } });
    expect(joinReadings([[vague], [ev({ at: 9, counts: { killed: exact(15) } })]])[0]!.counts.killed?.value).toBe(15);
    expect(joinReadings([[ev({ at: 0, counts: { killed: exact(15) } })], [ev({ at: 9, counts: { killed: markVague({ value: 10, low: null, high: null, qualifier: 'about' }) } })]])[0]!.counts.killed?.value).toBe(15);
  });

  it('takes a toll\'s new figure told in the other language ("death toll rises to 5")', () => {
    const [j, ...rest] = joinReadings([[ev({ at: 0, counts: { killed: exact(2) } })], [ev({ at: 9, counts: { killed: markUpdate(exact(5)) } })]]);
    expect(rest).toEqual([]);
    expect(j!.counts.killed?.value).toBe(5);
  });

  it('renumbers the actors it adds, and never joins two events of one reading', () => {
    const actor = (name: string) => ({ name, id: name, country: null, kind: 'militia' as const, role: 'target' as const });
    const a = ev({ at: 0, actors: [actor('m1')], fieldEvidence: [{ field: 'actors[0]', start: 0, end: 1, text: 'x' }] });
    const b = ev({ at: 5, actors: [actor('m2')], fieldEvidence: [{ field: 'actors[0]', start: 5, end: 6, text: 'x' }] });
    const [j] = joinReadings([[a], [b]]);
    expect(j!.actors.map((x) => x.name)).toEqual(['m1', 'm2']);
    expect(j!.fieldEvidence?.map((f) => `${f.field}@${f.start}`)).toEqual(['actors[0]@0', 'actors[1]@5']);
    expect(joinReadings([[a, b]])).toHaveLength(2);
  });

  it('gives events in text order', () => {
    const out = joinReadings([[ev({ at: 30, type: 'PROTEST' })], [ev({ at: 2 })]]);
    expect(out.map((e) => e.type)).toEqual(['ASSAULT', 'PROTEST']);
  });
});

describe('respanEvent', () => {
  it('trims the blanks and separators at a span\'s ends and takes the words from the original', () => {
    const original = 'Deux morts;Ten killed in Bria;Fin';
    const blanked = '          ;Ten killed in Bria;   ';
    const e = ev({ at: 5, text: blanked.slice(5, 29), fieldEvidence: [{ field: 'counts.killed', start: 11, end: 21, text: 'Ten killed' }, { field: 'mode', start: 29, end: 30, text: ';' }] });
    e.evidence = [{ start: 5, end: 33, text: blanked.slice(5, 33) }];
    const r = respanEvent(e, blanked, original);
    expect(r.evidence).toEqual([{ start: 11, end: 29, text: 'Ten killed in Bria' }]);
    expect(r.fieldEvidence).toEqual([{ field: 'counts.killed', start: 11, end: 21, text: 'Ten killed' }]);
  });

  it('keeps the span of a name found in a blanked part (a place named in the other language)', () => {
    const original = 'Combats à Bria;Ten killed in fighting';
    const blanked = '              ;Ten killed in fighting';
    const e = ev({ at: 15, text: 'Ten killed in fighting', fieldEvidence: [{ field: 'place', start: 10, end: 14, text: '    ', rule: 'toponym in sentence' }] });
    expect(respanEvent(e, blanked, original).fieldEvidence).toEqual([{ field: 'place', start: 10, end: 14, text: 'Bria', rule: 'toponym in sentence' }]);
  });
});
