// Places and actors read from the words around a toponym, over the committed knowledge files (data/): a state's force
// named by a place it serves ("la police de Tokyo"), a capital modifying an event noun ("Kiev protest"), a province's
// name as a person's first word ("Van Gogh"), a given name joined by a hyphen ("Lili-May Lopez"), the finer place of
// the country an event is placed in, and a headline's source after a dash. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { forcePhrases } from '../../../src/extract/actors/place-forces.js';
import { modifiesEventNoun } from '../../../src/extract/places/modifier-places.js';
import { headlineLabel, sourceAfterDash } from '../../../src/extract/places/resolve-mentions.js';

const knowledge = loadKnowledge();
const names = (text: string) => knowledge.findPlaces(text).map((m) => m.text);
const extractor = createExtractor();
const run = (text: string, lang: 'fr' | 'en', date = '2024-05-02'): Event[] => [...extractor.extract({ id: 'doc', text, date, lang }).events];
const ofType = (text: string, lang: 'fr' | 'en', type: string) => run(text, lang).find((e) => e.type === type);
const actorIds = (e: Event | undefined) => (e?.actors ?? []).map((a) => a.id);
const placeEvidence = (e: Event | undefined) => (e?.fieldEvidence ?? []).filter((f) => f.field === 'place').map((f) => f.text);

describe('a force named by the place it serves', () => {
  it('reads "la police de Tokyo" as the police of Japan, not unspecified police beside the government of Japan', () => {
    const e = ofType('La police de Tokyo a arrêté trois militants jeudi soir.', 'fr', 'COERCE');
    expect(actorIds(e)).toContain('JPN-POL');
    expect(actorIds(e)).not.toContain('JPN-GOV');
    expect(actorIds(e)).not.toContain('GEN-POLICE');
    // The actor points at the whole phrase; the place stays Tokyo.
    expect(e?.fieldEvidence?.some((f) => f.field.startsWith('actors[') && f.text === 'police de Tokyo')).toBe(true);
    expect(e?.place?.name).toBe('Tokyo');
  });

  it('reads an elided genitive and a town that is no capital', () => {
    expect(actorIds(ofType("Deux journalistes ont été arrêtés par la police d'Abidjan.", 'fr', 'COERCE'))).toContain('CIV-POL');
    expect(actorIds(ofType('Des manifestants ont été interpellés par la police de Lyon.', 'fr', 'COERCE'))).toContain('FRA-POL');
  });

  it('reads the place before the force in English', () => {
    const e = ofType('Paris police arrested three protesters on Thursday.', 'en', 'COERCE');
    expect(actorIds(e)).toContain('FRA-POL');
    expect(actorIds(e)).not.toContain('FRA-GOV');
  });

  it('finds the phrase only right beside the toponym', () => {
    const k = { resolvePlace: knowledge.resolvePlace.bind(knowledge), getActor: knowledge.getActor.bind(knowledge) };
    const pats = knowledge.placeForces?.get('fr') ?? [];
    expect(pats.length).toBeGreaterThan(0);
    const found = (text: string) => forcePhrases(text, knowledge.findPlaces(text), pats, k).map((f) => `${f.hit.text}=${f.hit.actor.id}`);
    expect(found('La police de Tokyo a arrêté trois militants.')).toEqual(['police de Tokyo=JPN-POL']);
    // Another word between the force and the genitive: not this rule ("la police scientifique de Rouen").
    expect(found('Un membre de la police scientifique de Rouen a parlé.')).toEqual([]);
    expect(found('Les manifestants de Tokyo ont défilé.')).toEqual([]);
  });
});

describe('a capital modifying an event noun', () => {
  it('reads "Kiev protest" and "Kabul blast" as where the event happened', () => {
    const p = ofType('Police disperse Kiev protest, activists say one shot dead', 'en', 'PROTEST');
    expect(p?.place?.name).toBe('Kyiv');
    expect(placeEvidence(p)).toContain('Kiev');
    expect(ofType('Kabul blast kills 10 people', 'en', 'ASSAULT')?.place?.name).toBe('Kabul');
  });

  it('keeps the government when a capitalised object follows the verb', () => {
    const e = ofType("Kiev protests Moscow's decision to close the border", 'en', 'PROTEST');
    expect(actorIds(e)).toContain('UKR-GOV');
    expect(e?.place?.precision).not.toBe('city');
  });

  it('needs a listed event noun right after the name', () => {
    const nouns = knowledge.modifiedEventNouns;
    const at = (text: string, name: string) => modifiesEventNoun(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length }, nouns);
    expect(at('Police storm Kiev protest camp', 'Kiev')).toBe(true);
    expect(at('Kiev accuses Moscow of shelling', 'Kiev')).toBe(false);
    expect(at('Kiev protests Moscow decision', 'Kiev')).toBe(false);
    expect(at('Kiev protest', 'Kiev')).toBe(true);
    expect(modifiesEventNoun('Kiev protest', { start: 0, end: 4 }, undefined)).toBe(false);
  });
});

