// Two place rules over the committed knowledge files (data/), on sentences written for these tests: a place told as a
// distance from a town ("à 120 km au nord de Bambari") is not that town but its area (near: the town), and a town named
// with its area or region ("X, dans la Y", "X in Donbas") is the homonym inside it, else the area itself.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { linksToArea } from '../../../src/extract/places/apposition.js';
import { IN_ADMIN1_KM, NEAR_TOWN_KM } from '../../../src/extract/places/distance-from.js';

const extractor = createExtractor();
const run = (text: string, lang: string, date = '2021-03-09'): Event[] => [...extractor.extract({ id: 't', text, date, lang }).events];
const only = (text: string, lang: string, type = 'ASSAULT'): { e: Event; text: string } => {
  const events = run(text, lang).filter((x) => x.type === type);
  expect(events).toHaveLength(1);
  return { e: events[0]!, text };
};
/** The words of the text given as the event's place evidence. */
const placeWords = ({ e, text }: { e: Event; text: string }) => (e.fieldEvidence ?? []).filter((f) => f.field === 'place').map((f) => text.slice(f.start, f.end));

describe('a place told as a distance from a town', () => {
  it('keeps the town when the distance is short', () => {
    const r = only('Deux gendarmes ont été tués lundi dans une embuscade à 12 km de Bambari.', 'fr');
    expect(r.e.place?.name).toBe('Bambari');
    expect(r.e.place?.precision).toBe('city');
    expect(placeWords(r)).toContain('12 km de Bambari');
  });

  it('places a farther event in the admin1 area of the town, at the town\'s point, the phrase as its evidence', () => {
    const r = only('Des hommes armés ont tué trois éleveurs mardi à 120 km au nord de Bambari, selon la gendarmerie.', 'fr');
    expect(r.e.place).toMatchObject({ name: 'Ouaka', country: 'CAF', precision: 'admin1', lat: 5.76795, lon: 20.67565 });
    expect(placeWords(r)).toEqual(['120 km au nord de Bambari']);
  });

  it('reads an elided French preposition, a town\'s noun and an apostrophe of either kind', () => {
    const a = only("Un camion a sauté sur une mine à 45 km d'Ansongo, faisant deux morts.", 'fr');
    expect(a.e.place).toMatchObject({ country: 'MLI', precision: 'admin1' });
    expect(placeWords(a)).toEqual(["45 km d'Ansongo"]);
    const b = only('Des bandits ont tué un commerçant à 60 km de la ville de Ségou.', 'fr');
    expect(b.e.place).toMatchObject({ name: 'Ségou', precision: 'admin1' });
    expect(placeWords(b)).toEqual(['60 km de la ville de Ségou']);
  });

  it('places an event far beyond the town\'s area in the country', () => {
    const r = only('Gunmen killed four herders 650 km east of Bangui on Tuesday, the army said.', 'en');
    expect(r.e.place).toMatchObject({ name: 'Central African Republic', precision: 'country' });
    expect(placeWords(r)).toEqual(['650 km east of Bangui']);
  });

  it('reads miles as 1.6 km each', () => {
    expect(only('Two soldiers were killed in an ambush 10 miles from Bambari.', 'en').e.place?.precision).toBe('city');
    expect(only('Two soldiers were killed in an ambush 20 miles from Bambari.', 'en').e.place?.precision).toBe('admin1');
  });

  it('keeps a town named with a number that is no distance', () => {
    const r = only('Deux civils ont été tués lundi à Bambari, selon la Minusca.', 'fr');
    expect(r.e.place).toMatchObject({ name: 'Bambari', precision: 'city' });
  });

  it('has its thresholds in order', () => {
    expect(NEAR_TOWN_KM).toBeLessThan(IN_ADMIN1_KM);
  });
});

describe('a town named with its area or region', () => {
  it('reads a town whose only reading lies far outside the named region as that region', () => {
    // The gazetteer's only "Shumy" is a hamlet of Crimea (a variant name): in Donbas the text names another one.
    const r = only('Two soldiers were killed on Monday by shelling near Shumy in Donbas, officials said.', 'en');
    expect(r.e.place).toMatchObject({ name: 'Donbas', country: 'UKR', precision: 'region' });
  });

  it('keeps a town that lies in the area named after it', () => {
    const r = only('Des combattants ont tué cinq civils à Bria, dans la Haute-Kotto, selon la Minusca.', 'fr');
    expect(r.e.place).toMatchObject({ name: 'Bria', country: 'CAF', precision: 'city' });
  });

  it('takes the homonym inside the area named after a locative cue', () => {
    const fr = only('Des hommes armés ont tué deux bergers à Bangui, dans la région de Tombouctou.', 'fr');
    expect(fr.e.place).toMatchObject({ name: 'Bangui', country: 'MLI', admin1: 'Tombouctou' });
    const en = only('Gunmen killed two herders near Bangui in the Timbuktu region on Sunday.', 'en');
    expect(en.e.place).toMatchObject({ name: 'Bangui', country: 'MLI', admin1: 'Tombouctou' });
  });

  it('reads a town whose readings all lie outside the admin area named after it as that area', () => {
    // No "Kamianka" or "Novoselivka" of the gazetteer lies in these oblasts: another one, elsewhere, is not the place.
    const fr = only('Des tirs ont tué deux civils à Kamianka, dans la région de Kharkiv.', 'fr');
    expect(fr.e.place).toMatchObject({ name: 'Kharkiv', country: 'UKR', precision: 'admin1' });
    const en = only('Shelling killed two civilians in Novoselivka in the Chernihiv region.', 'en');
    expect(en.e.place).toMatchObject({ name: 'Chernihiv', country: 'UKR', precision: 'admin1' });
  });

  it('does not read a second place of a list as the area of the first', () => {
    const r = only('Des affrontements ont fait trois morts à Bangui et à Ouham, selon la Minusca.', 'fr');
    expect(r.e.place).toMatchObject({ name: 'Bangui', precision: 'city' });
  });

  it('ties a town to the next toponym only through a comma or a short locative phrase', () => {
    const fr = /(?<![\p{L}\p{N}])(?:à|dans|en)\s*$/iu;
    expect(linksToArea(', ', fr)).toBe(true);
    expect(linksToArea(', dans la ', fr)).toBe(true);
    expect(linksToArea(' dans la région de ', fr)).toBe(true);
    expect(linksToArea(' et ', fr)).toBe(false);
    expect(linksToArea(' et à ', fr)).toBe(false);
    expect(linksToArea(' puis vers ', fr)).toBe(false);
    expect(linksToArea('. Dans la ', fr)).toBe(false);
    expect(linksToArea(' (dans la ', fr)).toBe(false);
    expect(linksToArea(' dans la ', null)).toBe(false);
  });
});

describe('tellings at a town and at the admin1 area it lies in', () => {
  it('are one event, placed at the town', () => {
    const events = run('Russian shelling killed two civilians in the Donetsk region on Monday. The shelling hit Pokrovsk, officials said.', 'en');
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.place?.name)).toEqual(['Pokrovsk']);
  });

  it('stay apart when the town lies in another area', () => {
    const events = run('Russian shelling killed two civilians in the Donetsk region on Monday. The shelling hit Kharkiv, officials said.', 'en');
    expect(events.filter((e) => e.type === 'ASSAULT').length).toBe(2);
  });
});
