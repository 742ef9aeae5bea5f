// Extraction-quality rules over the committed knowledge files (data/): accidents are not attacks, a
// declared language is not second-guessed, adjective-only actors, the other side of a dyad, place
// context (neighbours, brackets, spelling variants, seats of districts).
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';
import { agrees, bracketedAfter, unknownNames } from '../../src/extract/places/place-context.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr', date = '2016-05-10'): Event[] => [...extractor.extract({ id: 'q', text, date, lang }).events];
const assaults = (text: string, lang = 'fr') => run(text, lang).filter((e) => e.type === 'ASSAULT');

describe('accidents are not attacks', () => {
  it('drops an actorless explosion told with its accidental cause (FR and EN)', () => {
    expect(assaults("Une explosion s'est produite dans une usine de Lyon. La fuite accidentelle d'une bouteille de gaz en était la cause. Trois ouvriers ont été blessés.")).toEqual([]);
    expect(assaults('An explosion hit a chemical plant in Lyon after a gas leak. Three workers were injured.', 'en')).toEqual([]);
  });

  it('keeps an explosion told without an accidental cause, and a bomb even near an accident', () => {
    expect(assaults('Une explosion a visé une patrouille de la MINUSMA près de Gao. 3 morts.')).toHaveLength(1);
    expect(assaults("Une bombe a été déposée dans l'immeuble par un inconnu ; l'explosion a causé un incendie, et les pompiers parlent d'un accident.").length).toBeGreaterThan(0);
  });

  it('does not read a French text declared as French with the English pack', () => {
    // "coup" is an English coup trigger; "tout à coup" is French for "suddenly".
    expect(run('Les freins de la voiture ont lâché tout à coup et elle a quitté la route.')).toEqual([]);
  });
});

describe('casualty figures', () => {
  it('reads KIA / WIA as killed and injured', () => {
    const [e] = assaults('JFO: Ukraine reports 1 KIA, 4 WIA in Donbas in past day.', 'en');
    expect(e?.counts).toMatchObject({ killed: { value: 1 }, injured: { value: 4 } });
  });

  it('implies one event for a figure and its part in one sentence', () => {
    const events = assaults('Five civilians including two children die in east Ukraine: officials.', 'en');
    expect(events).toHaveLength(1);
    expect(events[0]?.counts.killed?.value).toBe(5);
  });

  it('reads the French present "tue" as a killing', () => {
    expect(assaults('Alindao sous extrême tension depuis hier : un gendarme tue un civil.')).toHaveLength(1);
  });
});

describe('actors', () => {
  it('an adjective-only state actor holding the trigger is its source ("l\'opération militaire azerbaïdjanaise")', () => {
    const [e] = assaults("L'opération militaire azerbaïdjanaise a fait au moins 200 morts.");
    expect(e?.actors).toContainEqual(expect.objectContaining({ kind: 'military', country: 'AZE', role: 'source' }));
  });

  it('an attack by one side of the dyad the document names targets the other side', () => {
    const text = "L'Azerbaïdjan et les séparatistes arméniens ont entamé des discussions à Yevlakh. L'opération militaire azerbaïdjanaise a fait au moins 200 morts.";
    const [e] = assaults(text);
    expect(e?.actors).toContainEqual(expect.objectContaining({ kind: 'rebel_group', role: 'target' }));
  });

  it('gives no dyad target to an attack told against civilians', () => {
    const text = "L'Azerbaïdjan et les séparatistes arméniens ont entamé des discussions à Yevlakh. L'opération militaire azerbaïdjanaise a tué 20 civils.";
    const [e] = assaults(text);
    expect(e?.actors.filter((a) => a.role === 'target' && a.kind === 'rebel_group')).toEqual([]);
  });

  it('reads "AMA" as the Malian army, not as a place', () => {
    const [e] = assaults("Une patrouille de l'AMA tombe dans une embuscade près de Nampala. 2 morts (soldats).");
    expect(e?.actors.map((a) => a.country)).toContain('MLI');
    expect(e?.place?.country).toBe('MLI');
  });
});

describe('places', () => {
  it('a bracketed area vetoes a homonym abroad ("Lafia (région de Tombouctou)")', () => {
    const [e] = run("Le matériel électoral de la commune de Lafia (région de Tombouctou) a été incendié par des individus armés.");
    expect(e?.place?.country).toBe('MLI');
  });

  it('takes the first, finest place of a bracketed list', () => {
    const [e] = run('Un bureau de vote à Saourassane (commune de Dianké; cercle de Niafunké; région de Tombouctou) a été incendié par des individus armés.');
    expect(e?.place?.name).toBe('Dianké');
  });

  it('finds a spelling variant the index lacks when it lies near the places named', () => {
    const [e] = assaults('Attaque de djihadistes contre le village de Dounapen (région de Mopti). 3 morts (civils).');
    expect(e?.place).toMatchObject({ name: 'Douna-Pen', country: 'MLI' });
  });

  it('does not take the capitalised word "Camp" for a place', () => {
    const [e] = assaults("Attaque à l'arme lourde contre le Camp de la MINUSMA entre Monzonga et Zakoyra sur la route d'Ansongo.");
    expect(e?.place?.name).not.toBe('Camp');
  });

  it('gives a district without coordinates those of its seat', () => {
    const [e] = assaults("Attaque à Agalal (cercle de Tombouctou) d'un véhicule par des présumés djihadistes.");
    expect(e?.place?.lat).toEqual(expect.any(Number));
  });
});

describe('place-context helpers', () => {
  const town = (name: string, lat: number, lon: number, admin1 = 'A') => ({ name, country: 'MLI', admin1, lat, lon, precision: 'city' as const });

  it('agrees: same admin1, or within 150 km; never across countries', () => {
    expect(agrees(town('x', 15, 0, 'Gao'), { name: 'Gao', country: 'MLI', precision: 'admin1' })).toBe(true);
    expect(agrees(town('x', 15, 0, 'P'), town('y', 15.5, 0.5, 'Q'))).toBe(true);
    expect(agrees(town('x', 15, 0, 'P'), town('y', 19, 3, 'Q'))).toBe(false);
    expect(agrees(town('x', 15, 0), { ...town('y', 15, 0), country: 'NER' })).toBe(false);
  });

  it('bracketedAfter: the first span inside brackets opening right after a name', () => {
    const text = 'Lafia (région de Tombouctou) et Gao';
    const spans = [{ start: 17, end: 27 }, { start: 32, end: 35 }];
    expect(bracketedAfter(text, 5, spans)).toEqual({ start: 17, end: 27 });
    expect(bracketedAfter(text, 28, spans)).toBeNull();
  });

  it('unknownNames: capitalised words not opening a sentence and not covered', () => {
    const text = "Attaque contre le camp d'Aguelhok. Riposte de la FAMA à Tessalit.";
    const names = unknownNames(text, 0, (s) => s === text.indexOf('Tessalit')).map((n) => n.text);
    expect(names).toEqual(['Aguelhok']);
  });
});
