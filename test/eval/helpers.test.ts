import { describe, expect, it } from 'vitest';
import { daysOutside, normaliseDay } from '../../src/eval/dates.js';
import { statesName, statesNumber } from '../../src/eval/text-states.js';
import { parseBio } from '../../src/eval/parsers/ner-europeana.js';
import { cameoToPlover } from '../../src/eval/adapters/petrarch-validation.js';
import { iso3 } from '../../src/eval/countries.js';
import { GoldFileError } from '../../src/eval/gold-files.js';

describe('eval helpers', () => {
  it('normaliseDay reads the gold date spellings and rejects impossible days', () => {
    expect(normaliseDay('22/02/2014')).toBe('2014-02-22');
    expect(normaliseDay('2/18/2014 12:00:00 AM', 'mdy')).toBe('2014-02-18');
    expect(normaliseDay('2013-09-25T00:00:00')).toBe('2013-09-25');
    expect(normaliseDay('2014-02-30')).toBeNull();
    expect(normaliseDay('')).toBeNull();
    expect(daysOutside('2015-01-03', '2015-01-01', '2015-01-02')).toBe(1);
    expect(daysOutside('2015-01-01', '2015-01-01', '2015-01-02')).toBe(0);
  });

  it('statesNumber / statesName: what a headline says', () => {
    expect(statesNumber('Troops shot 20 dead', [20])).toBe(true);
    expect(statesNumber('1,200 killed', [1200])).toBe(true);
    expect(statesNumber('120 killed', [20])).toBe(false);
    expect(statesName('Fighting near Kramatorsk', 'Kramatorsk city')).toBe(true);
    expect(statesName('Fighting near Kyiv', 'Kramatorsk city')).toBe(false);
  });

  it('parseBio turns IOB1 lines into text and entity spans', () => {
    const chunks = parseBio('Emmanuel I-PER\nDESOLES I-PER\nde O\nRENNES I-LOC\nParis B-LOC\n. O\n', 'x.bio', 1000);
    expect(chunks).toHaveLength(1);
    const c = chunks[0]!;
    expect(c.text).toBe('Emmanuel DESOLES de RENNES Paris .');
    expect(c.entities.map((e) => [e.type, c.text.slice(e.start, e.end)])).toEqual([['PER', 'Emmanuel DESOLES'], ['LOC', 'RENNES'], ['LOC', 'Paris']]);
    expect(() => parseBio('token X-FOO\n', 'x.bio')).toThrow(GoldFileError);
  });

  it('CAMEO codes fall back to their longest known prefix; country names map to ISO-3', () => {
    const table = new Map([['19', 'ASSAULT' as const], ['190', 'ASSAULT' as const], ['04', 'CONSULT' as const]]);
    expect(cameoToPlover('1951', table)).toBe('ASSAULT');
    expect(cameoToPlover('043', table)).toBe('CONSULT');
    expect(cameoToPlover('999', table)).toBeUndefined();
    expect(iso3('Central African Republic')).toBe('CAF');
    expect(iso3('Ukraine')).toBe('UKR');
    expect(iso3('Russia')).toBe('RUS');
  });
});
