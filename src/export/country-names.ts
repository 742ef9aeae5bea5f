// ISO 3166-1 alpha-3 → English country name and region, from the world-countries npm package.
import type { Countries } from 'world-countries';
import worldCountries from 'world-countries';

// The package is CommonJS: under Node the default import is the array itself; bundlers may wrap it.
const countries: Countries = Array.isArray(worldCountries)
  ? (worldCountries as Countries)
  : ((worldCountries as unknown as { default: Countries }).default);

const byIso3 = new Map<string, { name: string; region: string; subregion: string; ccn3: string }>(
  countries.map((c) => [c.cca3, { name: c.name.common, region: c.region, subregion: c.subregion, ccn3: c.ccn3 }]),
);

export function countryInfo(iso3: string | null | undefined): { name: string; region: string; subregion: string; ccn3: string } | null {
  if (!iso3) return null;
  return byIso3.get(iso3) ?? null;
}
