// Small display helpers for contract values.
import type { Event } from '../../src/core/contract.js';
import type { Claim, Figure } from '../../src/store/event-store.js';

export function formatDate(d: Event['date']): string {
  if (!d) return 'date unknown';
  const range = d.end && d.end !== d.start ? `${d.start} → ${d.end}` : d.start;
  return `${range} (precision: ${d.precision})`;
}

export function formatPlace(p: Event['place']): string {
  if (!p) return 'place unknown';
  const parts = [p.name, p.admin2, p.admin1, p.country].filter((x): x is string => !!x);
  return `${[...new Set(parts)].join(', ')} (precision: ${p.precision})`;
}

const QUAL: Record<string, string> = { exact: '', at_least: 'at least ', at_most: 'at most ', about: 'about ', range: '' };

export function formatCount(c: { value: number; low?: number | null; high?: number | null; qualifier: string }): string {
  if (c.qualifier === 'range' && c.low != null && c.high != null) return `${c.low}–${c.high}`;
  return `${QUAL[c.qualifier] ?? ''}${c.value}`;
}

export function formatClaim(c: Claim): string {
  return formatCount(c);
}

export function formatFigure(f: Figure): string {
  return f.low === f.high ? `${f.best}` : `${f.best} (low ${f.low}, high ${f.high})`;
}

/** "1 event", "2,345 events", or "1,000+ events" when the API only knows a lower bound (capped text-search count). */
export function formatEventTotal(total: number, isLowerBound = false): string {
  const n = total.toLocaleString('en-US');
  return isLowerBound ? `${n}+ events` : `${n} event${total === 1 ? '' : 's'}`;
}
