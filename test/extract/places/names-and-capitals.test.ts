// Place rules over the committed knowledge files (data/): capital phrases whatever the apostrophe, a country's capital
// after the country's name, a country's name in another language, countries after a place noun, names of people
// that are also towns, and "Réunion" the island vs "réunion" the meeting. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { capitalMentions } from '../../../src/extract/places/capital-mentions.js';
import { strayPlace, type PlaceMention } from '../../../src/extract/places/assign-places.js';
import { partOfNameElsewhere, resolvePlaceMentions } from '../../../src/extract/places/resolve-mentions.js';
import { compilePack } from '../../../src/extract/lexicon/compiled-pack.js';
import fr from '../../../src/lang/fr/index.js';

const knowledge = loadKnowledge();
const names = (text: string) => knowledge.findPlaces(text).map((m) => m.text);
const extractor = createExtractor();
const run = (text: string, lang: 'fr' | 'en', date = '2022-05-10'): Event[] => [...extractor.extract({ id: 'doc', text, date, lang }).events];
const placeOf = (text: string, lang: 'fr' | 'en', type: string) => run(text, lang).find((e) => e.type === type)?.place ?? null;
const genitive = /^\s*(?:de|du|d'|of)\s*$/iu;

describe('capital phrases', () => {
  it('match whatever apostrophe the text writes them with', () => {
    // A test double: a phrase list with an apostrophe, and the capital of Mali.
    const k = { capitalWords: ["l'ancienne capitale"], capitalOf: knowledge.capitalOf!.bind(knowledge) };
    const found = (text: string) => capitalMentions(text, 0, k, [], ['MLI'], { genitive }).map((m) => m.text);
    expect(found("Des tirs ont visé l'ancienne capitale.")).toEqual(["l'ancienne capitale"]);
    expect(found('Des tirs ont visé l’ancienne capitale.')).toEqual(['l’ancienne capitale']);
    expect(found('Des tirs ont visé lancienne capitale.')).toEqual([]);
  });

  it('read a country\'s capital after its name, even before a lower-case word', () => {
    expect(placeOf("Gunmen killed three people in Mali's capital after the vote.", 'en', 'ASSAULT')?.name).toBe('Bamako');
    expect(placeOf('Gunmen killed three people in the CAR capital overnight.', 'en', 'ASSAULT')?.name).toBe('Bangui');
    const found = (text: string) => capitalMentions(text, 0, knowledge, [], ['MLI'], { genitive }).map((m) => m.text);
    // Without a country before it, "capital" before a lower-case word keeps its other sense.
    expect(found('The court upheld capital punishment for the attackers.')).toEqual([]);
  });

  it('read the capital of the country an adjective of nationality names, abbreviated or not', () => {
    const found = (text: string) => capitalMentions(text, 0, knowledge, [], ['MLI'], { genitive }).map((m) => `${m.text}→${m.place.name}`);
    expect(found('Violent clashes kill four in C.African capital')).toEqual(['C.African capital→Bangui']);
    expect(found('Ten killed in C. African capital since Saturday')).toEqual(['C. African capital→Bangui']);
    expect(found('Gunmen killed ten people in the Central African capital on Monday.')).toEqual(['Central African capital→Bangui']);
    expect(found('Des affrontements ont fait dix morts dans la capitale centrafricaine.')).toEqual(['la capitale centrafricaine→Bangui']);
    // No adjective: the article's country.
    expect(found('Des affrontements ont fait dix morts dans la capitale.')).toEqual(['la capitale→Bamako']);
    expect(knowledge.demonymCountry?.('c african')).toBe('CAF');
  });

  it('point at the capital phrase and the country it names', () => {
    const [e] = run('Des affrontements ont fait dix morts dans la capitale du Mexique.', 'fr').filter((x) => x.type === 'ASSAULT');
    expect(e?.place?.name).toBe('Mexico City');
    expect(e?.fieldEvidence?.find((f) => f.field === 'place')?.text).toBe('la capitale du Mexique');
  });
});

describe("a country's name in another language", () => {
  it('reads a French "Mexico" as the city, "Mexique" as the country, and an English "Mexico" as the country', () => {
    const city = placeOf('Des affrontements entre cartels ont fait dix morts à Mexico.', 'fr', 'ASSAULT');
    expect(city?.name).toBe('Mexico City');
    expect(city?.precision).toBe('city');
    expect(placeOf('Des affrontements entre cartels ont fait dix morts au Mexique.', 'fr', 'ASSAULT')?.precision).toBe('country');
    expect(placeOf('Clashes between cartels killed ten people in Mexico.', 'en', 'ASSAULT')?.precision).toBe('country');
  });

  it('knows which names of a country belong to which language', () => {
    expect(knowledge.foreignCountryName?.('MEX', 'Mexico', 'fr')).toBe(true);
    expect(knowledge.foreignCountryName?.('MEX', 'Mexique', 'fr')).toBe(false);
    expect(knowledge.foreignCountryName?.('MEX', 'Mexico', 'en')).toBe(false);
    // A name the country has in both languages is its own in each.
    expect(knowledge.foreignCountryName?.('GTM', 'Guatemala', 'fr')).toBe(false);
  });
});

describe('places after a place noun', () => {
  it('reads a country after "les villes de" as a place, not as its government', () => {
    const [e] = run('Des pillages ont eu lieu dans plusieurs villes du Pérou, selon la police.', 'fr');
    expect(e?.place?.country).toBe('PER');
    expect(e?.actors.map((a) => a.id)).not.toContain('PER-GOV');
  });

  it('reads a capital after "arrondissement de" as the city', () => {
    const p = placeOf('Deux hommes ont été interpellés par la police dans une rue du treizième arrondissement de Paris.', 'fr', 'COERCE');
    expect(p?.name).toBe('Paris');
  });
});

describe('people named like towns', () => {
  it('reads a small town\'s name the text also writes as part of a two-word name as the person', () => {
    const text = 'La police a interpellé Carla Ramos mardi. Selon son avocat, Ramos nie les faits.';
    const at = text.lastIndexOf('Ramos');
    expect(partOfNameElsewhere(text, { text: 'Ramos', span: { start: at, end: at + 5 } })).toBe(true);
    const alone = 'Des heurts ont éclaté à Ramos.';
    expect(partOfNameElsewhere(alone, { text: 'Ramos', span: { start: alone.indexOf('Ramos'), end: alone.indexOf('Ramos') + 5 } })).toBe(false);
    // The places of the text: Lyon, not the name alone.
    const story = 'La police a interpellé Carla Ramos mardi à Lyon. Selon son avocat, Ramos nie les faits.';
    const { places } = resolvePlaceMentions(story, knowledge, [], compilePack(fr), 0, () => {});
    expect(places.map((p) => p.text)).toEqual(['Lyon']);
    expect(knowledge.findPlaces(story).map((m) => m.text)).toEqual(['Lyon', 'Ramos']);
  });

  it('does not take a headline in title case for a name', () => {
    const text = 'Gunmen Kill Five In Bambari Attack. Calm returned to Bambari on Monday.';
    const at = text.lastIndexOf('Bambari');
    expect(partOfNameElsewhere(text, { text: 'Bambari', span: { start: at, end: at + 7 } })).toBe(false);
  });
});

describe('Réunion the island, réunion the meeting', () => {
  it('needs a capital letter both as a place and as an actor', () => {
    const text = 'Une réunion des ministres a eu lieu mardi après les violences.';
    expect(names(text)).toEqual([]);
    expect(knowledge.findActors(text, 'fr', '2022-05-10').map((a) => a.actor.id)).not.toContain('REU-GOV');
    expect(placeOf('Des émeutes ont fait deux morts à La Réunion.', 'fr', 'PROTEST')?.country).toBe('REU');
  });

  it('reads a capitalised "Réunion" alone at the start of a sentence as the meeting, with its article as the island', () => {
    const meeting = 'Réunion de crise à Paris après les violences. « Réunion utile », a dit le ministre.';
    expect(names(meeting)).toEqual(['Paris']);
    expect(knowledge.findActors(meeting, 'fr', '2022-05-10').map((a) => a.actor.id)).not.toContain('REU-GOV');
    expect(names('La Réunion a été touchée par des émeutes. Les émeutes de La Réunion ont fait deux morts.')).toEqual(['La Réunion', 'La Réunion']);
    expect(names('Les émeutes ont touché la Réunion.')).toEqual(['Réunion']);
    // A headline that opens with the name and a colon names the island.
    expect(names('Réunion : des émeutes font deux morts.')).toEqual(['Réunion']);
  });
});

describe('stray places', () => {
  const locative = /(?:à|au|in|at)\s+$/u;
  const mention = (text: string, name: string, country: string | null, precision: 'city' | 'country' | 'region'): PlaceMention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, place: { name, country, admin1: null, admin2: null, lat: 0, lon: 0, geonameid: null, precision } };
  };

  it('reads a town outside the story\'s countries, named without a locative cue, as no place of an event', () => {
    const text = 'Rebels killed five civilians; Tromsø reporters said the toll may rise.';
    expect(strayPlace(text, mention(text, 'Tromsø', 'NOR', 'city'), ['CAF'], { locative })).toBe(true);
  });

  it('keeps a town abroad after a locative cue, a town of the story\'s countries, and countries', () => {
    const abroad = 'Talks between the parties opened in Tromsø on Monday.';
    expect(strayPlace(abroad, mention(abroad, 'Tromsø', 'NOR', 'city'), ['CAF'], { locative })).toBe(false);
    const home = 'Bambari residents said rebels killed five civilians.';
    expect(strayPlace(home, mention(home, 'Bambari', 'CAF', 'city'), ['CAF'], { locative })).toBe(false);
    const country = 'Norway condemned the killing of five civilians.';
    expect(strayPlace(country, mention(country, 'Norway', 'NOR', 'country'), ['CAF'], { locative })).toBe(false);
    // A big city abroad is named for what happened there.
    const paris = 'Deux hommes ont été interpellés dans le treizième arrondissement de Paris.';
    expect(strayPlace(paris, { ...mention(paris, 'Paris', 'FRA', 'city'), prominent: true }, ['PHL'], { locative })).toBe(false);
    expect(strayPlace(paris, mention(paris, 'Paris', 'FRA', 'city'), ['PHL'], { locative })).toBe(true);
    // With no country in view, nothing is stray.
    expect(strayPlace(abroad, mention(abroad, 'Tromsø', 'NOR', 'city'), [], { locative })).toBe(false);
  });
});

describe('the country of the article', () => {
  it('places an event with no place of its own in the country its parties belong to, whatever they are called', () => {
    const [e] = run('Five rebel fighters have died since the beginning of the day in battles with the Armed Forces of Ukraine, the rebels said.', 'en')
      .filter((x) => x.type === 'ASSAULT');
    expect(e?.place?.name).toBe('Ukraine');
    expect(e?.place?.precision).toBe('country');
    expect(knowledge.countryPlace?.('UKR')?.place.name).toBe('Ukraine');
    expect(knowledge.countryPlace?.('XXX') ?? null).toBeNull();
  });
});
