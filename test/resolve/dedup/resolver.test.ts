import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../../src/core/contract.js';
import { createEventResolver, comparePair, DEFAULT_RESOLVER_OPTIONS } from '../../../src/resolve/dedup/index.js';
import { clusterMentions } from '../../../src/resolve/dedup/cluster-batch.js';
import { actor, mention, place } from './make-mention.js';

const resolver = createEventResolver();
const o = DEFAULT_RESOLVER_OPTIONS;
const view = (id: string, ...ms: ReturnType<typeof mention>[]) => ({ id, event: resolver.represent(ms), mentions: ms });

describe('match', () => {
  it('merges two reports of one strike (same place, same day, shared actor) with a score and a reason', () => {
    const a = mention('a', { actors: [actor('RUS-MIL')] });
    const b = mention('b', { actors: [actor('RUS-MIL'), actor('UKR-CIV', { kind: 'civilians' })] });
    const d = resolver.match(b, [view('E1', a)]);
    expect(d?.eventId).toBe('E1');
    expect(d!.score).toBeGreaterThanOrEqual(o.threshold);
    expect(d!.reason).toMatch(/place same/);
    expect(d!.reason).toMatch(/RUS-MIL/);
  });

  it('keeps apart two same-day events in different towns of one region', () => {
    const a = mention('a', { place: place('Kramatorsk', { lat: 48.72, lon: 37.56 }) });
    const b = mention('b', { place: place('Sloviansk', { lat: 48.85, lon: 37.6 }) });
    expect(resolver.match(b, [view('E1', a)])).toBeNull();
    expect(comparePair(a, b, o).reason).toMatch(/km apart/);
  });

  it('merges day-precise reports only when their days overlap (a report unsure of the day gives a range)', () => {
    const a = mention('a');
    const nextDay = mention('b', { date: { start: '2023-06-07', end: null, precision: 'day', rule: 't' } });
    const range = mention('c', { date: { start: '2023-06-05', end: '2023-06-07', precision: 'day', rule: 't' } });
    expect(resolver.match(nextDay, [view('E1', a)])).toBeNull();
    expect(comparePair(a, nextDay, o).reason).toMatch(/dates 1d apart/);
    expect(resolver.match(range, [view('E1', a)])?.eventId).toBe('E1');
  });

  it('lets a month-precise report with a shared actor join a day-precise one inside that month, not outside', () => {
    const a = mention('a', { actors: [actor('RUS-MIL')] });
    const june = mention('b', { actors: [actor('RUS-MIL')], date: { start: '2023-06-01', end: null, precision: 'month', rule: 't' } });
    const july = mention('c', { actors: [actor('RUS-MIL')], date: { start: '2023-07-01', end: null, precision: 'month', rule: 't' } });
    const juneNoActor = mention('d', { date: { start: '2023-06-01', end: null, precision: 'month', rule: 't' } });
    expect(resolver.match(june, [view('E1', a)])?.eventId).toBe('E1');
    expect(resolver.match(july, [view('E1', a)])).toBeNull();
    expect(resolver.match(juneNoActor, [view('E1', a)])).toBeNull();
  });

  it('joins a city report with a report naming only its province (nested place)', () => {
    const a = mention('a', { place: place('Kherson', { admin1: 'Kherson Oblast', lat: 46.64, lon: 32.61 }) });
    const b = mention('b', { place: place('Kherson Oblast', { admin1: 'Kherson Oblast', precision: 'admin1', lat: 46.7, lon: 33.5 }) });
    expect(resolver.match(b, [view('E1', a)])?.reason).toMatch(/nested/);
  });

  it('never merges incompatible types, a planned event with an asserted one, or two events of one document', () => {
    const a = mention('a');
    expect(resolver.match(mention('b', { type: 'AGREE' }), [view('E1', a)])).toBeNull();
    expect(resolver.match(mention('c', { modality: 'planned' }), [view('E1', a)])).toBeNull();
    expect(resolver.match(mention('d', {}, { documentId: 'doc-a' }), [view('E1', a)])).toBeNull();
  });

  it('merges an assault with its denial (the denial is a claim about the same event)', () => {
    expect(resolver.match(mention('b', { modality: 'denied' }), [view('E1', mention('a'))])?.eventId).toBe('E1');
  });

  it('does not merge same-day events with neither a shared place nor a shared actor', () => {
    const a = mention('a', { place: null, actors: [actor('RUS-MIL')] });
    const b = mention('b', { place: null, actors: [actor('UKR-MIL')] });
    expect(resolver.match(b, [view('E1', a)])).toBeNull();
  });

  it('chooses the best of several candidates and recognises a mention it already holds', () => {
    const a = mention('a', { date: { start: '2023-06-05', end: null, precision: 'day', rule: 't' } });
    const b = mention('b');
    const c = mention('c');
    expect(resolver.match(c, [view('E1', a), view('E2', b)])?.eventId).toBe('E2');
    expect(resolver.match(b, [view('E2', b)])).toEqual({ eventId: 'E2', score: 1, reason: 'already a mention of this event' });
  });
});

