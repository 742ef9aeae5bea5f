// Field evidence on short texts written for these tests (knowledge double, pinned dates): every field taken from
// the text points at the words it came from; inferred values say how; merged tellings merge their spans.
import { describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors, type Event, type FieldEvidence } from '../../src/core/contract.js';
import { ARM, ARMED_MEN, AZE, GAO, KARABAKH, MARDAKERT, MENAKA, RUS_MOD, SEPARATISTS, SHUSHA } from './knowledge-double.js';
import { extractWith } from './extract-helpers.js';

const extract = extractWith([GAO, MENAKA, SHUSHA, MARDAKERT, KARABAKH], [AZE, ARM, RUS_MOD, SEPARATISTS, ARMED_MEN]);

const spans = (e: Event, field: string): FieldEvidence[] => (e.fieldEvidence ?? []).filter((f) => f.field === field);
const texts = (e: Event, field: string): string[] => spans(e, field).map((f) => f.text);

function valid(text: string, events: readonly Event[]): void {
  for (const e of events) {
    const r = EventSchema.safeParse(e);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(evidenceErrors(e, text)).toEqual([]);
    // The schema keeps the field (zod strips unknown keys: a field missing from the contract would vanish here).
    expect(r.data?.fieldEvidence).toEqual(e.fieldEvidence);
  }
}

describe('field evidence', () => {
  it('points each field of an incident at its words: type, place, actors, counts', () => {
    const text = "Attaque d'un convoi civil à 37 km de Ménaka par des individus armés. 2 morts et 3 blessés";
    const events = extract(text, '2015-01-01');
    valid(text, events);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(texts(e, 'type')).toEqual(['Attaque']);
    expect(texts(e, 'place')).toEqual(['Ménaka']);
    expect(spans(e, 'place')[0]!.rule).toBe('locative cue');
    const armed = e.actors.findIndex((a) => a.id === 'GEN-ARMED');
    expect(texts(e, `actors[${armed}]`)).toEqual(['individus armés']);
    expect(texts(e, 'counts.killed')).toEqual(['2 morts']);
    expect(texts(e, 'counts.injured')).toEqual(['3 blessés']);
    // The publication date is no text: no span for it.
    expect(e.date?.rule).toBe('document date');
    expect(spans(e, 'date')).toEqual([]);
  });

  it('gives the date expression and the source of a sourced toll', () => {
    const text = 'Selon le ministère russe de la Défense, des hommes armés ont attaqué Gao le 3 mars, faisant au moins 12 morts.';
    const events = extract(text, '2016-03-05');
    valid(text, events);
    const e = events.find((x) => x.type === 'ASSAULT')!;
    expect(e.date).toMatchObject({ start: '2016-03-03' });
    expect(texts(e, 'date')).toEqual(['le 3 mars']);
    expect(texts(e, 'place')).toEqual(['Gao']);
    expect(texts(e, 'counts.killed')).toEqual(['au moins 12 morts']);
    expect(e.attribution?.name).toBe('ministère russe de la Défense');
    expect(spans(e, 'attribution').map((f) => [f.text, f.rule])).toEqual([
      ['Selon', 'attribution cue'],
      ['le ministère russe de la Défense', 'source named'],
    ]);
  });

  it('marks the cue of a modality other than asserted, and none for an asserted event', () => {
    const text = "Bakou a annoncé jeudi qu'une nouvelle réunion avec Erevan aurait lieu.";
    const events = extract(text, '2023-09-22');
    valid(text, events);
    const planned = events.find((x) => x.modality === 'planned');
    expect(planned).toBeDefined();
    expect(texts(planned!, 'modality')).toEqual(['aurait lieu']);
    expect(texts(planned!, 'type')).toEqual(['réunion']);
    for (const x of events.filter((y) => y.modality === 'asserted')) expect(spans(x, 'modality')).toEqual([]);
  });

  it('gives each place of a breakdown its own span, and says the event place was inferred', () => {
    const text = "Le Haut-Karabakh reste tendu. Le ministère russe de la Défense a recensé cinq violations du cessez-le-feu, à Chucha (deux) et Mardakert (trois).";
    const events = extract(text, '2023-09-22');
    valid(text, events);
    const e = events.find((x) => x.counts.violations)!;
    expect(e.places?.map((p) => p.name)).toEqual(['Shusha', 'Mardakert']);
    expect(texts(e, 'places[0]')).toEqual(['Chucha']);
    expect(texts(e, 'places[1]')).toEqual(['Mardakert']);
    expect(e.place?.name).toBe('Nagorno-Karabakh');
    expect(spans(e, 'place')).toEqual([expect.objectContaining({ text: 'Haut-Karabakh', rule: 'main place of the article (breakdown)' })]);
    expect(texts(e, 'counts.violations')).toEqual(['cinq violations']);
  });

  it('merges the spans of one event told twice, only for the values it keeps', () => {
    const text = 'Des hommes armés ont attaqué Gao mardi, faisant 4 morts.\n\nL\'attaque de Gao a été revendiquée. Le bilan de cette attaque est de 4 morts.';
    const events = extract(text, '2023-09-22');
    valid(text, events);
    const attacks = events.filter((x) => x.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    const e = attacks[0]!;
    expect(e.evidence.length).toBeGreaterThan(1);
    expect(spans(e, 'type').length).toBeGreaterThan(1);
    expect(new Set(texts(e, 'place'))).toEqual(new Set(['Gao']));
    expect(spans(e, 'place').length).toBe(2);
    expect(texts(e, 'counts.killed').every((t) => t.includes('4 morts'))).toBe(true);
    // Deduplicated: no two entries of one field share a span.
    const keys = (e.fieldEvidence ?? []).map((f) => `${f.field}|${f.start}|${f.end}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names only fields the event has, in field order', () => {
    const text = "Attaque d'un convoi civil à 37 km de Ménaka par des individus armés. 2 morts et 3 blessés";
    const e = extract(text, '2015-01-01')[0]!;
    const order = ['type', 'modality', 'date', 'place', 'places', 'actors', 'counts', 'attribution'];
    const groups = (e.fieldEvidence ?? []).map((f) => order.indexOf(f.field.replace(/[[.].*$/, '')));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(groups.every((g) => g >= 0)).toBe(true);
  });
});

describe('evidenceErrors on field evidence', () => {
  const text = 'Deux civils tués près de Gao.';
  const base = extract(text, '2016-03-02')[0]!;
  it('accepts the extractor output', () => {
    expect(base.fieldEvidence?.length).toBeGreaterThan(0);
    expect(evidenceErrors(base, text)).toEqual([]);
  });
  it('reports a field span whose text is not the slice it claims, and a field the event lacks', () => {
    const bad: Event = {
      ...base,
      fieldEvidence: [
        { field: 'place', start: 0, end: 4, text: 'Gao.' },
        { field: 'actors[5]', start: 0, end: 4, text: 'Deux' },
        { field: 'counts.killed', start: 25, end: 99, text: 'Gao.' },
      ],
    };
    const errors = evidenceErrors(bad, text);
    expect(errors).toContain('fieldEvidence[0] (place): text differs from input.slice(0, 4)');
    expect(errors).toContain('fieldEvidence[1]: the event has no actors[5]');
    expect(errors).toContain(`fieldEvidence[2] (counts.killed): span 25-99 outside the text (${text.length})`);
  });
  it('the schema refuses a field name outside the contract', () => {
    const r = EventSchema.safeParse({ ...base, fieldEvidence: [{ field: 'weather', start: 0, end: 4, text: 'Deux' }] });
    expect(r.success).toBe(false);
  });
});
