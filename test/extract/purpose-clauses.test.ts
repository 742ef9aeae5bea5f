// An event word opening a purpose clause ("ont défilé pour dénoncer …") is the aim of the event told before it,
// not an event of its own; with no event before it, it stays.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr'): Event[] => [...extractor.extract({ id: 'p', text, date: '2021-03-04', lang }).events];
const types = (text: string, lang = 'fr') => run(text, lang).map((e) => e.type).sort();

describe('purpose clauses (French)', () => {
  it('keeps the march and drops the denunciation it was for', () => {
    expect(types("Mardi, plusieurs centaines d'infirmiers ont défilé à Nantes pour dénoncer la fermeture de leur service.")).toEqual(['PROTEST']);
  });

  it('reads "afin d\'" before a vowel and support verbs with their possessive', () => {
    expect(types("Les dockers ont bloqué l'accès au port de Marseille afin d'exiger le paiement des primes.")).toEqual(['PROTEST']);
    expect(types('Des habitants se sont rassemblés devant la préfecture de Lille pour leur exprimer tout leur soutien.')).toEqual(['PROTEST']);
    expect(types("Les infirmières se sont rassemblées devant l'hôpital de Metz afin d'apporter leur soutien à leur collègue.")).toEqual(['PROTEST']);
  });

  it('keeps the same word when no event comes before it in the sentence', () => {
    expect(types("Pour dénoncer la corruption, le syndicat a publié un long réquisitoire contre le ministre de l'Intérieur.")).toContain('ACCUSE');
    expect(types('Le ministre a dénoncé la fermeture de la frontière.')).toEqual(['ACCUSE']);
  });
});

describe('purpose clauses (English)', () => {
  it('drops a call told as the aim of a march', () => {
    expect(types('Thousands of nurses marched in Leeds on Tuesday in order to call for higher wages.', 'en')).toEqual(['PROTEST']);
  });

  it('keeps an event told after a bare "to": a result, not an aim', () => {
    expect(types('The shelling of Kharkiv on Monday led to protests in Kyiv.', 'en')).toEqual(['ASSAULT', 'PROTEST']);
  });
});