describe('match: uncertain dates, ambiguity, one document', () => {
  it('treats a date the extractor took from the publication date as "on or before publication"', () => {
    const onDay = mention('a', { actors: [actor('RUS-MIL')] });
    const fallback = mention('b', { actors: [actor('RUS-MIL')], date: { start: '2023-06-08', end: null, precision: 'day', rule: 'document date' } }, { publishedAt: '2023-06-08' });
    const exact = mention('c', { actors: [actor('RUS-MIL')], date: { start: '2023-06-08', end: null, precision: 'day', rule: 'sentence date' } }, { publishedAt: '2023-06-08' });
    expect(comparePair(onDay, fallback, o).rejected).toBe(false);
    expect(resolver.match(fallback, [view('E1', onDay)])?.eventId).toBe('E1');
    expect(comparePair(onDay, exact, o).reason).toMatch(/dates 2d apart/);
  });

  it('leaves a vague report that fits two events equally well on its own', () => {
    const a = mention('a', { place: place('Kherson', { admin1: '08', lat: 46.64, lon: 32.61 }), actors: [actor('RUS-MIL')] });
    const b = mention('b', { place: place('Nova Kakhovka', { admin1: '08', lat: 46.76, lon: 33.36 }), actors: [actor('RUS-MIL')] });
    const oblast = mention('c', { place: place('Kherson Oblast', { admin1: '08', precision: 'admin1', lat: 46.7, lon: 33.2 }), actors: [actor('RUS-MIL')] });
    expect(resolver.match(oblast, [view('E1', a)])?.eventId).toBe('E1');
    expect(resolver.match(oblast, [view('E1', a), view('E2', b)])).toBeNull();
  });

  it('merges two mentions of one document only when they are two claims about one event', () => {
    const first = mention('a', { counts: { killed: { value: 471, qualifier: 'exact' } }, attribution: { name: 'health ministry', actor: null } }, { documentId: 'd1' });
    const second = mention('b', { counts: { killed: { value: 100, low: 100, high: 300, qualifier: 'range' } }, attribution: { name: 'US intelligence', actor: null } }, { documentId: 'd1' });
    const repeat = mention('c', { counts: { killed: { value: 471, qualifier: 'exact' } }, attribution: { name: 'Health Ministry', actor: null } }, { documentId: 'd1' });
    expect(resolver.match(second, [view('E1', first)])?.eventId).toBe('E1');
    expect(resolver.match(repeat, [view('E1', first)])).toBeNull();
    expect(createEventResolver({ mergeWithinDocument: 'never' }).match(second, [view('E1', first)])).toBeNull();
  });
});

