// Loose matches (nested place, a day within a range, coarse dates, nearby places) need corroboration
// where the neighbourhood holds other events; exact matches and lone candidates do not.
import { describe, expect, it } from 'vitest';
import { agreeingFigure, spellingVariant, textTokens } from '../../../src/resolve/dedup/corroboration.js';
import { comparePair, createEventResolver, DEFAULT_RESOLVER_OPTIONS } from '../../../src/resolve/dedup/index.js';
import type { Event } from '../../../src/core/contract.js';
import { actor, event, mention, place } from './make-mention.js';

const resolver = createEventResolver();
const o = DEFAULT_RESOLVER_OPTIONS;
const view = (id: string, ...ms: ReturnType<typeof mention>[]) => ({ id, event: resolver.represent(ms), mentions: ms });
const evidence = (text: string): Event['evidence'] => [{ start: 0, end: text.length, text }];

const KHERSON = place('Kherson', { admin1: 'Kherson Oblast', lat: 46.64, lon: 32.61, geonameid: 706448 });
const OBLAST = place('Kherson Oblast', { admin1: 'Kherson Oblast', precision: 'admin1', lat: 46.7, lon: 33.5 });
const ZAPORIZHZHIA = place('Zaporizhzhia', { admin1: 'Zaporizhzhia Oblast', lat: 47.82, lon: 35.19, geonameid: 687700 });
const SIDES = [actor('RUS-MIL'), actor('UKR-MIL')];

/** A town event of the day, and an event of the same war that day in another province (a neighbour in the block). */
function town(id: string, over: Partial<Event> = {}, meta: Parameters<typeof mention>[2] = {}) {
  return mention(id, { place: KHERSON, actors: SIDES, evidence: evidence('Shelling hit the market, the governor said'), ...over }, meta);
}
function elsewhere(id: string, over: Partial<Event> = {}) {
  return mention(id, { place: ZAPORIZHZHIA, actors: SIDES, evidence: evidence('A drone struck a bus stop, officials said'), ...over });
}

describe('textTokens', () => {
  it('keeps numbers (however grouped) and capitalised names, not common words nor the place name', () => {
    const t = textTokens('Au moins 2 900 corps ont été recueillis à Goma, selon les Nations unies', ['Goma']);
    expect([...t].sort()).toEqual(['2900', 'nations']);
    expect(textTokens('Shelling killed 12 in Kherson Oblast on Monday', ['Kherson Oblast']).has('kherson')).toBe(false);
    expect([...textTokens('Militants attacked the boat near Abakoïra on the Niger river')].sort()).toEqual(['abakoira', 'niger']);
    // the country and its people, in any language of the world-countries data, say only where
    expect([...textTokens('Five Ukrainian soldiers killed as Ukraine shells Horlivka', [], 'UKR')]).toEqual(['horlivka']);
    expect([...textTokens("L'armée ukrainienne a bombardé Horlivka, selon Moscou", [], 'UKR')].sort()).toEqual(['horlivka', 'moscou']);
  });
});

describe('spellingVariant', () => {
  it('takes two transliterations of one name for the same word, not two different names', () => {
    expect(spellingVariant('kupyansk', 'kupiansk')).toBe(true);
    expect(spellingVariant('ilovaysk', 'ilovaisk')).toBe(true);
    expect(spellingVariant('horlivka', 'gorlovka')).toBe(false); // different first letter: not taken for the same
    expect(spellingVariant('donetsk', 'luhansk')).toBe(false);
    expect(textTokens('Shelling of Kupyansk killed 3', ['Kupiansk'])).toEqual(new Set(['3']));
  });
});

describe('agreeingFigure', () => {
  it('agrees when two bounded figures allow a common value, not otherwise', () => {
    const about = event({ counts: { killed: { value: 50, qualifier: 'about' } } });
    const exact = event({ counts: { killed: { value: 52, qualifier: 'exact' } } });
    const range = event({ counts: { killed: { value: 100, low: 100, high: 300, qualifier: 'range' } } });
    const atLeast = event({ counts: { killed: { value: 30, qualifier: 'at_least' } } });
    expect(agreeingFigure(about, exact)?.detail).toBe('killed 50~52');
    expect(agreeingFigure(exact, range)).toBeNull();
    expect(agreeingFigure(exact, event())).toBeNull();
    // "at least 30" is compatible with 52 but would be with any larger toll: it singles nothing out
    expect(agreeingFigure(atLeast, exact)).toBeNull();
  });
});

