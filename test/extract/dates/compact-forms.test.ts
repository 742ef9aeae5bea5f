// Compact date forms of tables, forms and web pages (sentences written for these tests, pinned publication dates):
// abbreviated weekdays before a day and month ("lun. 17 févr."), numeric dates with blanks ("le 17 02", "20 02 2014"),
// and what must stay no date: phone numbers, thousands, "la mer" before a date.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const DOC: PartialDate = { value: '2025-02-20', precision: 'day' }; // a Thursday
const brief = (ms: readonly DateMention[]): [string, string | null][] => ms.map((m) => [m.text, m.start]);

describe('abbreviated weekdays', () => {
  test.each([
    ['Mis à jour lun. 17 févr. 2025 : deux morts à Gao.', fr, [['lun. 17 févr. 2025', '2025-02-17']]],
    ['Publié le lun. 17 févr., deux morts à Gao.', fr, [['le lun. 17 févr.', '2025-02-17']]],
    ['Attaque à Gao (ven, 14 févr.)', fr, [['ven, 14 févr.', '2025-02-14']]],
    ['Updated Mon, 17 Feb 2025: two killed in Gao.', en, [['Mon, 17 Feb 2025', '2025-02-17']]],
  ] as const)('%s', (text, lex, want) => {
    expect(brief(findDates(text, lex, DOC))).toEqual(want);
  });

  test('a short form without a dot or a comma is another word ("par la mer 17 février")', () => {
    expect(brief(findDates('Ils ont fui par la mer 17 février.', fr, DOC))).toEqual([['17 février', '2025-02-17']]);
    expect(findDates('Des navires croisent en mer.', fr, DOC)).toEqual([]);
    expect(findDates('Le jeu a repris samedi.', fr, DOC).map((m) => m.text)).toEqual(['samedi']);
  });
});

describe('numeric dates with blanks', () => {
  test.each([
    ['Bilan au 17 02 2025 : trois morts.', [['17 02 2025', '2025-02-17']]],
    ['Bilan arrêté le 17 02 : trois morts.', [['le 17 02', '2025-02-17']]],
    ['Incident du 24 12 24 à Mopti.', [['24 12 24', '2024-12-24']]],
    ['Relevé 20 2 2025, Mopti', [['20 2 2025', '2025-02-20']]],
  ] as const)('%s', (text, want) => {
    expect(brief(findDates(text, fr, DOC))).toEqual(want);
  });

  test.each([
    ['Appelez le 06 12 34 56 78 pour signaler un incident.'],
    ['Plus de 20 000 personnes ont fui, dont 1 200 enfants.'],
    ['Le 17 2 fois plus de déplacés.'],
    ['Un score de 3 45 au total.'],
    ['Le point presse est prévu à 12 15 au siège.'],
  ])('no date in "%s"', (text) => {
    expect(findDates(text, fr, DOC).filter((m) => m.kind !== 'duration')).toEqual([]);
  });

  test('a clock time after "at" is no month-first date', () => {
    expect(findDates('The briefing starts at 12 15 in Kyiv.', en, DOC)).toEqual([]);
  });
});
