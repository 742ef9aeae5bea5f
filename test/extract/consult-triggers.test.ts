// Meeting words (French): a meeting, a talk, a visit between parties is CONSULT; the same words for upkeep, a
// success met, a fall, a private call on one's family or a trip to the bank are not.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const consults = (text: string) => extractor.extract({ id: 'c', text, date: '2019-06-12', lang: 'fr' }).events.filter((e) => e.type === 'CONSULT');

describe('CONSULT in French', () => {
  it.each([
    'Le chef de la diplomatie a rencontré mardi son homologue tchadien à Ndjamena.',
    "Le ministre de la Défense s'est entretenu avec l'ambassadeur des États-Unis.",
    "Le président sénégalais a eu un entretien avec le Premier ministre malien.",
    "Le Premier ministre s'est rendu à Tombouctou jeudi.",
    'Les deux délégations doivent se retrouver à Alger la semaine prochaine.',
    'Le président ivoirien a rendu visite à son homologue ghanéen à Accra.',
    'Les deux chefs d’État se sont entretenus au téléphone lundi.',
  ])('finds a meeting: %s', (text) => {
    expect(consults(text)).toHaveLength(1);
  });

  it.each([
    'Ce nouveau jeu vidéo rencontre un grand succès à Séoul.',
    'Le projet a rencontré de sérieuses difficultés à Lyon.',
    "C'est la pire sécheresse que le Niger ait jamais rencontrée.",
    "Le cargo était immobilisé pour l'entretien de ses moteurs au port de Dakar.",
    'Les agents d’entretien de l’hôpital de Lyon ont repris le travail.',
    'Il a glissé sur le trottoir avant de se retrouver par terre.',
    'Elle est partie rendre visite à ses grands-parents à Lille.',
    "L'infirmière a été jointe au téléphone par la famille du patient.",
    "Elle s'est rendue à la banque pour retirer de l'argent.",
    "Il s'est rendu en train à l'usine.",
  ])('finds no meeting: %s', (text) => {
    expect(consults(text)).toEqual([]);
  });
});
