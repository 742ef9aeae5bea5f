// A day of the month the report was written in ("le 3 courant", "le 3 de ce mois", "the 3rd of this month"): that day
// of the publication month, whatever date the story told before; a day still to come reads as the month before in a
// story of what happened, as this month's in a sentence telling what is planned. Sentences written for these tests in
// the style of news, publication dates pinned.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { createExtractor } from '../../../src/extract/index.js';

const PUB: PartialDate = { value: '2024-05-20', precision: 'day' };
const extractor = createExtractor();
const events = (text: string, lang: string, date = '2024-05-20') => extractor.extract({ id: 'current-month', text, date, lang }).events;

describe('a day of the current month', () => {
  test.each([
    ['Le 3 courant, des hommes armés ont attaqué un poste de gendarmerie près de Ségou.', 'Le 3 courant'],
    ['Des hommes armés ont attaqué un poste de gendarmerie le 3 de ce mois près de Ségou.', 'le 3 de ce mois'],
    ["L'attaque du 3 courant contre le poste de Ségou a fait deux morts.", 'du 3 courant'],
    ['Le 3 du mois en cours, des hommes armés ont attaqué un poste.', 'Le 3 du mois en cours'],
  ])('fr: %s', (text, span) => {
    const [m] = findDates(text, fr, PUB);
    expect(m).toMatchObject({ text: span, start: '2024-05-03', end: '2024-05-03', precision: 'day' });
  });

  test('en: "on the 3rd of this month" is the 3rd of the publication month, not the whole month', () => {
    const [m, ...rest] = findDates('Gunmen attacked a police post near Segou on the 3rd of this month.', en, PUB);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: 'on the 3rd of this month', start: '2024-05-03', end: '2024-05-03', precision: 'day' });
  });

  test('a full date told before does not move it: "courant" is the month of the report', () => {
    const out = findDates('Le 12 mars, une première attaque a visé Ségou. Le 3 courant, les assaillants sont revenus.', fr, PUB);
    expect(out.map((m) => m.start)).toEqual(['2024-03-12', '2024-05-03']);
  });

  test('a day after the publication day, in a story of what happened, is the month before', () => {
    const [m] = findDates('Le 25 courant, des hommes armés ont attaqué un poste près de Ségou.', fr, PUB);
    expect(m).toMatchObject({ start: '2024-04-25', ahead: { start: '2024-05-25', end: '2024-05-25' } });
  });

  test('a number followed by "this month" with no article is a count, not a day', () => {
    const out = findDates('Militants killed 3 this month near Segou.', en, PUB);
    expect(out.map((m) => [m.text, m.start, m.end])).toEqual([['this month', '2024-05-01', '2024-05-31']]);
  });

  test('the events carry that day; a meeting planned for a later day of the month takes the coming one', () => {
    expect(events('Le 3 courant, des hommes armés ont attaqué un poste de gendarmerie près de Ségou.', 'fr').map((e) => [e.type, e.date?.start]))
      .toEqual([['ASSAULT', '2024-05-03']]);
    expect(events('Gunmen attacked a police post near Segou on the 3rd of this month.', 'en').map((e) => [e.type, e.date?.start]))
      .toEqual([['ASSAULT', '2024-05-03']]);
    const planned = events('Une nouvelle réunion entre les deux délégations aurait lieu le 28 courant.', 'fr');
    expect(planned.map((e) => [e.type, e.modality, e.date?.start])).toEqual([['CONSULT', 'planned', '2024-05-28']]);
  });
});