describe('loose matches need corroboration where events are many', () => {
  const report = (over: Partial<Event> = {}) =>
    mention('p', { place: OBLAST, actors: SIDES, evidence: evidence('Russian forces shelled the region, officials reported'), ...over });

  it('joins a province-level report to the only event of the neighbourhood on place, date and actors', () => {
    const d = resolver.match(report(), [view('E1', town('a'))]);
    expect(d?.eventId).toBe('E1');
    expect(d?.reason).toMatch(/nested/);
  });

  it('keeps it apart when other events of the neighbourhood share the same actors and nothing else ties it to one', () => {
    expect(resolver.match(report(), [view('E1', town('a')), view('E2', elsewhere('b'))])).toBeNull();
  });

  it('joins it when a figure agrees with that event only', () => {
    const toll = { killed: { value: 5, qualifier: 'exact' as const } };
    const d = resolver.match(report({ counts: toll }), [view('E1', town('a', { counts: toll })), view('E2', elsewhere('b', { counts: { killed: { value: 1, qualifier: 'exact' } } }))]);
    expect(d?.eventId).toBe('E1');
    expect(d?.reason).toMatch(/figures agree \(killed 5~5\)/);
  });

  it('does not count a figure every neighbouring event also agrees with', () => {
    const one = { killed: { value: 1, qualifier: 'exact' as const } };
    expect(resolver.match(report({ counts: one }), [view('E1', town('a', { counts: one })), view('E2', elsewhere('b', { counts: one }))])).toBeNull();
  });

  it('joins it when the actors it shares with that event are not all named by any other event', () => {
    const d = resolver.match(report({ actors: [...SIDES, actor('UKR-CIV', { kind: 'civilians' })] }), [
      view('E1', town('a', { actors: [...SIDES, actor('UKR-CIV', { kind: 'civilians' })] })),
      view('E2', elsewhere('b')),
    ]);
    expect(d?.eventId).toBe('E1');
    expect(d?.reason).toMatch(/distinctive actors \(id:RUS-MIL,id:UKR-CIV,id:UKR-MIL\)/);
  });

  it('joins it when its evidence shares a name or number with that event only', () => {
    const d = resolver.match(report({ evidence: evidence('Shelling of the Tsentralnyi market killed several people') }), [
      view('E1', town('a', { evidence: evidence('the strike on the Tsentralnyi market, the governor said') })),
      view('E2', elsewhere('b')),
    ]);
    expect(d?.eventId).toBe('E1');
    expect(d?.reason).toMatch(/shared words \(tsentralnyi\)/);
  });

  it('still merges exact matches (the same town, the same day) among many events without corroboration', () => {
    const d = resolver.match(town('c', { evidence: evidence('Five dead, officials say') }), [view('E1', town('a')), view('E2', elsewhere('b'))]);
    expect(d?.eventId).toBe('E1');
  });

  it('takes two undated reports about one town published the same day as exact, on different days as loose', () => {
    const undated = { start: '2023-06-07', end: null, precision: 'day' as const, rule: 'document date' };
    const a = town('a', { date: undated });
    const sameDay = town('b', { date: undated, evidence: evidence('Shelling hit houses overnight') });
    const nextDay = town('c', { date: { ...undated, start: '2023-06-08' }, evidence: evidence('Shelling hit houses overnight') });
    expect(comparePair(a, sameDay, o).exact).toBe(true);
    expect(resolver.match(sameDay, [view('E1', a), view('E2', elsewhere('x'))])?.eventId).toBe('E1');
    expect(comparePair(a, { ...nextDay, publishedAt: '2023-06-08' }, o).exact).toBe(false);
    expect(resolver.match({ ...nextDay, publishedAt: '2023-06-08' }, [view('E1', a), view('E2', elsewhere('x'))])).toBeNull();
  });

  it('does not tie two undated reports published on different days by a coincidence of words', () => {
    const undated = (day: string) => ({ start: day, end: null, precision: 'day' as const, rule: 'document date' });
    const a = town('a', { date: undated('2023-06-07'), evidence: evidence('Forces destroyed up to 90 units near Tsentralnyi') });
    const b = town('b', { date: undated('2023-06-08'), evidence: evidence('Forces destroyed up to 90 units near Tsentralnyi') }, { publishedAt: '2023-06-08' });
    const s = comparePair(a, b, o);
    expect(s.rejected).toBe(false);
    expect(s.undatedApart).toBe(true);
    expect(resolver.match(b, [view('E1', a)])?.eventId).toBe('E1'); // alone in its neighbourhood: place and actors decide
    expect(resolver.match(b, [view('E1', a), view('E2', elsewhere('x'))])).toBeNull();
  });

  it('does not count the words of the claimant\'s name as shared evidence', () => {
    const said = { name: 'Russian Defense Ministry', actor: null };
    const r = report({ attribution: said, evidence: evidence('Units were destroyed, the Russian Defense Ministry said') });
    const a = town('a', { attribution: said, evidence: evidence('Strikes hit positions, according to the Russian Defense Ministry') });
    expect(resolver.match(r, [view('E1', a), view('E2', elsewhere('b'))])).toBeNull();
    expect(textTokens('Units were destroyed, the Russian Defense Ministry said', ['Russian Defense Ministry']).size).toBe(0);
  });

  it('treats two nearby but distinct villages as a loose match, not an exact one', () => {
    const v1 = place('Kuteinykove', { lat: 47.7, lon: 38.4 });
    const v2 = place('Dzerkalne', { lat: 47.72, lon: 38.41 });
    const a = mention('a', { place: v1, actors: SIDES, evidence: evidence('Kuteinykove') });
    const b = mention('b', { place: v2, actors: SIDES, evidence: evidence('Dzerkalne') });
    const s = comparePair(a, b, o);
    expect(s.reason).toMatch(/place near/);
    expect(s.exact).toBe(false);
    expect(resolver.match(b, [view('E1', a)])?.eventId).toBe('E1');
    expect(resolver.match(b, [view('E1', a), view('E2', elsewhere('x'))])).toBeNull();
  });
});

