// Pairwise comparison of two event mentions: a score in 0..1 and a reason naming every component,
// or a rejection with the component that ruled the pair out.
import type { Event } from '../../core/contract.js';
import type { DatePrecision } from '../../core/types.js';
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
  /** The pair names the same town or district and the same day(s): no corroboration needed. */
  readonly exact: boolean;
  /** Neither report dates the event itself and they were published on different days: no date evidence. */
  readonly undatedApart: boolean;
}

/** Date agreement by the coarser precision: the same interval, or one inside the other. */
const SAME_DATES: Record<DatePrecision, number> = { day: 1, week: 0.6, month: 0.4, year: 0.2 };
const INSIDE_DATES: Record<DatePrecision, number> = { day: 0.7, week: 0.5, month: 0.4, year: 0.2 };

function groupOf(value: string, groups: readonly (readonly string[])[]): number {
  return groups.findIndex((g) => g.includes(value));
}

function reject(reason: string): PairScore {
  return { score: 0, rejected: true, reason: `no: ${reason}`, exact: false, undatedApart: false };
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
  // The coarser the dates, the less their agreement says: a week holds several events, a year many.
  let dateScore: number;
  if (ia.fromPublication || ib.fromPublication) dateScore = ia.fromPublication && ib.fromPublication && ia.to === ib.to ? 0.7 : 0.4; // reported the same day
  else if (gap > 0) dateScore = (prec === 'day' ? 0.6 : 0.4) - 0.1 * (gap - 1); // adjacent, not overlapping
  else if (ia.from === ib.from && ia.to === ib.to) dateScore = SAME_DATES[prec];
  else if ((ia.from <= ib.from && ib.to <= ia.to) || (ib.from <= ia.from && ia.to <= ib.to)) {
    // one interval inside the other: a day within a range of days, a day within a month
    dateScore = INSIDE_DATES[prec];
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
  // the same day(s): both reports date the event alike, or neither does and both were published the same day
  // (the news of one day about one town is most often about one incident)
  const sameDays = (gap === 0 && prec === 'day' && ia.from === ib.from && ia.to === ib.to && !ia.fromPublication && !ib.fromPublication)
    || (ia.fromPublication && ib.fromPublication && ia.to === ib.to);
  // exact: the very same town or district (not two nearby ones) on the very same day(s)
  return {
    score: Math.round(score * 1000) / 1000,
    rejected: false,
    reason,
    exact: place.kind === 'same' && isPrecise(place) && sameDays,
    undatedApart: ia.fromPublication && ib.fromPublication && ia.to !== ib.to,
  };
}
