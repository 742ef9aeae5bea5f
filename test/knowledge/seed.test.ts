// The seed article's places and actors resolve as the analyst coded them
// (../shared/examples/karabakh-2023-09.expected.json), with the committed knowledge files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { distanceKm } from '../../src/knowledge/resolve-place.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'examples');
const have = existsSync(join(EXAMPLES, 'karabakh-2023-09.expected.json'));
if (!have) console.warn(`seed.test: ${EXAMPLES} not found (../shared absent): seed resolution tests skipped`);

interface ExpectedPlace { name: string; country: string; lat?: number; lon?: number; precision: string; aliases?: string[] }
interface ExpectedActor { name: string; country: string | null; kind: string }
interface ExpectedEvent {
  place?: ExpectedPlace;
  breakdown?: { place: ExpectedPlace }[];
  actors?: ExpectedActor[];
  attribution?: { actor?: ExpectedActor };
}

describe.skipIf(!have)('seed article (karabakh-2023-09)', () => {
  const k = loadKnowledge();
  const text = have ? readFileSync(join(EXAMPLES, 'karabakh-2023-09.fr.txt'), 'utf8') : '';
  const expected = have ? (JSON.parse(readFileSync(join(EXAMPLES, 'karabakh-2023-09.expected.json'), 'utf8')) as { must: ExpectedEvent[] }) : { must: [] };
  const focus = { focusCountries: ['AZE', 'ARM'] };
  const resolved = k.findPlaces(text).map((m) => ({ m, r: k.resolvePlace(m, focus) }));
  const places = expected.must.flatMap((e) => [e.place, ...(e.breakdown ?? []).map((b) => b.place)]).filter((p): p is ExpectedPlace => !!p);
  const actorMatches = k.findActors(text, 'fr', '2023-09');
  const actors = expected.must.flatMap((e) => [...(e.actors ?? []), ...(e.attribution?.actor ? [e.attribution.actor] : [])]);

  it.each([...new Map(places.map((p) => [p.name, p])).values()])('place $name resolves with its precision and coordinates', (p) => {
    const names = [p.name, ...(p.aliases ?? [])];
    const hit = resolved.find(({ m, r }) => r && (names.includes(r.place.name) || names.includes(m.text)) && r.place.country === p.country);
    expect(hit, `no mention of ${p.name} resolved`).toBeDefined();
    expect(hit!.r!.place.precision).toBe(p.precision);
    if (p.lat !== undefined && p.lon !== undefined) {
      expect(distanceKm(p.lat, p.lon, hit!.r!.place.lat!, hit!.r!.place.lon!)).toBeLessThanOrEqual(25);
    }
  });

  it.each([...new Map(actors.map((a) => [a.name, a])).values()])('actor $name is found with its country and kind', (a) => {
    const hit = actorMatches.find((m) => m.actor.name === a.name || m.holder?.name === a.name);
    expect(hit, `no mention resolves to ${a.name}`).toBeDefined();
    expect({ country: hit!.actor.country, kind: hit!.actor.kind }).toEqual({ country: a.country, kind: a.kind });
  });

  it('marks Bakou and Erevan as capitals standing for their governments', () => {
    const capitals = actorMatches.filter((m) => m.text === 'Bakou' || m.text === 'Erevan');
    expect(capitals.length).toBeGreaterThanOrEqual(4);
    for (const m of capitals) expect([m.metonym, m.actor.id]).toEqual([true, m.text === 'Bakou' ? 'AZE-GOV' : 'ARM-GOV']);
  });

  it('every span is the exact text it names', () => {
    for (const m of [...k.findPlaces(text), ...actorMatches]) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});
