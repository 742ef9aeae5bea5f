// The country of the article for an event whose text names no place: the committed knowledge, and sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { articleCountry } from '../../../src/extract/places/article-country.js';
import { toActorHit } from '../../../src/extract/model.js';
import type { PlaceMention } from '../../../src/extract/places/assign-places.js';

const k = loadKnowledge();
const nonLocative = /(?:frontières? (?:du|de la|de l'|d')|near the border (?:of|with))\s*$/u;
const actorsOf = (text: string, lang: string) => k.findActors(text, lang, '2022-05-10').map(toActorHit);
const placesOf = (text: string): PlaceMention[] =>
  k.findPlaces(text).map((m) => ({ start: m.span.start, end: m.span.end, text: m.text, place: k.resolvePlace(m, {})!.place }));

describe('articleCountry', () => {
  it('names the country of the parties when the text names no place', () => {
    const text = 'Five rebels died in battles with the Armed Forces of Ukraine.';
    expect(articleCountry(text, k, ['UKR'], actorsOf(text, 'en'), [], { nonLocative })?.name).toBe('Ukraine');
  });

  it('prefers a country a place is named in to the country of a party', () => {
    const text = 'The Ugandan army raided a village; residents fled to Bangui.';
    const p = articleCountry(text, k, ['UGA', 'CAF'], actorsOf(text, 'en'), placesOf(text), { nonLocative });
    expect(p?.country).toBe('CAF');
    expect(p?.precision).toBe('country');
  });

  it('does not take a country named across a border', () => {
    const text = "Une mine a explosé près de la frontière du Burkina.";
    expect(articleCountry(text, k, ['BFA'], [], placesOf(text), { nonLocative })).toBeNull();
  });
});
