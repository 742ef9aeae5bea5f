import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../src/core/contract.js';
import { ACLED_COLUMNS, fromEvent, toGeoJson, writeCsv, writeJson } from '../../src/export/index.js';
import { csvField } from '../../src/export/csv.js';
import { event } from '../api/fixtures.js';

const TEXT = 'Des tirs, "intenses", ont visé =Goris\nhier; 3 morts.';

describe('CSV writer', () => {
  it('quotes commas, quotes and newlines (RFC 4180) and neutralises spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(null)).toBe('');
  });

  it('writes one header and one row per event, with ISO-3 country, name and ACLED precisions', () => {
    const e = event(TEXT, 'ont visé =Goris\nhier', {
      place: { name: '=Goris', country: 'ARM', admin1: 'Syunik', lat: 39.51, lon: 46.34, precision: 'city' },
      date: { start: '2023-09-19', end: null, precision: 'month', rule: 't' },
      counts: { killed: { value: 3, qualifier: 'exact' } },
    });
    const csv = writeCsv([fromEvent(e, 'ev1')]);
    const [header, row, rest] = csv.split('\r\n');
    expect(header).toBe(ACLED_COLUMNS.join(','));
    expect(rest).toBe('');
    // the evidence with a newline stays inside one quoted field
    expect(row).toContain(`"ont visé =Goris\nhier"`);
    const cells = row!.split(',');
    const col = (name: string) => cells[ACLED_COLUMNS.indexOf(name as (typeof ACLED_COLUMNS)[number])];
    expect(col('event_id_cnty')).toBe('ev1');
    expect(col('iso3')).toBe('ARM');
    expect(col('location')).toBe("'=Goris");
    expect(col('country')).toBe('Armenia');
    expect(col('time_precision')).toBe('3');
    expect(col('geo_precision')).toBe('1');
    expect(col('actor1')).toBe('Azerbaijan');
    expect(col('inter1')).toBe('1');
    expect(col('inter2')).toBe('2');
  });
});

describe('GeoJSON writer', () => {
  it('puts located events on points (lon, lat) and keeps unlocated ones with a null geometry', () => {
    const located = event(TEXT, 'Des tirs');
    const unlocated = event(TEXT, 'Des tirs', { place: null });
    const fc = toGeoJson([fromEvent(located, 'a'), fromEvent(unlocated, 'b')]);
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [46.7656, 39.8265] });
    expect(fc.features[1]!.geometry).toBeNull();
    expect(EventSchema.safeParse(fc.features[1]!.properties.event).success).toBe(true);
  });
});

describe('JSON writer', () => {
  it('writes contract events with their id', () => {
    const out = JSON.parse(writeJson([fromEvent(event(TEXT, 'Des tirs'), 'x1')]));
    expect(out).toHaveLength(1);
    expect(out[0].id).toBe('x1');
    expect(EventSchema.safeParse(out[0]).success).toBe(true);
  });
});
