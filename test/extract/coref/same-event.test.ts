// The rule shared by coreference and the join of readings: what keeps two tellings apart, in order, and each option
// of a lens making it more lenient.
import { describe, expect, it } from 'vitest';
import type { Count, CountKind } from '../../../src/core/contract.js';
import { markVague } from '../../../src/extract/counts/refine.js';
import { sameCount, tellingConflict, type TellingLens } from '../../../src/extract/coref/same-event.js';

interface T {
  type: string;
  modality: string;
  mode: string | null;
  modes: boolean;
  counts: Partial<Record<CountKind, Count>>;
  sources: string[];
  place: string | null;
  day: number | null;
  pointer?: boolean;
}

const exact = (value: number): Count => ({ value, low: value, high: value, qualifier: 'exact' });
const t = (o: Partial<T> = {}): T => ({ type: 'ASSAULT', modality: 'asserted', mode: null, modes: false, counts: {}, sources: [], place: null, day: null, ...o });

const lens: TellingLens<T> = {
  type: (x) => x.type,
  modality: (x) => x.modality,
  mode: (x) => x.mode,
  distinctModes: (x) => x.modes,
  countKinds: (x) => Object.keys(x.counts) as CountKind[],
  count: (x, k) => x.counts[k],
  sources: (x) => new Set(x.sources),
  placesApart: (a, b) => !!a.place && !!b.place && a.place !== b.place,
  datesApart: (a, b) => a.day !== null && b.day !== null && Math.abs(a.day - b.day) > 1,
};

describe('tellingConflict', () => {
  it('joins two tellings with nothing in conflict', () => {
    expect(tellingConflict(t({ counts: { killed: exact(3) }, place: 'Gao', day: 4, sources: ['x'] }), t({ counts: { killed: exact(3) }, place: 'Gao', day: 5, sources: ['x', 'y'] }), lens)).toBeNull();
  });

  it('names what keeps them apart, type first', () => {
    expect(tellingConflict(t(), t({ type: 'PROTEST' }), lens)).toBe('type');
    expect(tellingConflict(t(), t({ modality: 'planned' }), lens)).toBe('type');
    expect(tellingConflict(t({ modes: true, mode: 'a' }), t({ modes: true, mode: 'b' }), lens)).toBe('mode');
    expect(tellingConflict(t({ mode: 'a' }), t({ mode: 'b' }), lens)).toBeNull();
    expect(tellingConflict(t({ counts: { killed: exact(3) } }), t({ counts: { killed: exact(5) } }), lens)).toBe('count');
    expect(tellingConflict(t({ counts: { killed: exact(3) } }), t({ counts: { injured: exact(5) } }), lens)).toBeNull();
    expect(tellingConflict(t({ place: 'Gao' }), t({ place: 'Kidal' }), lens)).toBe('place');
    expect(tellingConflict(t({ day: 1 }), t({ day: 9 }), lens)).toBe('date');
    expect(tellingConflict(t({ sources: ['x'] }), t({ sources: ['y'] }), lens)).toBe('source');
    expect(tellingConflict(t({ sources: ['x'] }), t(), lens)).toBeNull();
    // Several conflicts: the first in the rule's order is named.
    expect(tellingConflict(t({ place: 'Gao', day: 1, sources: ['x'] }), t({ place: 'Kidal', day: 9, sources: ['y'] }), lens)).toBe('place');
  });

  it('a vague toll and a precise one are one toll', () => {
    // "plusieurs morts": a toll read from an approximation word alone.
    const some = markVague({ value: 2, low: 2, high: null, qualifier: 'at_least' });
    expect(sameCount(exact(2), { value: 15, low: 15, high: null, qualifier: 'at_least' })).toBe(false);
    expect(sameCount(some, exact(15))).toBe(true);
    expect(tellingConflict(t({ counts: { killed: some } }), t({ counts: { killed: exact(15) } }), lens)).toBeNull();
  });

  it('each option of the lens lets through only what it names', () => {
    const pointer: TellingLens<T> = {
      ...lens,
      modalitiesJoin: (a, b) => !!(a.pointer || b.pointer),
      modesIgnored: (a, b) => !!(a.pointer || b.pointer),
      figuresJoin: (_a, _b, k) => k === 'injured',
      sourcesJoin: (a, b) => a.sources.concat(b.sources).every((s) => s.startsWith('state')),
    };
    expect(tellingConflict(t({ pointer: true }), t({ modality: 'planned' }), pointer)).toBeNull();
    expect(tellingConflict(t(), t({ modality: 'planned' }), pointer)).toBe('type');
    expect(tellingConflict(t({ pointer: true, modes: true, mode: 'a' }), t({ modes: true, mode: 'b' }), pointer)).toBeNull();
    expect(tellingConflict(t({ counts: { injured: exact(1) } }), t({ counts: { injured: exact(4) } }), pointer)).toBeNull();
    expect(tellingConflict(t({ counts: { killed: exact(1) } }), t({ counts: { killed: exact(4) } }), pointer)).toBe('count');
    expect(tellingConflict(t({ sources: ['state-gov'] }), t({ sources: ['state-mil'] }), pointer)).toBeNull();
    expect(tellingConflict(t({ sources: ['state-gov'] }), t({ sources: ['rebels'] }), pointer)).toBe('source');
  });
});
