// French negation (src/lang/fr/cues.ts, counts.ts, triggers/assault.ts): a negated verb ("n'a pas attaqué", "il n'y a
// pas eu d'affrontements") tells a denied event, only the one it leads into; "personne n'a été tué" is a toll of none,
// not a death; "tués dans une embuscade" is the ambush told by its toll. Sentences written for these tests in the style
// of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const events = (text: string) => extractor.extract({ id: 'neg-fr', text, date: '2024-05-02', lang: 'fr' }).events;
const told = (text: string) => events(text).map((e) => `${e.type}:${e.modality}`);

describe('negated event words', () => {
  it('reads an event word after a negated auxiliary as denied', () => {
    expect(told("L'armée n'a pas attaqué le village, a assuré un porte-parole.")).toEqual(['ASSAULT:denied']);
    expect(told("Les rebelles n'ont pas encore lancé l'offensive sur la ville.")).toEqual(['ASSAULT:denied']);
    expect(told("Le village n'a jamais été bombardé pendant la guerre.")).toEqual(['ASSAULT:denied']);
  });

  it("reads \"il n'y a pas eu d'affrontements\" as denied, and keeps the sentence's other event asserted", () => {
    expect(told("Il n'y a pas eu d'affrontements dans la ville dimanche, mais les rebelles ont bombardé l'aéroport.")).toEqual(['ASSAULT:denied', 'ASSAULT:asserted']);
  });

  it('reads an event that did not take place as denied', () => {
    expect(told("La réunion prévue entre les deux délégations n'a finalement pas eu lieu.")).toEqual(['CONSULT:denied']);
  });

  it('does not deny an event told after a negation about something else', () => {
    expect(told("Il n'est pas encore clair qui a mené l'attaque contre le poste de contrôle.")).toEqual(['ASSAULT:asserted']);
    expect(told("Les soldats n'ont pas hésité à riposter après l'attaque du camp.").filter((x) => x.startsWith('ASSAULT'))).not.toContain('ASSAULT:denied');
  });
});

describe('tolls of none', () => {
  it("gives a zero toll, not a death, for \"personne n'a été tué\"", () => {
    const out = events("Personne n'a été tué dans les affrontements près de la frontière, selon les autorités.");
    expect(out).toHaveLength(1);
    expect(out[0]!.modality).toBe('asserted');
    expect(out[0]!.counts.killed?.value).toBe(0);
  });

  it("gives a zero injured toll for \"aucun passager n'a été blessé\"", () => {
    const out = events("Des hommes armés ont attaqué un car près de Mopti ; aucun passager n'a été blessé.");
    expect(out).toHaveLength(1);
    expect(out[0]!.counts.injured?.value).toBe(0);
  });
});

describe('a toll told with its occasion', () => {
  it('makes one event of "ont tué sept soldats dans une embuscade"', () => {
    const out = events('Des hommes armés ont tué sept soldats dans une embuscade près de Gao.');
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('ASSAULT');
    expect(out[0]!.counts.killed?.value).toBe(7);
  });
});
