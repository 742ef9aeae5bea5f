// Field evidence of the mode and the context (sentences written for these tests, pinned dates): the mode points at
// the event word that gave it, a context at the event word or at the cue that set it; nothing for what is absent.
import { describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors, hasField, type Event, type FieldEvidence } from '../../src/core/contract.js';
import { ARM, AZE, KARABAKH, SEPARATISTS } from './knowledge-double.js';
import { extractWith } from './extract-helpers.js';

const extract = extractWith([KARABAKH], [AZE, ARM, SEPARATISTS]);
const spans = (e: Event, prefix: string): FieldEvidence[] => (e.fieldEvidence ?? []).filter((f) => f.field.startsWith(prefix));

function valid(text: string, events: readonly Event[]): void {
  for (const e of events) {
    const r = EventSchema.safeParse(e);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(evidenceErrors(e, text)).toEqual([]);
  }
}

describe('field evidence of mode and context', () => {
  it('points the mode at the event word that gave it', () => {
    const text = "L'armée a mené des bombardements sur plusieurs villages du Haut-Karabakh mardi.";
    const events = extract(text, '2023-09-21');
    valid(text, events);
    const e = events.find((x) => x.mode !== null);
    expect(e, JSON.stringify(events.map((x) => [x.type, x.mode]))).toBeDefined();
    expect(spans(e!, 'mode').map((f) => f.text)).toEqual(['bombardements']);
    expect(hasField(e!, 'mode')).toBe(true);
  });

  it('has no mode entry for an event without a mode', () => {
    const text = 'Les deux délégations se sont réunies mardi pour des pourparlers.';
    const events = extract(text, '2023-09-21');
    valid(text, events);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events.filter((x) => x.mode === null)) expect(spans(e, 'mode')).toEqual([]);
  });

  it('points a context at the event word that carries it, indexed in the event context list', () => {
    const text = 'Des violations du cessez-le-feu ont été signalées mardi au Haut-Karabakh.';
    const events = extract(text, '2023-09-21');
    valid(text, events);
    const e = events.find((x) => x.context.length > 0);
    expect(e, JSON.stringify(events.map((x) => [x.type, x.context]))).toBeDefined();
    const entries = spans(e!, 'context[');
    expect(entries.length).toBeGreaterThan(0);
    for (const f of entries) {
      const i = Number(/\[(\d+)\]/.exec(f.field)![1]);
      expect(i).toBeLessThan(e!.context.length);
    }
    expect(entries.map((f) => f.text)).toContain('violations du cessez-le-feu');
  });

  it('points a context set by a cue apart from the event word at that cue', () => {
    const text = "Le Conseil de sécurité de l'ONU s'est réuni mardi à huis clos.";
    const events = extract(text, '2023-09-21');
    valid(text, events);
    const e = events.find((x) => x.context.length > 0);
    expect(e, JSON.stringify(events.map((x) => [x.type, x.context]))).toBeDefined();
    const entries = spans(e!, 'context[');
    expect(entries.map((f) => [f.text, f.rule])).toContainEqual(["Conseil de sécurité de l'ONU", 'context cue']);
  });

  it('rejects a mode or context entry the event does not have', () => {
    const text = 'Des violations du cessez-le-feu ont été signalées mardi au Haut-Karabakh.';
    const e = extract(text, '2023-09-21').find((x) => x.context.length > 0)!;
    const bogus: Event = { ...e, mode: null, fieldEvidence: [{ field: 'mode', start: 4, end: 14, text: text.slice(4, 14) }, { field: `context[${e.context.length}]`, start: 4, end: 14, text: text.slice(4, 14) }] };
    const errors = evidenceErrors(bogus, text);
    expect(errors.some((x) => x.includes('no mode'))).toBe(true);
    expect(errors.some((x) => x.includes(`no context[${e.context.length}]`))).toBe(true);
  });
});
