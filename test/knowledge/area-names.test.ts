// Names of continents and countries written the way wire services abbreviate them.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';

describe('area names in the press', () => {
  const k = loadKnowledge();

  it('reads "C. Africa" and "C.Africa" as the Central African Republic, not as a town called Africa', () => {
    for (const text of ['MSF says C. Africa employee shot dead by soldier', 'Seven killed in C.Africa clashes']) {
      const found = k.findPlaces(text);
      expect(found.map((m) => m.text)).toEqual([text.includes('C. Africa') ? 'C. Africa' : 'C.Africa']);
      const r = k.resolvePlace(found[0]!, {});
      expect(r?.place.country).toBe('CAF');
      expect(r?.place.precision).toBe('country');
    }
  });

  it('does not join an initial that ends a sentence to the next word', () => {
    const found = k.findPlaces('Fighting resumed near the border, said spokesman John C. Mali troops were not involved.');
    expect(found.some((m) => m.text.startsWith('C.'))).toBe(false);
  });

  it('keeps a continent a region: no town answers to "Africa" through a historical alternate name', () => {
    const exact = k.placeCandidates('Africa').filter((e) => e.name === 'Africa' || e.names.includes('Africa'));
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((e) => e.featureClass === 'region')).toBe(true);
    const found = k.findPlaces('Violence in Africa is rising, the report says.');
    expect(k.resolvePlace(found[0]!, {})?.place.precision).toBe('region');
  });
});

describe('a country acronym that is also a stop word', () => {
  const k = loadKnowledge();
  it('reads "CAR" between lower-case words as the Central African Republic', () => {
    const found = k.findPlaces('Muslim fighters attack CAR church sheltering refugees');
    expect(found.map((m) => m.text)).toEqual(['CAR']);
    expect(k.resolvePlace(found[0]!, {})?.place.country).toBe('CAF');
  });
  it('leaves "car" and "Car" alone, and "CAR" in a headline written all in capitals', () => {
    for (const text of ['Il est parti, car la guerre continue.', 'Car bomb kills five', 'CAR BOMB KILLS FIVE IN KABUL']) {
      expect(k.findPlaces(text).map((m) => m.text.toLowerCase())).not.toContain('car');
    }
  });
});
