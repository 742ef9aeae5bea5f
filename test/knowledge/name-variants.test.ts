// Spellings of place names the press uses beside the gazetteer's: a capital's own country name, English words for
// the first word of admin areas, apostrophes written in or left out, and common words of headlines that GeoNames
// lists as towns. Over the committed knowledge files (data/compiled is built by scripts/build-knowledge.ts).
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';

const k = loadKnowledge();
const found = (text: string) => k.findPlaces(text).map((m) => `${m.text}→${m.candidates.map((c) => `${c.name}/${c.country}/${c.featureClass}`).join(',')}`);
const firstOf = (text: string) => k.findPlaces(text)[0]?.candidates ?? [];

describe('capitals named after their country', () => {
  it('keep the country name among their own names', () => {
    expect(firstOf('Des tirs à Mexico.').map((c) => c.name)).toContain('Mexico City');
    expect(firstOf('Des tirs à Koweït.').map((c) => c.name)).toEqual(expect.arrayContaining(['Kuwait', 'Kuwait City']));
  });

  it('still resolve the name to the country when nothing says otherwise', () => {
    const m = k.findPlaces('Talks were held in Mexico.')[0]!;
    expect(k.resolvePlace(m, {})?.place.precision).toBe('country');
  });
});

describe('English words for the first word of admin areas', () => {
  it('finds "Upper Kotto" and "Lower Kotto" as Haute-Kotto and Basse-Kotto', () => {
    expect(found('Fighting spread to Upper Kotto and Lower Kotto.')).toEqual([
      'Upper Kotto→Haute-Kotto/CAF/admin1',
      'Lower Kotto→Basse-Kotto/CAF/admin1',
    ]);
  });
});

describe('apostrophes', () => {
  it('finds a name written without the apostrophe the gazetteer has ("Ombella-Mpoko")', () => {
    expect(found('Des combats dans l’Ombella-Mpoko.')).toEqual(["Ombella-Mpoko→Ombella-M'Poko/CAF/admin1"]);
  });

  it('resolves a romanisation written without its apostrophe to the place itself ("Bilovodsk")', () => {
    const r = k.lookupPlace('Bilovodsk', { focusCountries: ['UKR'] });
    expect(r?.place.name).toBe("Bilovods'k");
    expect(r?.reason).not.toMatch(/spelling variant/);
  });

  it('finds a name written with an apostrophe after its initial ("N\'Délé" for "Ndélé"), whatever the apostrophe', () => {
    for (const text of ["Des tirs à N'Délé.", 'Des tirs à N’Délé.']) {
      expect(firstOf(text).some((c) => c.name === 'Ndélé' && c.featureClass === 'city')).toBe(true);
    }
    // An elided article before a name is no initial: "L'Ouham" is Ouham.
    expect(found("L'Ouham est calme.")).toEqual(['Ouham→Ouham/CAF/admin1']);
  });
});

describe('common words of headlines', () => {
  it('are no towns, even capitalised at the start of a headline', () => {
    expect(k.findPlaces('Woman killed in Donetsk shelling').map((m) => m.text)).toEqual(['Donetsk']);
    expect(k.findPlaces('Central African Republic: Time for accountability').map((m) => m.text)).toEqual(['Central African Republic']);
  });
});
