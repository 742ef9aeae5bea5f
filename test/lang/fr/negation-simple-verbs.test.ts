// French negation around a simple verb or a pronoun (src/lang/fr/cues.ts): "l'armée n'attaque pas", "ne les a pas
// attaqués", "ne se sont pas affrontés", "la police n'a arrêté personne", "aucune attaque n'a été signalée" tell a denied
// event; only the event word the negation holds or points at. Sentences written for these tests in the style of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const told = (text: string) => extractor.extract({ id: 'neg-simple-fr', text, date: '2024-05-02', lang: 'fr' }).events.map((e) => `${e.type}:${e.modality}`);

describe('a negated simple verb', () => {
  it('denies the event word between "ne"/"n\'" and "pas", "plus" or "jamais"', () => {
    expect(told("L'armée n'attaque pas la ville, affirme le porte-parole.")).toEqual(['ASSAULT:denied']);
    expect(told('Les rebelles ne bombardent plus les quartiers nord depuis la trêve.')).toEqual(['ASSAULT:denied']);
  });

  it('reads an object pronoun between the negation and the verb', () => {
    expect(told('Les rebelles ne les attaquent jamais la nuit.')).toEqual(['ASSAULT:denied']);
    expect(told("L'armée ne les a pas attaqués, selon un communiqué.")).toEqual(['ASSAULT:denied']);
  });

  it('denies an arrest of nobody', () => {
    expect(told("La police n'a arrêté personne après les heurts de mardi.").filter((x) => x.startsWith('COERCE'))).toEqual(['COERCE:denied']);
  });

  it('leaves asserted an event told before a negation about something else', () => {
    expect(told('Les soldats ont attaqué le village mais ne sont pas restés sur place.')).toEqual(['ASSAULT:asserted']);
    expect(told("Les soldats n'ont pas hésité à attaquer le camp des rebelles.")).not.toContain('ASSAULT:denied');
  });
});

describe('an event reported as not having happened', () => {
  it('denies "aucune attaque n\'a été signalée"', () => {
    expect(told("Aucune attaque n'a été signalée dans la région depuis dimanche.")).toEqual(['ASSAULT:denied']);
    expect(told("Aucun affrontement n'a été enregistré dimanche à Gao, selon la police.")).toEqual(['ASSAULT:denied']);
  });

  it('keeps asserted an attack claimed by nobody', () => {
    expect(told("Aucune attaque n'a été revendiquée après l'explosion du marché.")).not.toContain('ASSAULT:denied');
  });
});

describe('a toll of none is no denial of the event told beside it', () => {
  it('keeps the attack asserted in "l\'attaque a eu lieu à Gao ; aucune victime n\'a été signalée"', () => {
    expect(told("L'attaque a eu lieu près de Gao mardi ; aucune victime civile n'a été signalée.")).toEqual(['ASSAULT:asserted']);
  });
});
