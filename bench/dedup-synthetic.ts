// Synthetic event mentions for the dedup benchmark: many real events, each reported by 1–6 articles that
// differ the way reports do (place given as the town or its province, a day or a range, some actors
// missing, different figures from different claimants). Deterministic for a seed.
import type { Actor, Event, Place } from '../src/core/contract.js';
import type { MentionInput } from '../src/resolve/dedup/types.js';
import { prng } from '../src/util/prng.js';


const COUNTRIES = ['UKR', 'MLI', 'BFA', 'NER', 'SDN', 'COD', 'MMR', 'YEM', 'CAF', 'SOM', 'SYR', 'NGA', 'ETH', 'MOZ', 'HTI', 'PSE', 'AZE', 'LBY', 'IRQ', 'AFG'];

export interface SyntheticMention { readonly mention: MentionInput; readonly truth: number }

export function* syntheticMentions(total: number, seed = 42): Generator<SyntheticMention> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // 100 towns per country, in 10 provinces, spread over ~5° × 5°
  const towns: Place[][] = COUNTRIES.map((c, ci) => Array.from({ length: 100 }, (_, i) => ({
    name: `${c}-town-${i}`, country: c, admin1: `${c}-${i % 10}`, admin2: null,
    lat: -10 + ci * 3 + rnd() * 5, lon: 10 + ci * 4 + rnd() * 5, geonameid: 1_000_000 + ci * 1000 + i, precision: 'city' as const,
  })));
  const actors: Actor[][] = COUNTRIES.map((c) => Array.from({ length: 6 }, (_, i) => ({ name: `${c}-actor-${i}`, id: `${c}-A${i}`, country: c, kind: 'military' as const })));
  const types = ['ASSAULT', 'ASSAULT', 'ASSAULT', 'COERCE', 'PROTEST', 'AGREE'] as const;
  const day0 = Date.UTC(2023, 0, 1);
  let made = 0;
  let truth = 0;
  while (made < total) {
    truth++;
    const ci = Math.floor(rnd() * COUNTRIES.length);
    const town = pick(towns[ci]!);
    const day = new Date(day0 + Math.floor(rnd() * 730) * 86_400_000).toISOString().slice(0, 10);
    const type = pick(types);
    const parties = [pick(actors[ci]!), pick(actors[ci]!)];
    const killed = Math.floor(rnd() * 60);
    const reports = 1 + Math.floor(rnd() * 6);
    for (let r = 0; r < reports && made < total; r++, made++) {
      const province = rnd() < 0.2;
      const place: Place = province ? { ...town, name: town.admin1!, geonameid: null, precision: 'admin1' } : town;
      const range = rnd() < 0.1;
      const end = range ? new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10) : null;
      const event: Event = {
        type, mode: null, context: [], modality: 'asserted', acled: null, cameo: null,
        date: { start: day, end, precision: 'day', rule: 'synthetic' },
        place,
        actors: rnd() < 0.3 ? [parties[0]!] : parties,
        counts: killed > 0 ? { killed: { value: killed + Math.floor(rnd() * 5), qualifier: rnd() < 0.3 ? 'at_least' : 'exact' } } : {},
        attribution: rnd() < 0.5 ? { name: `claimant-${Math.floor(rnd() * 4)}`, actor: null } : null,
        evidence: [{ start: 0, end: 1, text: 'x' }],
        confidence: 0.8,
      };
      yield {
        truth,
        mention: { mentionId: `m${made}`, documentId: `d${made}`, publishedAt: day, outlet: `outlet-${Math.floor(rnd() * 50)}`, event },
      };
    }
  }
}
