// Place rules over the committed knowledge files (data/): people's names that are also towns, names in quotes,
// capitals after a place noun, birthplaces, and the place of the sentence before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { capitalMentions } from '../../../src/extract/places/capital-mentions.js';

const knowledge = loadKnowledge();
const names = (text: string) => knowledge.findPlaces(text).map((m) => m.text);
const extractor = createExtractor();
const run = (text: string, date = '2022-05-10'): Event[] => [...extractor.extract({ id: 'fr', text, date, lang: 'fr' }).events];
const ofType = (text: string, type: string) => run(text).filter((e) => e.type === type);

describe('people named like towns', () => {
  it('reads every capitalised word after a title as a name, however big the town it names', () => {
    expect(names('Des heurts ont éclaté à Santos.')).toContain('Santos');
    expect(names('Selon Madame Dominique Dos Santos, la marche a réuni des milliers de personnes.')).not.toContain('Santos');
    expect(names('Le Général Martin Kumba a été blessé.')).not.toContain('Kumba');
  });

  it('keeps a name read as a person a name elsewhere in the document', () => {
    expect(names('La famille Rodríguez vit ici.')).toContain('Rodríguez');
    const text = 'Le mouvement a été fondé par Monsieur Jurien Rodríguez. La famille Rodríguez dirige les grèves depuis longtemps.';
    expect(names(text)).not.toContain('Rodríguez');
  });

  it('reads a town beside a capitalised word that names no place as part of a name', () => {
    expect(names('Rodriguez Melian, responsable du syndicat, a décrété une grève.')).not.toContain('Rodriguez');
    expect(names('Le chanteur Santos Zwemmer a été arrêté.')).not.toContain('Santos');
    expect(names('Le chanteur Zwemmer Santos a été arrêté.')).not.toContain('Santos');
    expect(names('Le chanteur a été arrêté à Santos.')).toContain('Santos');
  });

  it('keeps a province before an abbreviated admin word, and a town before an admin word', () => {
    expect(names('Soldier killed at Krymske, Luhansk Obl on Sept 12.')).toContain('Luhansk');
    expect(names('Shelling in Kharkiv Oblast.')).toContain('Kharkiv');
  });

  it('does not let a title reach across a sentence break', () => {
    expect(names('Le cortège est passé devant le maire. Santos est restée calme.')).toContain('Santos');
  });
});

describe('press spellings of country names', () => {
  it('reads "Central Africa Republic" as the country, not the region "Central Africa"', () => {
    const [m] = knowledge.findPlaces('Former rebels sow terror in Central Africa Republic - residents');
    expect(m?.text).toBe('Central Africa Republic');
    expect(knowledge.resolvePlace(m!, {})?.place.country).toBe('CAF');
  });
});

describe('names in quotes', () => {
  it('reads a toponym alone in quotes as the name of a thing', () => {
    expect(names('Ils ont défilé jusqu\'à Pacific City.')).toContain('Pacific City');
    expect(names('Selon l\'ONG "Pacific City", les violences ont fait des victimes.')).not.toContain('Pacific City');
    expect(names('Selon l\'ONG « Pacific City », les violences ont fait des victimes.')).not.toContain('Pacific City');
  });
});

describe('capitals after a place noun', () => {
  it('places an event in the streets of a capital', () => {
    const [e] = ofType('Des milliers de manifestants ont défilé samedi dans les rues d\'Athènes contre la réforme.', 'PROTEST');
    expect(e?.place?.name).toBe('Athens');
  });

  it('places an event at the hospital of a capital, the noun with its adjective', () => {
    const [e] = ofType('Des centaines de manifestants ont défilé vers l\'hôpital public de Berlin.', 'PROTEST');
    expect(e?.place?.name).toBe('Berlin');
  });

  it('keeps a capital after a noun of its government an actor', () => {
    const [e] = ofType('Le gouvernement de Bakou a dénoncé les violences.', 'ACCUSE');
    expect(e?.place).toBeNull();
    expect(e?.actors.map((a) => a.id)).toContain('AZE-GOV');
  });
});

describe('birthplaces', () => {
  it('does not place an event where someone was born', () => {
    const [e] = ofType('Dans une usine de Norvège, une ouvrière née en Allemagne a appelé ses collègues à manifester.', 'PROTEST');
    expect(e?.place?.name).toBe('Norway');
  });
});

describe('the place of the sentence before', () => {
  const lede = 'Le syndicat, basé à Lyon, compte de nombreux membres à Lyon.\n\n';
  it('places an event whose sentence names no place where the sentence before put the story', () => {
    const [e] = ofType(`${lede}Samedi, des centaines de personnes ont manifesté à Grenoble. La police a arrêté dix manifestants.`, 'COERCE');
    expect(e?.place?.name).toBe('Grenoble');
  });

  it('falls back to the main place of the article across a paragraph break', () => {
    const [e] = ofType(`${lede}Samedi, des centaines de personnes ont manifesté à Grenoble.\n\nLa police a arrêté dix manifestants.`, 'COERCE');
    expect(e?.place?.name).toBe('Lyon');
  });
});

describe('the capital named without its name', () => {
  it('reads "la capitale du X" as the capital city of X', () => {
    const [e] = ofType('Des affrontements ont fait dix morts dans la capitale du Mexique.', 'ASSAULT');
    expect(e?.place?.name).toBe('Mexico City');
  });

  it('reads "la capitale" as the capital of the country the sentence names', () => {
    const [e] = ofType('Au Mali, des affrontements ont fait dix morts dans la capitale.', 'ASSAULT');
    expect(e?.place?.name).toBe('Bamako');
  });

  it('does not read the adjective as the capital ("la peine capitale", "capital punishment")', () => {
    const genitive = /^\s*(?:de|du|d'|of)\s*$/iu;
    const found = (text: string) => capitalMentions(text, 0, knowledge, [], ['MLI'], { genitive }).map((m) => `${m.text}→${m.place.name}`);
    expect(found('Des tirs ont été entendus dans la capitale.')).toEqual(['la capitale→Bamako']);
    expect(found('Shots were heard in the capital on Monday.')).toEqual(['the capital→Bamako']);
    expect(found('Le chef des assaillants encourt la peine capitale.')).toEqual([]);
    expect(found('He faces capital punishment.')).toEqual([]);
  });
});