describe('coarse dates are weak evidence', () => {
  const week = (start: string, end: string) => ({ start, end, precision: 'week' as const, rule: 't' });

  it('scores a day inside a range of days above a day inside a week, and that above a day inside a month or a year', () => {
    const day = mention('a', { actors: SIDES });
    const score = (date: Event['date']) => comparePair(day, mention('b', { actors: SIDES, date }), o).score;
    const inRange = score({ start: '2023-06-05', end: '2023-06-07', precision: 'day', rule: 't' });
    const inWeek = score(week('2023-06-03', '2023-06-09'));
    const inMonth = score({ start: '2023-06-01', end: null, precision: 'month', rule: 't' });
    const inYear = score({ start: '2023-01-01', end: null, precision: 'year', rule: 't' });
    expect(inRange).toBeGreaterThan(inWeek);
    expect(inWeek).toBeGreaterThan(inMonth);
    expect(inMonth).toBeGreaterThan(inYear);
    expect(inYear).toBeLessThan(o.threshold); // "this year" in the same town is not enough
  });

  it('keeps apart the weekly tallies of two consecutive weeks for one province', () => {
    const w1 = mention('a', { place: OBLAST, actors: SIDES, date: week('2023-06-03', '2023-06-09') });
    const w2 = mention('b', { place: OBLAST, actors: SIDES, date: week('2023-06-10', '2023-06-16') }, { publishedAt: '2023-06-16' });
    expect(comparePair(w1, w2, o).rejected).toBe(false);
    expect(resolver.match(w2, [view('E1', w1)])).toBeNull();
  });
});
