import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/store/event-store.js';
import { deriveFigureDetail, deriveFigures } from '../../../src/resolve/dedup/figures.js';
import { claimsOf } from '../../../src/resolve/dedup/claims.js';
import { mention } from './make-mention.js';

function claim(id: string, value: number, over: Partial<Claim> = {}): Claim {
  return {
    id, eventId: 'E', mentionId: id, documentId: `d-${id}`, kind: 'killed', value, low: null, high: null,
    qualifier: 'exact', claimant: null, outlet: `o-${id}`, publishedAt: '2022-04-08', evidence: null, ...over,
  };
}

describe('deriveFigures', () => {
  it('takes low and high from stated numbers and best as the lower median of claimants, without averaging', () => {
    const f = deriveFigures([claim('a', 39), claim('b', 50, { claimant: 'regional governor' }), claim('c', 57, { claimant: 'prosecutor' }), claim('d', 52)]);
    expect(f.killed).toEqual({ low: 39, best: 50, high: 57, contested: true, claims: 4 });
  });

  it('is not contested when the claims are compatible ("at least 30" and "52"); a bound is not an estimate', () => {
    const f = deriveFigures([claim('a', 30, { qualifier: 'at_least' }), claim('b', 52)]);
    expect(f.killed).toMatchObject({ low: 30, best: 52, high: 52, contested: false });
    const bounds = deriveFigures([claim('a', 30, { qualifier: 'at_least' }), claim('b', 45, { qualifier: 'at_least' })]);
    expect(bounds.killed).toMatchObject({ low: 30, best: 30, high: 45, contested: false });
  });

  it('is contested when an exact figure falls outside another claimant\'s range', () => {
    const f = deriveFigures([claim('a', 10, { qualifier: 'range', low: 10, high: 20 }), claim('b', 45, { qualifier: 'about' })]);
    expect(f.killed).toMatchObject({ low: 10, high: 45, contested: true });
  });

  it('lets a claimant\'s later figure supersede its earlier one (a rising toll is not a dispute)', () => {
    const d = deriveFigureDetail([
      claim('a', 5, { claimant: 'Ministry of Health', publishedAt: '2014-02-18' }),
      claim('b', 28, { claimant: 'ministry of health', publishedAt: '2014-02-20' }),
    ]);
    expect(d?.figure).toEqual({ low: 28, best: 28, high: 28, contested: false, claims: 2 });
    expect(d?.superseded.map((c) => c.id)).toEqual(['a']);
  });

  it('keeps kinds apart', () => {
    const f = deriveFigures([claim('a', 3), claim('b', 12, { kind: 'injured' })]);
    expect(Object.keys(f).sort()).toEqual(['injured', 'killed']);
  });
});

describe('claimsOf', () => {
  it('turns every count into a claim with its claimant, outlet, date and the evidence span holding the number', () => {
    const m = mention('m1', {
      counts: { killed: { value: 1200, qualifier: 'at_least' }, injured: { value: 7, qualifier: 'exact' } },
      attribution: { name: 'the regional administration', actor: null },
      evidence: [
        { start: 0, end: 20, text: 'a strike hit the town' },
        { start: 30, end: 60, text: 'at least 1 200 people died' },
      ],
    }, { outlet: 'Le Monde', publishedAt: '2023-06-08' });
    const cs = claimsOf(m, 'E9');
    expect(cs.map((c) => [c.kind, c.value, c.qualifier, c.claimant, c.outlet, c.eventId])).toEqual([
      ['killed', 1200, 'at_least', 'the regional administration', 'Le Monde', 'E9'],
      ['injured', 7, 'exact', 'the regional administration', 'Le Monde', 'E9'],
    ]);
    expect(cs[0]?.evidence?.start).toBe(30);
    expect(cs[1]?.evidence?.start).toBe(0); // no span shows "7": the event's first span
    expect(cs[0]?.id).toBe('m1:killed');
  });
});
