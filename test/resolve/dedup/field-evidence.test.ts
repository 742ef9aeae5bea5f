// Field evidence across documents: a claim shows the evidence that holds its own figure (number words too), and a
// cluster's representative event keeps only the field spans of values it keeps, renumbering actors to its list.
import { describe, expect, it } from 'vitest';
import { evidenceErrors, type Event } from '../../../src/core/contract.js';
import { claimsOf, evidenceForCount } from '../../../src/resolve/dedup/claims.js';
import { representEvent } from '../../../src/resolve/dedup/represent.js';
import { actor, event, mention } from './make-mention.js';

const TEXT = 'Une frappe a touché le marché. Deux civils ont été tués, selon la mairie. Le bilan reste provisoire.';
const span = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in text`);
  return { start, end: start + phrase.length, text: phrase };
};

describe('evidenceForCount', () => {
  const base = event({
    counts: { killed: { value: 2, qualifier: 'exact' } },
    evidence: [span('Une frappe a touché le marché.'), span('Deux civils ont été tués, selon la mairie.')],
  });

  it('takes the evidence span that holds the count\'s own field span, a figure in words included', () => {
    const e: Event = { ...base, fieldEvidence: [{ field: 'counts.killed', ...span('Deux civils ont été tués') }] };
    expect(evidenceErrors(e, TEXT)).toEqual([]);
    expect(evidenceForCount(e, e.counts.killed!, 'killed')).toEqual(span('Deux civils ont été tués, selon la mairie.'));
    expect(claimsOf({ mentionId: 'm', documentId: 'd', event: e, publishedAt: null, outlet: null }, 'E')[0]!.evidence).toEqual(span('Deux civils ont été tués, selon la mairie.'));
  });

  it('without field evidence, a figure in words falls back to the first span (as before)', () => {
    expect(evidenceForCount(base, base.counts.killed!, 'killed')).toEqual(span('Une frappe a touché le marché.'));
  });

  it('a field span outside every evidence span is the claim\'s evidence itself', () => {
    const e: Event = { ...base, fieldEvidence: [{ field: 'counts.killed', ...span('Le bilan') }] };
    expect(evidenceForCount(e, e.counts.killed!, 'killed')).toEqual(span('Le bilan'));
  });
});

describe('representEvent: field evidence', () => {
  it('keeps the primary mention\'s spans for the values the cluster keeps, with actor indices of the cluster', () => {
    const a = mention('a', {
      actors: [actor('RUS-MIL', { role: 'source' })],
      counts: { killed: { value: 2, qualifier: 'exact' } },
      evidence: [span('Deux civils ont été tués, selon la mairie.')],
    }, { publishedAt: '2023-06-06' });
    const b = mention('b', {
      actors: [actor('UKR-MIL', { role: 'target' }), actor('RUS-MIL', { role: 'source' })],
      counts: { killed: { value: 5, qualifier: 'exact' } },
      attribution: { name: 'la mairie', actor: null },
      evidence: [span('Deux civils ont été tués, selon la mairie.')],
      fieldEvidence: [
        { field: 'type', ...span('tués') },
        { field: 'actors[1]', ...span('Une frappe') },
        { field: 'counts.killed', ...span('Deux civils ont été tués') },
        { field: 'attribution', ...span('la mairie') },
      ],
    }, { publishedAt: '2023-06-07' });
    const r = representEvent([a, b]);
    // a comes first by date and both place the event alike: a is the primary, and it has no field spans.
    expect(r.evidence).toEqual(a.event.evidence);
    expect(r.fieldEvidence).toBeUndefined();
    const only = representEvent([b]);
    expect(only.fieldEvidence).toEqual(b.event.fieldEvidence);
    // a first, with spans of its own: the cluster keeps the type and RUS-MIL (its actors[0]), not a's toll alone.
    const a2 = mention('a', { ...a.event, fieldEvidence: [
      { field: 'type', ...span('tués') },
      { field: 'actors[0]', ...span('Une frappe') },
      { field: 'counts.killed', ...span('Deux civils ont été tués') },
    ] }, { publishedAt: '2023-06-06' });
    const merged = representEvent([a2, b]);
    expect(merged.actors.map((x) => x.id)).toEqual(['RUS-MIL', 'UKR-MIL']);
    const fields = merged.fieldEvidence?.map((f) => f.field);
    expect(fields).toContain('type');
    expect(fields).toContain('actors[0]');
    // The cluster's toll is the range 2-5 of both claims: the words "Deux civils ont été tués" did not give it.
    expect(merged.counts.killed).toMatchObject({ low: 2, high: 5, qualifier: 'range' });
    expect(fields).not.toContain('counts.killed');
  });

  it('renumbers the primary mention\'s actor spans to the cluster\'s actor list', () => {
    // a comes first (its actors first in the cluster) but places the event only in a region: b, placed in a city, is primary.
    const a = mention('a', { actors: [actor('RUS-MIL', { role: 'source' })], place: { name: 'Kherson Oblast', country: 'UKR', precision: 'admin1' } }, { publishedAt: '2023-06-06' });
    const b = mention('b', {
      actors: [actor('UKR-MIL', { role: 'target' }), actor('RUS-MIL', { role: 'source' })],
      evidence: [span('Une frappe a touché le marché.')],
      fieldEvidence: [{ field: 'actors[0]', ...span('le marché') }, { field: 'actors[1]', ...span('Une frappe') }, { field: 'place', ...span('marché') }],
    }, { publishedAt: '2023-06-07' });
    const r = representEvent([a, b]);
    expect(r.evidence).toEqual(b.event.evidence);
    expect(r.actors.map((x) => x.id)).toEqual(['RUS-MIL', 'UKR-MIL']);
    expect(r.fieldEvidence).toEqual([
      { field: 'actors[1]', ...span('le marché') },
      { field: 'actors[0]', ...span('Une frappe') },
      { field: 'place', ...span('marché') },
    ]);
    expect(evidenceErrors(r, TEXT)).toEqual([]);
  });

  it('keeps the mode\'s span and renumbers context spans to the cluster\'s sorted context list', () => {
    const a = mention('a', {
      mode: 'air',
      context: ['terrorism'],
      evidence: [span('Une frappe a touché le marché.')],
      fieldEvidence: [{ field: 'mode', ...span('frappe') }, { field: 'context[0]', ...span('Une frappe') }],
    }, { publishedAt: '2023-06-06' });
    const b = mention('b', { mode: 'air', context: ['election'] }, { publishedAt: '2023-06-07' });
    const r = representEvent([a, b]);
    expect(r.context).toEqual(['election', 'terrorism']);
    expect(r.fieldEvidence).toEqual([{ field: 'mode', ...span('frappe') }, { field: 'context[1]', ...span('Une frappe') }]);
    // a mode the cluster does not keep loses its span
    const c = mention('c', { mode: 'ground' }, { publishedAt: '2023-06-08' });
    const d = mention('d', { mode: 'ground' }, { publishedAt: '2023-06-09' });
    expect(representEvent([a, c, d]).fieldEvidence?.map((f) => f.field)).not.toContain('mode');
  });
});
