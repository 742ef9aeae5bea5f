// The /api/aggregates body in both layouts: columns hold exactly the rows (as the dashboard reads them back).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateTotals, aggregatesBody } from '../../src/api/aggregates-json.js';
import type { AggregateRow } from '../../src/store/event-store.js';
import { rowsFromColumns } from '../../web/src/api.js';

const num = fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const row: fc.Arbitrary<AggregateRow> = fc.record({
  bucket: fc.oneof(fc.constant('2024-03-04'), fc.string()),
  group: fc.oneof(fc.constant(null), fc.constantFrom('ASSAULT', 'UKR'), fc.string(), fc.constant('a"b\\c\u2028<script>')),
  events: num,
  killedLow: num,
  killedBest: num,
  killedHigh: num,
  injuredBest: num,
});

describe('aggregates body', () => {
  it('rows: the rows and totals as JSON; columns: the same rows, one array per field', () => {
    fc.assert(
      fc.property(fc.constantFrom('day', 'week'), fc.constantFrom(null, 'type', 'country'), fc.array(row, { maxLength: 20 }), (interval, group, rows) => {
        const totals = aggregateTotals(rows);
        const asRows = JSON.parse(aggregatesBody(interval, group, rows, 'rows'));
        expect(asRows).toEqual(JSON.parse(JSON.stringify({ interval, group, rows, totals })));
        const asColumns = JSON.parse(aggregatesBody(interval, group, rows, 'columns'));
        expect(asColumns.rows).toBeUndefined();
        expect(asColumns.totals).toEqual(asRows.totals);
        expect(rowsFromColumns(asColumns.columns)).toEqual(asRows.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('sums the totals', () => {
    const r = (events: number, killedBest: number): AggregateRow => ({ bucket: '2024-01-01', group: null, events, killedLow: 1, killedBest, killedHigh: 9, injuredBest: 2 });
    expect(aggregateTotals([r(2, 5), r(3, 1)])).toEqual({ events: 5, killedLow: 2, killedBest: 6, killedHigh: 18, injuredBest: 4 });
  });
});