describe('names beside a toponym', () => {
  it('reads a province\'s name before another capitalised word as part of a name ("Van Gogh")', () => {
    expect(names('La police a saisi des tableaux de Van Gogh et des bijoux.')).not.toContain('Van');
    expect(names('Des combats ont éclaté près de Van lundi.')).toContain('Van');
  });

  it('keeps a province before an admin word cut short or misspelt', () => {
    expect(names('Soldier killed at Krymske, Luhansk Obl on Sept 12.')).toContain('Luhansk');
    expect(names('Soldier killed at Krymske, Luhansk Oblt on Sept 12.')).toContain('Luhansk');
    const [m] = knowledge.findPlaces('Shelling near Luhansk Obl.');
    expect(m?.hint).toBe('admin1');
  });

  it('reads a town after a hyphenated given name as a surname ("Lili-May Lopez")', () => {
    expect(names("Lili-May Lopez, veuve d'un ingénieur, a fondé une association.")).not.toContain('Lopez');
    expect(names('Des heurts ont éclaté à Lopez.')).toContain('Lopez');
  });
});

describe('a capital that labels a headline', () => {
  it('is the headline\'s place, unless a quotation follows (its government speaking)', () => {
    const e = ofType("Bangui : retour au calme après la mort d'un jeune tué jeudi par un policier", 'fr', 'ASSAULT');
    expect(e?.place?.name).toBe('Bangui');
    expect(headlineLabel('Bangui : retour au calme', { start: 0, end: 6 })).toBe(true);
    expect(headlineLabel('RCA;Bangui : retour au calme', { start: 4, end: 10 })).toBe(true);
    expect(headlineLabel('Moscou : « nous ne reculerons pas »', { start: 0, end: 6 })).toBe(false);
    expect(headlineLabel('Selon Bangui : tout va bien', { start: 6, end: 12 })).toBe(false);
    expect(headlineLabel('Il a dit.   Bangui : calme', { start: 12, end: 18 })).toBe(false);
  });
});

describe('an admin area after a comma', () => {
  it('holds the town before it: a reading far outside gives way to the area when no homonym lies in it', () => {
    // "Novooleksandrivka" is read as a town of Zaporizhzhia oblast when alone; Luhansk oblast has none of that name.
    const e = ofType('A soldier was killed by a sniper at Novooleksandrivka, Luhansk Obl on Aug 19.', 'en', 'ASSAULT');
    expect(e?.place?.name).toBe('Luhansk');
    expect(e?.place?.precision).toBe('admin1');
    expect(placeEvidence(e)).toContain('Novooleksandrivka');
  });
});

describe('the finer place of the country an event is placed in', () => {
  it('places an event told "in the country" at the one town of that country the document names', () => {
    const e = ofType('Ten people were killed in Central African Republic on Monday. Residents of Bambari said they fled.', 'en', 'ASSAULT');
    expect(e?.place?.name).toBe('Bambari');
    expect(placeEvidence(e)).toContain('Bambari');
  });

  it('keeps the country when the document names two towns of it as often', () => {
    const e = ofType('Ten people were killed in Central African Republic on Monday. Residents of Bambari and Bria said they fled.', 'en', 'ASSAULT');
    expect(e?.place?.precision).toBe('country');
  });
});

describe('a headline\'s source after a dash', () => {
  it('is who tells, not where: it does not choose the country of a homonym', () => {
    const text = 'Over 250 servicemen lost in Donetsk direction in 24 hours - Russian Defense Ministry';
    expect(sourceAfterDash(text, { start: text.indexOf('Russian'), end: text.length })).toBe(true);
    expect(sourceAfterDash('Russian troops shell Donetsk', { start: 0, end: 14 })).toBe(false);
    expect(ofType(text, 'en', 'ASSAULT')?.place?.country).toBe('UKR');
  });
});
