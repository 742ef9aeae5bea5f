// Which of several countries sharing a word stands for it. World-countries gives "French" to France and to the French
// Southern and Antarctic Lands, "American" to the United States and to the Northern Mariana Islands: a word shared
// with territories a hundred times smaller is the big country's. Two countries of comparable size sharing one
// ("Congolese", "Korean") leave it to neither. Sizes are the gazetteer's country populations (GeoNames).
import type { CountryRecord } from './actor-data.js';
import type { GazetteerEntry } from './types.js';
import { nameKey } from './normalize.js';

/** How many times bigger than every other claimant a country must be to own a shared word. */
export const DOMINANCE = 20;

/** Each country's population, from its entry in the gazetteer (0 when it has none). */
export function countryPopulations(
  countries: readonly CountryRecord[], lookup: (key: string) => readonly GazetteerEntry[] | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of countries) {
    const entries = (lookup(nameKey(c.name)) ?? []).filter((e) => e.featureClass === 'country' && e.country === c.iso3);
    out.set(c.iso3, Math.max(0, ...entries.map((e) => e.population)));
  }
  return out;
}

/** The owner of a word several countries claim: the biggest, when DOMINANCE times bigger than the next; else null. */
export function wordOwner(claimants: readonly string[], population: ReadonlyMap<string, number>): string | null {
  const ranked = [...new Set(claimants)].sort((a, b) => (population.get(b) ?? 0) - (population.get(a) ?? 0));
  const [first, second] = ranked;
  if (!first) return null;
  if (!second) return first;
  const big = population.get(first) ?? 0;
  return big > 0 && big >= DOMINANCE * (population.get(second) ?? 0) ? first : null;
}

/** Countries biggest first (ties in their given order): generated aliases go to the first country that defines them. */
export function biggestFirst(countries: readonly CountryRecord[], population: ReadonlyMap<string, number>): CountryRecord[] {
  return countries.map((c, i) => ({ c, i })).sort((a, b) => (population.get(b.c.iso3) ?? 0) - (population.get(a.c.iso3) ?? 0) || a.i - b.i).map((x) => x.c);
}
