// A UCDP row's fields are scored only when a headline that states the event names them: a number or a name in a
// report's title says nothing about the event. Runs on a two-row gold file written here (no ../shared needed).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ucdp from '../../src/eval/adapters/ucdp-ged.js';

const HEADER = ['id', 'type_of_violence', 'side_a', 'side_b', 'source_date', 'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2', 'country', 'date_prec', 'date_start', 'date_end', 'best', 'high', 'low', 'geom_longitude', 'geom_latitude'];

function row(cells: Record<string, string>): string {
  return HEADER.map((h) => `"${(cells[h] ?? '').replace(/"/g, '""')}"`).join(',');
}

const common = { type_of_violence: '2', side_a: 'FPRC', side_b: 'UPC', where_prec: '1', where_coordinates: 'Ndele town', adm_1: 'Bamingui-Bangoran', country: 'Central African Republic', date_prec: '1', geom_longitude: '20.64', geom_latitude: '8.41' };

const dir = mkdtempSync(join(tmpdir(), 'vigie-ucdp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'ucdp-ged-car'));
writeFileSync(
  join(dir, 'ucdp-ged-car', 'ged231_car.dev.csv'),
  [
    HEADER.join(','),
    // A weekly report's title (its issue 21, its day 28) and a news headline that states no toll and no source.
    row({ ...common, id: '1', source_date: '2017-05-29;2017-05-29', source_headline: 'Rapport hebdo de la situation no 21 (28 mai 2017);Des combats opposent deux groupes armés à Ndélé', source_original: 'MINUSCA situation report', date_start: '2017-05-27', date_end: '2017-05-27', best: '21', high: '28', low: '21' }),
    // The same event told with its toll and its source in the stating headline.
    row({ ...common, id: '2', source_date: '2017-05-29', source_headline: 'Ndélé : 21 morts dans des combats entre groupes armés, selon la MINUSCA', source_original: 'MINUSCA', date_start: '2017-05-27', date_end: '2017-05-27', best: '21', high: '28', low: '21' }),
    // Titles only: the event is not stated.
    row({ ...common, id: '3', source_date: '2017-05-29', source_headline: 'Liste des Incidents en RCA;APERCU HUMANITAIRE du 22 au 28 mai 2017', date_start: '2017-05-27', date_end: '2017-05-27', best: '2' }),
  ].join('\n'),
);

describe('UCDP fields stated by the stating headlines only', () => {
  const set = ucdp.load(ucdp.LAYOUTS['ucdp-ged-car']!, { goldDir: dir, dataDir: dir });
  const [titled, told, titlesOnly] = set.docs.map((d) => d.events[0]!);

  it('does not score a toll or a claimant that only a report title names', () => {
    expect(titled?.stated).toBeUndefined();
    expect(titled?.killed).toBeUndefined();
    expect(titled?.attribution).toBeUndefined();
    expect(titled?.places?.[0]?.country).toBe('CAF'); // "Ndélé" is named by the news headline
  });

  it('scores them when the headline that states the event names them', () => {
    expect(told?.killed).toEqual({ value: 21, low: 21, high: 28 });
    expect(told?.attribution).toBe('MINUSCA');
  });

  it('states no event for a row of report titles', () => {
    expect(titlesOnly?.stated).toBe(false);
  });
});
