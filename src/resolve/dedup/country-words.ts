// The words that name a country or its people in any language the world-countries package knows
// ("Ukraine", "Ukrainian", "Ukrainien", "Україна"): in a report they say where, which the place already says.
import type { Countries } from 'world-countries';
import worldCountries from 'world-countries';
import { foldName } from './normalize.js';

const countries: Countries = Array.isArray(worldCountries) ? (worldCountries as Countries) : (worldCountries as unknown as { default: Countries }).default;

let index: Map<string, ReadonlySet<string>> | null = null;

function build(): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const c of countries) {
    const names = [
      c.name.common, c.name.official,
      ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
      ...Object.values(c.translations ?? {}).flatMap((n) => [n.common, n.official]),
      ...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]),
      ...c.altSpellings.filter((s) => s.length > 3),
    ];
    out.set(c.cca3, new Set(names.filter(Boolean).flatMap((n) => foldName(n).split(' ')).filter((w) => [...w].length >= 4)));
  }
  return out;
}

/** The folded words (four letters or more) of a country's names and demonyms; empty for an unknown code. */
export function countryWords(iso3: string | null | undefined): ReadonlySet<string> {
  if (!iso3) return new Set();
  index ??= build();
  return index.get(iso3) ?? new Set();
}