describe('blockingKeys', () => {
  it('gives nothing to an event with no date and no publication date', () => {
    expect(resolver.blockingKeys(mention('a', { date: null }, { publishedAt: null }))).toEqual([]);
  });

  it('always shares a key between two mentions the resolver could merge (no missed candidates)', () => {
    const day = fc.integer({ min: 0, max: 30 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));
    const prec = fc.constantFrom('day', 'week', 'month' as const);
    const arb = fc.record({ d: day, p: prec, t: fc.constantFrom('ASSAULT', 'COERCE', 'AGREE' as const), pub: day, rule: fc.constantFrom('t', 'document date') });
    fc.assert(
      fc.property(arb, arb, (x, y) => {
        const mk = (id: string, v: typeof x) =>
          mention(id, { type: v.t, date: { start: v.p === 'month' ? `${v.d.slice(0, 8)}01` : v.d, end: null, precision: v.p, rule: v.rule } }, { publishedAt: v.pub });
        const a = mk('a', x);
        const b = mk('b', y);
        if (comparePair(a, b, o).rejected) return;
        const ka = new Set(resolver.blockingKeys(a));
        expect(resolver.blockingKeys(b).some((k) => ka.has(k))).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('represent', () => {
  it('is a valid contract event, independent of mention order, with the most precise place and date', () => {
    const a = mention('a', { place: place('Kherson Oblast', { precision: 'admin1' }), date: { start: '2023-06-01', end: null, precision: 'month', rule: 't' } });
    const b = mention('b', { actors: [actor('RUS-MIL')], counts: { killed: { value: 5, qualifier: 'exact' } } });
    const c = mention('c', { actors: [actor('UKR-GOV')], counts: { killed: { value: 17, qualifier: 'at_least' } } });
    const r1 = resolver.represent([a, b, c]);
    const r2 = resolver.represent([c, a, b]);
    expect(r1).toEqual(r2);
    expect(EventSchema.safeParse(r1).success).toBe(true);
    expect(r1.place?.name).toBe('Nova Kakhovka');
    expect(r1.date?.precision).toBe('day');
    expect(r1.actors.map((x) => x.id).sort()).toEqual(['RUS-MIL', 'UKR-GOV']);
    expect(r1.counts.killed).toEqual({ value: 5, low: 5, high: 17, qualifier: 'range' });
  });
});

describe('represent (property)', () => {
  it('gives the same event for any order of the same mentions', () => {
    const arbMention = fc.record({
      day: fc.integer({ min: 1, max: 9 }),
      prec: fc.constantFrom('day', 'month' as const),
      town: fc.constantFrom('Kherson', 'Kherson Oblast', 'Nova Kakhovka'),
      killed: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      q: fc.constantFrom('exact', 'at_least', 'about' as const),
      who: fc.option(fc.constantFrom('governor', 'ministry', 'UN'), { nil: undefined }),
      actor: fc.constantFrom('RUS-MIL', 'UKR-MIL', 'UKR-CIV'),
      type: fc.constantFrom('ASSAULT', 'COERCE' as const),
    });
    fc.assert(
      fc.property(fc.array(arbMention, { minLength: 1, maxLength: 6 }), fc.integer(), (specs, seed) => {
        const ms = specs.map((x, i) => mention(`m${i}`, {
          type: x.type,
          date: { start: `2023-06-0${x.day}`, end: null, precision: x.prec, rule: 't' },
          place: place(x.town, x.town.endsWith('Oblast') ? { precision: 'admin1' } : {}),
          actors: [actor(x.actor)],
          counts: x.killed === undefined ? {} : { killed: { value: x.killed, qualifier: x.q } },
          attribution: x.who ? { name: x.who, actor: null } : null,
        }, { publishedAt: `2023-06-1${x.day}` }));
        const shuffled = [...ms].sort((a, b) => ((a.mentionId.charCodeAt(1) * 31 + seed) % 7) - ((b.mentionId.charCodeAt(1) * 31 + seed) % 7));
        expect(resolver.represent(shuffled)).toEqual(resolver.represent(ms));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('clusterMentions', () => {
  it('gives the same events whatever the order of ingestion for a clear-cut corpus', () => {
    const ms = [
      mention('a1'), mention('a2', { actors: [actor('RUS-MIL')] }), mention('a3', { place: place('Nova Kakhovka', { precision: 'city' }) }),
      mention('b1', { place: place('Kramatorsk', { lat: 48.72, lon: 37.56 }) }), mention('b2', { place: place('Kramatorsk', { lat: 48.72, lon: 37.56 }) }),
    ];
    const groups = (list: typeof ms) =>
      [...clusterMentions(list, resolver).clusters.values()].map((c) => c.mentions.map((m) => m.mentionId).sort().join(',')).sort();
    expect(groups(ms)).toEqual(['a1,a2,a3', 'b1,b2']);
    expect(groups([...ms].reverse())).toEqual(['a1,a2,a3', 'b1,b2']);
  });
});
