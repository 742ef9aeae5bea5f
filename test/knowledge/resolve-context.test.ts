// Admin context in place resolution: a homonym inside the admin area the context names wins over bigger
// ones elsewhere; a name found only far outside every area and place named is answered with the area;
// "X raion" with no such district known is the district at its seat town. Small inline data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge, nameKey, type LangData, type NearPlace } from '../../src/knowledge/index.js';
import { parsePlaceHints } from '../../src/knowledge/lang-data.js';
import { parseSkeletonRules, skeleton } from '../../src/knowledge/skeleton.js';
import { contextArea } from '../../src/knowledge/resolve-place.js';

const row = (...f: (string | number)[]): string => f.join('\t');
const GAZ = [
  row(1, 'admin1', 'UKR', 'Donetsk', '', 48.023, 37.802, 4000000, 6.6, 'Donetsk', ''),
  row(2, 'admin1', 'UKR', 'Luhansk', '', 48.57, 39.33, 2000000, 6.3, 'Luhansk', ''),
  row(3, 'admin1', 'UKR', 'Poltava', '', 49.59, 34.55, 1400000, 6.1, 'Poltava', ''),
  // A big Zolote far away and a small one in Luhansk oblast.
  row(10, 'city', 'UKR', 'Poltava', '', 49.6, 34.5, 9000000, 7, 'Zolote', ''),
  row(11, 'city', 'UKR', 'Luhansk', '', 48.69, 38.52, 500, 2.4, 'Zolote', ''),
  // Karlivka exists only in Poltava oblast, 230 km from Donetsk oblast.
  row(20, 'city', 'UKR', 'Poltava', '', 49.455, 35.135, 14470, 4.16, 'Karlivka', ''),
  row(30, 'city', 'UKR', 'Donetsk', '', 48.13, 37.859, 34000, 4.5, 'Yasynuvata', ''),
  row(31, 'city', 'UKR', 'Donetsk', '', 48.0, 37.9, 900, 2.6, 'Vasylivka', ''),
  row(32, 'city', 'UKR', 'Zaporizhzhia', '', 47.44, 35.27, 13000, 4.1, 'Vasylivka', ''),
  row(40, 'country', 'UKR', '', '', 49, 32, 44000000, 7.6, 'Ukraine', ''),
  row(50, 'admin1', 'UKR', 'Zaporizhzhia', '', 47.85, 35.12, 1700000, 6.2, 'Zaporizhzhia', ''),
  row(51, 'city', 'UKR', 'Zaporizhzhia', '', 47.85, 35.12, 710000, 5.85, 'Zaporizhzhya', ''),
].join('\n');
const fold = (s: string): string[] => nameKey(s).split(' ');
const EN: LangData = {
  code: 'en',
  placeStopwords: [],
  placeHints: parsePlaceHints('oblast\tadmin1\tafter\nraion\tadmin2\tafter\nvillage\tcity\tafter\n', 'en/place-hints.tsv', fold),
  actorPatterns: [],
  plural: [],
};
const RULES = join(import.meta.dirname, '..', '..', 'data', 'places', 'skeleton-rules.txt');
const k = createKnowledge({
  version: 'test', gazetteer: [{ text: GAZ, source: 'gazetteer.tsv', curated: false }], langs: [EN],
  skeletonRules: { text: readFileSync(RULES, 'utf8'), source: RULES },
});
const focusCountries = ['UKR'];
const area = (name: string): NearPlace => {
  const p = k.lookupPlace(`${name} oblast`, { focusCountries })?.place;
  if (!p) throw new Error(`${name} oblast does not resolve`);
  return p;
};

