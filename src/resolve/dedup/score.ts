// Pairwise comparison of two event mentions: a score in 0..1 and a reason naming every component,
// or a rejection with the component that ruled the pair out.
import type { Event } from '../../core/contract.js';
import { actorOverlap } from './actor-overlap.js';
import { coarser, eventInterval, gapDays } from './date-window.js';
import type { ResolverOptions } from './options.js';
import { isPrecise, placeRelation } from './place-relation.js';
import { typeGroupOf } from './type-groups.js';

export interface Comparable {
  readonly event: Event;
  readonly publishedAt: string | null;
}

export interface PairScore {
  /** 0 when rejected. */
  readonly score: number;
  readonly rejected: boolean;
  readonly reason: string;
  /** The pair shares a precise place (the same or a nearby town or district) and the same day(s). */
  readonly exact: boolean;
}

function groupOf(value: string, groups: readonly (readonly string[])[]): number {
  return groups.findIndex((g) => g.includes(value));
}

function reject(reason: string): PairScore {
  return { score: 0, rejected: true, reason: `no: ${reason}`, exact: false };
}

export function comparePair(a: Comparable, b: Comparable, o: ResolverOptions): PairScore {
  const ea = a.event;
  const eb = b.event;
  // type
  let typeScore: number;
  if (ea.type === eb.type) typeScore = 1;
  else if (typeGroupOf(ea.type, o.typeGroups) === typeGroupOf(eb.type, o.typeGroups)) typeScore = 0.6;
  else return reject(`type ${ea.type}≠${eb.type}`);
  if (ea.modality !== eb.modality) {
    const ga = groupOf(ea.modality, o.modalityGroups);
    if (ga < 0 || ga !== groupOf(eb.modality, o.modalityGroups)) return reject(`modality ${ea.modality}≠${eb.modality}`);
  }
  // date
  const ia = eventInterval(ea.date, a.publishedAt, o.undatedLookbackDays, o.fallbackDateRules);
  const ib = eventInterval(eb.date, b.publishedAt, o.undatedLookbackDays, o.fallbackDateRules);
  if (!ia || !ib) return reject('date unknown');
  const gap = gapDays(ia, ib);
  const prec = coarser(ia.precision, ib.precision);
  if (gap > o.dayTolerance[prec]) return reject(`dates ${gap}d apart (${prec})`);
  let dateScore: number;
  if (ia.fromPublication || ib.fromPublication) dateScore = ia.fromPublication && ib.fromPublication && ia.to === ib.to ? 0.7 : 0.4; // reported the same day
  else if (gap > 0) dateScore = 0.6 - 0.1 * (gap - 1);
  else if (ia.from === ib.from && ia.to === ib.to) dateScore = prec === 'day' ? 1 : prec === 'week' ? 0.6 : 0.4;
  else if ((ia.from <= ib.from && ib.to <= ia.to) || (ib.from <= ia.from && ia.to <= ib.to)) {
    // one interval inside the other: a day within a range of days, a day within a month
    dateScore = prec === 'day' ? 0.7 : prec === 'week' ? 0.6 : 0.4;
  } else dateScore = 0.2; // the intervals only partly overlap
  // place
  const place = placeRelation(ea.place, eb.place, o.samePlaceKm);
  if (place.kind === 'different') return reject(`place ${place.detail}`);
  // actors
  const actors = actorOverlap(ea.actors, eb.actors);
  // What ties the two reports to one spot: a shared or nested place; shared actors count only when a
  // report gives no place finer than a country (the parties to a war are in all of its events).
  const placeMissing = !ea.place || !eb.place || ea.place.precision === 'country' || eb.place.precision === 'country';
  const anchored = place.kind === 'same' || place.kind === 'near' || place.kind === 'nested' || (placeMissing && actors.shared.length > 0);
  if (!anchored) return reject(`no shared place${placeMissing ? ' or actor' : ''} (place ${place.kind}: ${place.detail}; actors ${actors.detail})`);
  if (actors.disjoint && !isPrecise(place)) return reject(`disjoint actors and no precise shared place (place ${place.kind}: ${place.detail})`);
  const w = o.weights;
  const score = w.type * typeScore + w.date * Math.max(0, dateScore) + w.place * place.score + w.actors * actors.score;
  const reason =
    `type ${typeScore === 1 ? ea.type : `${ea.type}~${eb.type}`}; date ${gap > 0 ? `${gap}d apart` : ia.from === ib.from && ia.to === ib.to ? 'same' : 'overlap'} (${prec}); ` +
    `place ${place.kind} (${place.detail}); actors ${actors.detail}`;
  const sameDays = gap === 0 && prec === 'day' && ia.from === ib.from && ia.to === ib.to && !ia.fromPublication && !ib.fromPublication;
  return { score: Math.round(score * 1000) / 1000, rejected: false, reason, exact: isPrecise(place) && sameDays };
}
