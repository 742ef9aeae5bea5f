// Real place names from the development gold (../shared/gold/dev) resolve near their coordinates.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { evaluateGeocoding, maliCases, RADIUS_KM, resolveCase, ucdpCases, type GeocodeCase } from '../../src/knowledge/geocode-eval.js';
import { distanceKm } from '../../src/knowledge/resolve-place.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const have = existsSync(join(SHARED, 'gold', 'dev', 'mali-incidents-fr')) && existsSync(join(SHARED, 'data', 'mali'));
if (!have) console.warn(`gold-names.test: ${SHARED}/gold/dev not found (../shared absent): gold geocoding tests skipped`);

describe.skipIf(!have)('geocoding names from the dev gold', () => {
  const k = loadKnowledge();
  const mali = have ? maliCases(SHARED) : [];
  const ukraine = have ? ucdpCases(SHARED, 'ucdp-ged-ukraine/ucdp_ged_ukraine.dev.csv', 'UKR', 'latitude', 'longitude') : [];
  const car = have ? ucdpCases(SHARED, 'ucdp-ged-car/ged231_car.dev.csv', 'CAF', 'geom_latitude', 'geom_longitude') : [];
  const byName = (cases: GeocodeCase[], name: string): GeocodeCase => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`${name} is not in the gold`);
    return c;
  };

  it.each([
    ['Tenenkou', 'exact name'],
    ['Ménaka', 'accents'],
    ['Bambara Maoudé', 'multi-word, hyphen in the list'],
    ['Andéranboukane', 'spelling variant of Anderamboukane'],
    ['Aguelhok', 'spelling variant of Aguel-Hoc'],
    ['Talo', 'qualifier dropped (Talo Peulh)'],
    ['Mondoro', 'qualifier dropped (Mondoro-Habe)'],
    ['Niono', 'homonyms: the cercle seat, not a village'],
  ])('Mali: %s (%s)', (name) => {
    const c = byName(mali, name);
    const r = resolveCase(k, c);
    expect(r, `${name} unresolved`).not.toBeNull();
    expect(distanceKm(c.lat, c.lon, r!.place.lat!, r!.place.lon!)).toBeLessThanOrEqual(RADIUS_KM);
  });

  it.each(['Kiev city', 'Luhansk town', 'Horlivka town', 'Sloviansk town', 'Mariupol town', 'Bilovodsk town', 'Blahodatne town'])('Ukraine: %s', (name) => {
    const c = byName(ukraine, name);
    const r = resolveCase(k, c);
    expect(r, `${name} unresolved`).not.toBeNull();
    expect(distanceKm(c.lat, c.lon, r!.place.lat!, r!.place.lon!)).toBeLessThanOrEqual(RADIUS_KM);
  });

  it.each([
    ['Blahodatne village', 'Volnovakha', 'one in Volyn, two in Donetsk oblast: the one in the raion named'],
    ['Yampil village', 'Donetsk', 'alone, the bigger Yampil in Vinnytsia oblast'],
    ['Pervomaisk town', 'Luhansk', 'alone, the bigger Pervomaisk in Mykolaiv oblast'],
  ])('Ukraine: %s (homonym chosen by the admin context: %s; %s)', (name, admin) => {
    const c = ukraine.find((x) => x.name === name && x.admin.some((a) => a.startsWith(admin)));
    if (!c) throw new Error(`${name} (${admin}) is not in the gold`);
    const r = resolveCase(k, c);
    expect(r?.place.precision).toBe('city');
    expect(distanceKm(c.lat, c.lon, r!.place.lat!, r!.place.lon!)).toBeLessThanOrEqual(RADIUS_KM);
  });

  it.each([
    ['Svitlodarsk town', 'Svetlodarsk'],
    ['Hulyaipole town', 'Hulyaypole'],
    ['Slovianoserbsk town', 'Slov`yanoserbsk'],
    // "Bilovodsk" is no longer a variant: the build indexes "Bilovods'k" without its apostrophe too (name-variants.test.ts).
  ])('Ukraine: %s (transliteration variant of %s)', (name, variant) => {
    const c = byName(ukraine, name);
    const r = resolveCase(k, c);
    expect(r?.place.name).toBe(variant);
    expect(r?.reason).toMatch(/spelling variant/);
    expect(distanceKm(c.lat, c.lon, r!.place.lat!, r!.place.lon!)).toBeLessThanOrEqual(RADIUS_KM);
  });

  it.each([
    // The Donetsk Pisky and Karlivka are not in GeoNames cities500; namesakes 410 and 230 km away are.
    ['Pisky village', 'Yasynuvata', 'admin2'],
    ['Karlivka village', 'Yasynuvata', 'admin2'],
    ['Oktyabrske village', 'Donetsk', 'admin1'],
  ] as const)('Ukraine: %s, absent from the gazetteer, is answered with the area of the context (%s), not a namesake far away', (name, area, precision) => {
    const c = byName(ukraine, name);
    const r = resolveCase(k, c);
    expect(r?.place).toMatchObject({ name: area, precision, country: 'UKR' });
    expect(r?.reason).toMatch(/not found in/);
    expect(distanceKm(c.lat, c.lon, r!.place.lat!, r!.place.lon!)).toBeLessThan(100);
  });

  it.each(['Bangui city', 'Bria town', 'Kaga Bandoro town', 'Bambari town', "N'délé town"])('Central African Republic: %s', (name) => {
    const c = byName(car, name);
    const r = resolveCase(k, c);
    expect(r?.place.country).toBe('CAF');
    expect(distanceKm(c.lat, c.lon, r!.place.lat!, r!.place.lon!)).toBeLessThanOrEqual(RADIUS_KM);
  });

  // Floors at the level measured by npm run eval:geocode (see docs/knowledge.md): a change that
  // loses ground fails here. CAR and Ukraine are far below the 85 % goal: their villages are not
  // in the offline GeoNames extracts (the script prints how many are absent).
  it.each([
    ['mali-incidents-fr', () => mali, 0.9, 0.93],
    ['ucdp-ged-ukraine', () => ukraine, 0.61, 0.75],
    ['ucdp-ged-car', () => car, 0.24, 0.55],
  ] as const)('%s: share within 25 km stays at its measured level', (set, cases, distinctFloor, mentionFloor) => {
    const r = evaluateGeocoding(k, set, cases());
    expect(r.hits / r.distinct).toBeGreaterThanOrEqual(distinctFloor);
    expect(r.mentionHits / r.mentions).toBeGreaterThanOrEqual(mentionFloor);
  });
});