describe('admin context', () => {
  it('a homonym inside the admin area named wins over a far bigger one elsewhere', () => {
    expect(k.lookupPlace('Zolote', { focusCountries })?.place.admin1).toBe('Poltava');
    const r = k.lookupPlace('Zolote village', { focusCountries, near: [area('Luhansk')] });
    expect(r?.place).toMatchObject({ name: 'Zolote', admin1: 'Luhansk', precision: 'city' });
    expect(r?.reason).toMatch(/inside that admin1/);
  });

  it('answers with the area, at its precision, when the only reading lies far outside it', () => {
    expect(k.lookupPlace('Karlivka village', { focusCountries })?.place.admin1).toBe('Poltava');
    const r = k.lookupPlace('Karlivka village', { focusCountries, near: [area('Donetsk')] });
    expect(r?.place).toMatchObject({ name: 'Donetsk', precision: 'admin1', geonameid: 1, lat: 48.023, lon: 37.802 });
    expect(r?.reason).toMatch(/"Karlivka village" not found in Donetsk.*Karlivka, Poltava/);
  });

  it('keeps a reading close to a place the context names, whatever the admin names say', () => {
    const town = { name: 'Kobeliaky', country: 'UKR', admin1: 'Kharkiv', lat: 49.3, lon: 35.2, precision: 'city' as const };
    const r = k.lookupPlace('Karlivka', { focusCountries, near: [area('Donetsk'), town] });
    expect(r?.place).toMatchObject({ name: 'Karlivka', precision: 'city', admin1: 'Poltava' });
  });

  it('never answers with an area when the context names none', () => {
    const town = { name: 'Yasynuvata', country: 'UKR', admin1: 'Donetsk', lat: 48.13, lon: 37.859, precision: 'city' as const };
    expect(k.lookupPlace('Karlivka', { focusCountries, near: [town] })?.place.precision).toBe('city');
  });

  it('finds the area an admin hint asks for under another spelling than the town of the same name', () => {
    const r = k.lookupPlace('Zaporizhzhya oblast', { focusCountries });
    expect(r?.place).toMatchObject({ name: 'Zaporizhzhia', precision: 'admin1', geonameid: 50 });
    expect(r?.reason).toMatch(/spelling variant of Zaporizhzhia/);
    expect(k.lookupPlace('Zaporizhzhya', { focusCountries })?.place.precision).toBe('city');
  });

  it('reads "X raion" as the district at its seat town when no such district is known', () => {
    const r = k.lookupPlace('Yasynuvata raion', { focusCountries });
    expect(r?.place).toMatchObject({ name: 'Yasynuvata', precision: 'admin2', admin2: 'Yasynuvata', lat: 48.13, lon: 37.859 });
    // The district and its oblast as context: the Vasylivka of that oblast; the district for a name they lack.
    const near = [area('Donetsk'), r!.place];
    expect(k.lookupPlace('Vasylivka village', { focusCountries, near })?.place).toMatchObject({ admin1: 'Donetsk', precision: 'city' });
    expect(k.lookupPlace('Karlivka village', { focusCountries, near })?.place).toMatchObject({ name: 'Yasynuvata', precision: 'admin2' });
  });
});

describe('contextArea (a name that matches nothing)', () => {
  it('answers with the most specific area that can be mapped, at its precision', () => {
    const district = k.lookupPlace('Yasynuvata raion', { focusCountries })!.place;
    const unmapped = { name: 'Marinka', country: 'UKR', admin1: 'Donetsk', lat: null, lon: null, precision: 'admin2' as const };
    expect(k.lookupPlace('Nowhereivka village', { focusCountries, near: [area('Donetsk'), district] })).toBeNull();
    const r = contextArea({ focusCountries, near: [area('Donetsk'), unmapped, district] }, 'Nowhereivka village');
    expect(r?.place).toMatchObject({ name: 'Yasynuvata', precision: 'admin2', lat: 48.13 });
    expect(r?.reason).toBe('"Nowhereivka village" not in the gazetteer: the admin2 stands for it');
    expect(contextArea({ focusCountries, near: [area('Donetsk'), unmapped] }, 'X')?.place).toMatchObject({ name: 'Donetsk', precision: 'admin1' });
    expect(contextArea({ focusCountries, near: [unmapped] }, 'X')?.place).toMatchObject({ name: 'Marinka', lat: null });
  });
  it('is null when the context names no area, or only areas outside the focus countries', () => {
    const town = { name: 'Yasynuvata', country: 'UKR', lat: 48.13, lon: 37.859, precision: 'city' as const };
    expect(contextArea({ focusCountries, near: [town] }, 'X')).toBeNull();
    expect(contextArea({ focusCountries: ['RUS'], near: [area('Donetsk')] }, 'X')).toBeNull();
  });
});

describe('transliteration variants (data/places/skeleton-rules.txt)', () => {
  const rules = parseSkeletonRules(readFileSync(RULES, 'utf8'), RULES);
  const sk = (name: string) => skeleton(nameKey(name), rules);
  it.each([
    ['Horlivka', 'Gorlovka'],
    ['Hnutove', 'Gnutovo'],
    ['Krasnij Partizan', 'Krasny Partizan'],
    ['Oktyabrske', "Oktyabr'skoye"],
    ['Oktiabrske', 'Oktyabrʼske'],
    ['Katerinivka', 'Katerynivka'],
    ['Kalinovka', 'Kalynivka'],
    ['Pioners\'ke', 'Pionerskiy'],
    ['Shchastia', 'Schastye'],
    ['Kharkiv', 'Harkov'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(sk(a)).not.toBe('');
    expect(sk(a)).toBe(sk(b));
  });
  it.each([['Kramatorsk', 'Kostiantynivka'], ['Bakhmut', 'Makhnovka']])('%s and %s do not', (a, b) => {
    expect(sk(a)).not.toBe(sk(b));
  });
});
