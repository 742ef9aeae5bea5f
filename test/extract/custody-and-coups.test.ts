// Round 5 French words: custody told without "arrêter" ("mis aux arrêts", "placé en garde à vue", "ont embarqué les
// suspects"), a government overthrown, an armed conflict named as such; an arrest, a looting and a coup told in one
// article stay apart. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string): Event[] => [...extractor.extract({ id: 'r5', text, date: '2024-03-12', lang: 'fr' }).events];
const typed = (text: string) => run(text).map((e) => `${e.type}${e.mode ? `/${e.mode}` : ''}`).sort();

describe('custody in other words', () => {
  it('reads an arrest from "mis aux arrêts", "garde à vue", "écroué" and the police taking suspects away', () => {
    expect(typed('Le procureur a mis aux arrêts un ancien directeur de la douane à Kayes.')).toEqual(['COERCE/arrest']);
    expect(typed('Le maire a été placé en garde à vue mardi à Sikasso.')).toEqual(['COERCE/arrest']);
    expect(typed("L'ancien ministre a été écroué à la prison centrale de Bamako.")).toEqual(['COERCE/arrest']);
    expect(typed('Les gendarmes sont arrivés et ont embarqué les deux suspects au poste de Ségou.')).toEqual(['COERCE/arrest']);
  });

  it('does not read an arrest from loading things or boarding', () => {
    expect(typed('Il a embarqué les bagages dans le car avant de partir pour Mopti.')).toEqual([]);
    expect(typed('Les passagers ont embarqué à bord du bateau à Mopti.')).toEqual([]);
  });
});

describe('a government overthrown', () => {
  it('reads a coup from overthrowing a government or a president', () => {
    expect(typed("Le gouvernement a été renversé par l'armée dans la nuit de dimanche à Niamey.")).toContain('COERCE/coup');
    expect(typed('Des officiers ont renversé le président lundi à Ouagadougou.')).toContain('COERCE/coup');
  });

  it('reads a coup from power seized or the country taken over, not from power won at the polls', () => {
    expect(typed('Les militaires se sont emparés du pouvoir à Niamey dans la nuit.')).toContain('COERCE/coup');
    expect(typed('La guerre a pris fin avec la prise du contrôle du pays par le front rebelle.')).toContain('COERCE/coup');
    expect(typed('Sa prise de pouvoir par les urnes a été saluée à Dakar.')).toEqual([]);
  });

  it('does not read a coup from a car knocking someone down', () => {
    expect(typed('Un camion a renversé un piéton à Bamako.')).toEqual([]);
  });
});

describe('an armed conflict named as such', () => {
  it('is a telling of fighting when it has a figure or a place of its own', () => {
    const events = run('La guerre civile a fait plus de 300 morts dans la région de Zinder.');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(events[0]?.counts.killed).toMatchObject({ value: 300, qualifier: 'at_least' });
  });

  it('is no event when only named in passing', () => {
    expect(typed('Il a grandi pendant la guerre civile, puis il est devenu avocat.')).toEqual([]);
    expect(typed('Le livre raconte la guerre civile espagnole.')).toEqual([]);
  });
});

describe('coercion of different kinds stays apart', () => {
  it('keeps an arrest and a looting told in one article as two events', () => {
    expect(typed('Les gendarmes ont arrêté le chef du gang à Kayes. La veille, ses complices avaient pillé le marché de Kayes.')).toEqual(['COERCE/arrest', 'COERCE/destroy']);
  });

  it('still tells one arrest twice as one event', () => {
    expect(typed("Trois suspects ont été arrêtés jeudi à Mopti. Ces arrestations font suite à l'attaque d'un car.").filter((t) => t.startsWith('COERCE'))).toEqual(['COERCE/arrest']);
  });
});
