// Country names (English, French, common spellings) → ISO 3166-1 alpha-3, from world-countries.
import type { Countries } from 'world-countries';
import worldCountries from 'world-countries';
import { fold } from './mappings.js';

const countries: Countries = Array.isArray(worldCountries) ? (worldCountries as Countries) : (worldCountries as unknown as { default: Countries }).default;

let index: Map<string, string> | null = null;

function build(): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of countries) {
    const names = [c.name.common, c.name.official, ...c.altSpellings, c.translations.fra?.common, c.translations.fra?.official];
    for (const n of names) if (n && n.length > 2 && !m.has(fold(n))) m.set(fold(n), c.cca3);
    m.set(fold(c.cca3), c.cca3);
  }
  return m;
}

/** ISO-3 for a country name or code; null when unknown. */
export function iso3(name: string): string | null {
  index ??= build();
  return index.get(fold(name)) ?? null;
}

/** The English common name of an ISO-3 code (for "does the text name this country"). */
export function countryNames(code: string): string[] {
  const c = countries.find((x) => x.cca3 === code);
  if (!c) return [];
  return [c.name.common, c.translations.fra?.common].filter((n): n is string => Boolean(n));
}

/** Demonyms of an ISO-3 country ("Ukrainian"; world-countries lists English and French). */
export function countryDemonyms(code: string): string[] {
  const c = countries.find((x) => x.cca3 === code);
  return Object.values(c?.demonyms ?? {}).flatMap((d) => [d.m, d.f]).filter((n): n is string => Boolean(n));
}

/** Names and demonyms of an ISO-3 country ("Ukraine", "Ukrainian"), English and French. */
export function countryWords(code: string): string[] {
  const c = countries.find((x) => x.cca3 === code);
  if (!c) return [];
  const demonyms = Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]);
  return [...countryNames(code), c.name.official, ...demonyms].filter((n): n is string => Boolean(n));
}
