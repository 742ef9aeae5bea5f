// A word of nationality several countries claim: the far bigger country owns it, countries of comparable size leave
// it to none; generated aliases go to the biggest country first. Pure functions over hand-made records.
import { describe, expect, it } from 'vitest';
import type { CountryRecord } from '../../src/knowledge/actor-data.js';
import type { GazetteerEntry } from '../../src/knowledge/types.js';
import { biggestFirst, countryPopulations, wordOwner } from '../../src/knowledge/country-weights.js';
import { createExtractor } from '../../src/extract/index.js';

const country = (iso3: string, name: string): CountryRecord => ({ iso3, iso2: iso3.slice(0, 2), name, gid: null, capital: null, names: {}, demonyms: {} });
const entry = (iso3: string, name: string, population: number): GazetteerEntry => ({
  geonameid: null, name, names: [], featureClass: 'country', country: iso3, admin1: null, admin2: null, lat: null, lon: null, population,
});

describe('country sizes', () => {
  it('are read from the gazetteer entries of the countries', () => {
    const entries = new Map([['ruritania', [entry('RUR', 'Ruritania', 5_000_000), entry('XXX', 'Ruritania', 9)]], ['ruritanian isles', [entry('RUI', 'Ruritanian Isles', 2_000)]]]);
    const pop = countryPopulations([country('RUR', 'Ruritania'), country('RUI', 'Ruritanian Isles'), country('ZZZ', 'Nowhere')], (k) => entries.get(k));
    expect([...pop]).toEqual([['RUR', 5_000_000], ['RUI', 2_000], ['ZZZ', 0]]);
  });
});

describe('a shared word of nationality', () => {
  const pop = new Map([['RUR', 5_000_000], ['RUI', 2_000], ['GRA', 4_000_000], ['NIL', 0]]);
  it('belongs to the country far bigger than the others', () => {
    expect(wordOwner(['RUI', 'RUR'], pop)).toBe('RUR');
    expect(wordOwner(['RUR'], pop)).toBe('RUR');
  });
  it('belongs to none when the claimants are of comparable size or unknown', () => {
    expect(wordOwner(['RUR', 'GRA'], pop)).toBeNull();
    expect(wordOwner(['NIL', 'NIL2'], pop)).toBeNull();
    expect(wordOwner([], pop)).toBeNull();
  });
  it('orders countries biggest first, keeping the given order among equals', () => {
    const out = biggestFirst([country('NIL', 'a'), country('RUI', 'b'), country('RUR', 'c'), country('NUL', 'd')], pop).map((c) => c.iso3);
    expect(out).toEqual(['RUR', 'RUI', 'NIL', 'NUL']);
  });
});

describe('with the committed knowledge files', () => {
  const extractor = createExtractor();
  const actors = (text: string, lang: 'en' | 'fr') => extractor.extract({ id: 'doc', text, date: '2024-05-02', lang }).events.flatMap((e) => e.actors.map((a) => a.id));
  it('reads "French", "American" and "français" as the sovereign country, not a territory sharing the word', () => {
    expect(actors('French troops killed two gunmen near Menaka', 'en')).toContain('FRA-MIL');
    expect(actors('American soldiers killed in an ambush near Niamey', 'en')).toContain('USA-MIL');
    expect(actors('Des soldats français ont tué deux assaillants près de Ménaka', 'fr')).toContain('FRA-MIL');
  });
});
