// Tunable knobs of cross-document event resolution. Defaults are the values measured by
// scripts/eval-merge.ts (pairwise precision/recall on the UCDP GED Ukraine dev gold) and the test corpus.
import type { PloverType } from '../../core/contract.js';
import { DEFAULT_TYPE_GROUPS } from './type-groups.js';

export interface ResolverOptions {
  /** Minimum score (0..1) for a mention to join an existing event. */
  readonly threshold: number;
  /** Extra days two date intervals may be apart and still describe one event, by the coarser precision. */
  readonly dayTolerance: Readonly<Record<'day' | 'week' | 'month' | 'year', number>>;
  /** Days before publication an undated event may have happened (the article date bounds it). */
  readonly undatedLookbackDays: number;
  /**
   * Date rules (Event.date.rule) under which the extractor fell back to the publication date: such a date
   * only bounds the event (on or before it), so it is treated like an undated event.
   */
  readonly fallbackDateRules: readonly string[];
  /** Types that can describe the same real event; a type absent from every group is its own group. */
  readonly typeGroups: readonly (readonly PloverType[])[];
  /** Modalities that can be merged with each other (e.g. an asserted attack and its denial). */
  readonly modalityGroups: readonly (readonly string[])[];
  /** Two city-level places further apart than this (km) are different places. */
  readonly samePlaceKm: number;
  /** Mentions of one cluster compared with a new mention (besides the representative); bounds the cost. */
  readonly maxCompared: number;
  /**
   * When two mentions of one document may be merged: 'never'; 'claims' (default): only when they give
   * figures of a common kind from different claimants, i.e. one event reported with two claims;
   * 'always'. A document's other events are distinct events.
   */
  readonly mergeWithinDocument: 'never' | 'claims' | 'always';
  /** A mention matching its best cluster only loosely (not the same town and day) whose second-best cluster scores within this margin is ambiguous: new event. */
  readonly ambiguityMargin: number;
  /**
   * A loose match (not the same town and day(s): a nested place, a day within a range, a week, a month, a
   * country, two nearby places) needs corroboration (see corroboration.ts: agreeing figures, actors no other
   * candidate names together, a shared number or name) when the mention's candidates hold at least this many
   * other events: where events are many, a compatible place and date alone do not tell them apart.
   */
  readonly corroborateAmong: number;
  /** Numbers or names of their evidence, shared with no other candidate, that corroborate a loose match. */
  readonly minSharedTokens: number;
  /** Weights of the score components; they sum to 1. */
  readonly weights: Readonly<{ type: number; date: number; place: number; actors: number }>;
}

export const DEFAULT_RESOLVER_OPTIONS: ResolverOptions = {
  threshold: 0.75,
  dayTolerance: { day: 0, week: 2, month: 0, year: 0 },
  undatedLookbackDays: 7,
  fallbackDateRules: ['document date'],
  typeGroups: DEFAULT_TYPE_GROUPS,
  modalityGroups: [['asserted', 'alleged', 'denied'], ['planned'], ['hypothetical']],
  samePlaceKm: 3,
  maxCompared: 16,
  mergeWithinDocument: 'claims',
  ambiguityMargin: 0.15,
  corroborateAmong: 1,
  minSharedTokens: 1,
  weights: { type: 0.1, date: 0.35, place: 0.35, actors: 0.2 },
};

export function resolveOptions(partial: Partial<ResolverOptions> = {}): ResolverOptions {
  return { ...DEFAULT_RESOLVER_OPTIONS, ...partial };
}
