// low / best / high per kind of figure, derived from the claims ledger by the rule in docs/claims.md.
// Every derived number is a number somebody stated; nothing is averaged.
import type { CountKind } from '../../core/contract.js';
import type { Claim, Figure } from '../../store/event-store.js';
import { foldName } from './normalize.js';

/** Who stands behind a claim: the named claimant, else the outlet itself, else the document. */
export function claimantKey(c: Claim): string {
  if (c.claimant) return `claimant:${foldName(c.claimant)}`;
  if (c.outlet) return `outlet:${foldName(c.outlet)}`;
  return `document:${c.documentId}`;
}

/** What a figure states: a claim of the ledger or a mention's count. */
export type FigureLike = Pick<Claim, 'value' | 'qualifier'> & { readonly low?: number | null; readonly high?: number | null };

/** The values a claim (or a count) allows, used only to decide whether figures contradict each other. */
export function claimInterval(c: FigureLike): { lo: number; hi: number } {
  switch (c.qualifier) {
    case 'at_least': return { lo: c.low ?? c.value, hi: Number.POSITIVE_INFINITY };
    case 'at_most': return { lo: c.low ?? 0, hi: c.high ?? c.value };
    case 'about': return { lo: c.low ?? Math.floor(c.value * 0.9), hi: c.high ?? Math.ceil(c.value * 1.1) };
    case 'range': return { lo: c.low ?? c.value, hi: c.high ?? c.value };
    default: return { lo: c.value, hi: c.value };
  }
}

function newer(a: Claim, b: Claim): boolean {
  const pa = a.publishedAt ?? '';
  const pb = b.publishedAt ?? '';
  if (pa !== pb) return pa > pb;
  if (a.value !== b.value) return a.value > b.value;
  return a.id > b.id;
}

/** Each claimant's latest claim (a later statement by the same claimant supersedes an earlier one). */
export function currentClaims(claims: readonly Claim[]): Claim[] {
  const latest = new Map<string, Claim>();
  for (const c of claims) {
    const k = claimantKey(c);
    const prev = latest.get(k);
    if (!prev || newer(c, prev)) latest.set(k, c);
  }
  return [...latest.values()].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id));
}

export interface FigureDetail {
  readonly figure: Figure;
  /** The claims the figure is derived from, one per claimant, by ascending value. */
  readonly current: readonly Claim[];
  /** Earlier claims replaced by a later claim of the same claimant. */
  readonly superseded: readonly Claim[];
  readonly lowFrom: string;
  readonly bestFrom: string;
  readonly highFrom: string;
}

/** The figure for claims of one kind; null when there are none. */
export function deriveFigureDetail(claims: readonly Claim[]): FigureDetail | null {
  if (claims.length === 0) return null;
  const current = currentClaims(claims);
  const ids = new Set(current.map((c) => c.id));
  let lowC = current[0]!;
  let highC = current[0]!;
  for (const c of current) {
    if ((c.low ?? c.value) < (lowC.low ?? lowC.value)) lowC = c;
    if ((c.high ?? c.value) > (highC.high ?? highC.value)) highC = c;
  }
  // best: the lower median of the claimants' estimates; "at least N" / "at most N" are bounds, not
  // estimates, and only count when no claimant gives an estimate
  const estimates = current.filter((c) => c.qualifier !== 'at_least' && c.qualifier !== 'at_most');
  const pool = estimates.length > 0 ? estimates : current;
  const bestC = pool[Math.floor((pool.length - 1) / 2)]!;
  const intervals = current.map(claimInterval);
  const maxLo = Math.max(...intervals.map((i) => i.lo));
  const minHi = Math.min(...intervals.map((i) => i.hi));
  return {
    figure: {
      low: lowC.low ?? lowC.value,
      best: bestC.value,
      high: highC.high ?? highC.value,
      contested: maxLo > minHi,
      claims: claims.length,
    },
    current,
    superseded: claims.filter((c) => !ids.has(c.id)),
    lowFrom: lowC.id,
    bestFrom: bestC.id,
    highFrom: highC.id,
  };
}

/** Figures per kind for one event's claims (what the store keeps in StoredEvent.figures). */
export function deriveFigures(claims: readonly Claim[]): Partial<Record<CountKind, Figure>> {
  const byKind = new Map<CountKind, Claim[]>();
  for (const c of claims) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  const out: Partial<Record<CountKind, Figure>> = {};
  for (const [kind, list] of [...byKind.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const d = deriveFigureDetail(list);
    if (d) out[kind] = d.figure;
  }
  return out;
}
