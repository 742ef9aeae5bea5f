// The dashboard's per-field highlights, without a browser: which spans are shown, how they are named, which one
// labels a run where several overlap.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { fieldKind, fieldMarks, fieldSpans, innermost } from '../../web/src/field-marks.js';
import { runs } from '../../web/src/highlight.js';
import { event } from '../api/fixtures.js';

const TEXT = "Selon le ministère arménien, l'armée azerbaïdjanaise a bombardé Stepanakert le 19 septembre. Au moins 27 personnes ont été tuées.";
const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

describe('field marks', () => {
  const e: Event = {
    ...event(TEXT, "l'armée azerbaïdjanaise a bombardé Stepanakert", {
      counts: { killed: { value: 27, low: 27, high: null, qualifier: 'at_least' } },
      attribution: { name: 'le ministère arménien', actor: null },
    }),
    fieldEvidence: [
      { field: 'type', ...at('bombardé') },
      { field: 'date', ...at('le 19 septembre'), rule: 'sentence date' },
      { field: 'place', ...at('Stepanakert'), rule: 'locative cue' },
      { field: 'actors[0]', ...at("l'armée azerbaïdjanaise") },
      { field: 'counts.killed', ...at('Au moins 27 personnes ont été tuées') },
      { field: 'attribution', ...at('le ministère arménien'), rule: 'source named' },
      // Not what the text says at these offsets: never shown.
      { field: 'actors[1]', start: 0, end: 5, text: '<img>' },
    ],
  };

  it('keeps only spans that are exactly in the text, each named by its field, value and rule', () => {
    const marks = fieldMarks(TEXT, [e]);
    expect(marks.map((m) => m.field)).toEqual(['attribution', 'actors[0]', 'type', 'place', 'date', 'counts.killed']);
    expect(marks.find((m) => m.field === 'place')?.label).toBe('place: Stepanakert (locative cue)');
    expect(marks.find((m) => m.field === 'counts.killed')?.label).toBe('figure: killed 27 (at least)');
    expect(marks.find((m) => m.field === 'actors[0]')?.label).toBe('actor: Azerbaijan (source)');
  });

  it('names a mode or a context mark by its own kind and value, not the type\'s', () => {
    const ctx: Event = { ...e, mode: 'artillery', context: ['ceasefire'], fieldEvidence: [{ field: 'mode', ...at('bombardé') }, { field: 'context[0]', ...at('bombardé') }] };
    const labels = fieldMarks(TEXT, [ctx]).map((m) => m.label).sort();
    expect(labels).toEqual(['context: ceasefire', 'mode: artillery']);
  });

  it('maps fields to kinds (one colour each)', () => {
    expect(['type', 'mode', 'context[1]', 'modality', 'date', 'place', 'places[2]', 'actors[1]', 'counts.injured', 'attribution'].map(fieldKind)).toEqual([
      'type', 'mode', 'context', 'modality', 'date', 'place', 'place', 'actor', 'count', 'source',
    ]);
  });

  it('labels a run covered by several fields with the narrowest one, and lists them all', () => {
    const marks = fieldMarks(TEXT, [{ ...e, fieldEvidence: [{ field: 'attribution', ...at('le ministère arménien') }, { field: 'actors[0]', ...at('ministère') }] }]);
    const r = runs(TEXT, fieldSpans(marks)).find((x) => x.text === 'ministère')!;
    const f = innermost(marks, r.keys)!;
    expect(f.mark.field).toBe('actors[0]');
    expect(f.all.map((m) => m.field).sort()).toEqual(['actors[0]', 'attribution']);
  });
});
