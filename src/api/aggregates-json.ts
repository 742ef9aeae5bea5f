// The /api/aggregates body, as rows (one object per bucket and group) or as columns (one array per field).
// A whole-store timeline has thousands of rows: measured on 2,137 day rows, JSON.stringify of the row
// objects took ~0.85 ms and 258 kB; the same as columns is a quarter of the bytes (bench/README.md).
import type { AggregateRow } from '../store/event-store.js';

export interface AggregateTotals {
  readonly events: number;
  readonly killedLow: number;
  readonly killedBest: number;
  readonly killedHigh: number;
  readonly injuredBest: number;
}

export interface AggregateColumns {
  readonly bucket: string[];
  readonly group: (string | null)[];
  readonly events: number[];
  readonly killedLow: number[];
  readonly killedBest: number[];
  readonly killedHigh: number[];
  readonly injuredBest: number[];
}

export function aggregateTotals(rows: readonly AggregateRow[]): AggregateTotals {
  let events = 0, killedLow = 0, killedBest = 0, killedHigh = 0, injuredBest = 0;
  for (const r of rows) {
    events += r.events;
    killedLow += r.killedLow;
    killedBest += r.killedBest;
    killedHigh += r.killedHigh;
    injuredBest += r.injuredBest;
  }
  return { events, killedLow, killedBest, killedHigh, injuredBest };
}

export function toColumns(rows: readonly AggregateRow[]): AggregateColumns {
  const c: AggregateColumns = { bucket: [], group: [], events: [], killedLow: [], killedBest: [], killedHigh: [], injuredBest: [] };
  for (const r of rows) {
    c.bucket.push(r.bucket);
    c.group.push(r.group);
    c.events.push(r.events);
    c.killedLow.push(r.killedLow);
    c.killedBest.push(r.killedBest);
    c.killedHigh.push(r.killedHigh);
    c.injuredBest.push(r.injuredBest);
  }
  return c;
}

export function aggregatesBody(interval: string, group: string | null, rows: readonly AggregateRow[], layout: 'rows' | 'columns'): string {
  const totals = aggregateTotals(rows);
  return layout === 'columns'
    ? JSON.stringify({ interval, group, columns: toColumns(rows), totals })
    : JSON.stringify({ interval, group, rows, totals });
}
