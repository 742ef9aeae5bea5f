// A bare day number ("le 3") in a dated report with no narrative date before it: a day already past (this month's or
// the month before's), not a day after publication; in a sentence telling what is planned, the coming one. Sentences
// written for these tests in the style of news, publication dates pinned.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';
import { createExtractor } from '../../../src/extract/index.js';

const THU: PartialDate = { value: '2024-05-02', precision: 'day' };
const extractor = createExtractor();
const events = (text: string, date = '2024-05-02') => extractor.extract({ id: 'day-only', text, date, lang: 'fr' }).events;

describe('a bare day number against the publication day', () => {
  test('"le 3" told on the 2nd is the 3rd of the month before', () => {
    const [m] = findDates('Le 3, des hommes armés ont attaqué un village près de Gao.', fr, THU);
    expect(m).toMatchObject({ start: '2024-04-03', end: '2024-04-03', precision: 'day' });
  });

  test('a day number not past yet this month stays this month when it is the publication day or before', () => {
    expect(findDates('Le 2, des hommes armés ont attaqué un village.', fr, THU)[0]).toMatchObject({ start: '2024-05-02' });
    expect(findDates('Le 1er, des hommes armés ont attaqué un village.', fr, THU)[0]).toMatchObject({ start: '2024-05-01' });
  });

  test('a day number at the end of the month before, told early in the month, is that one', () => {
    expect(findDates('Le 30, la police a dispersé les manifestants.', fr, THU)[0]).toMatchObject({ start: '2024-04-30' });
  });

  test('the event told on "le 3" carries that past day', () => {
    const out = events('Le 3, des hommes armés ont attaqué un village près de Gao.');
    expect(out.map((e) => [e.type, e.date?.start])).toEqual([['ASSAULT', '2024-04-03']]);
  });

  test('a meeting planned for "le 3" is the coming 3rd', () => {
    const out = events('Une nouvelle réunion entre les deux délégations aurait lieu le 3.');
    expect(out.map((e) => [e.type, e.modality, e.date?.start])).toEqual([['CONSULT', 'planned', '2024-05-03']]);
  });

  test('after a full date in the text, a bare day number is read against it, nearest', () => {
    const out = findDates('Le 28 avril, des combats ont éclaté. Le 3, les rebelles ont repris la ville.', fr, { value: '2024-05-20', precision: 'day' });
    expect(out.map((m) => m.start)).toEqual(['2024-04-28', '2024-05-03']);
  });
});

describe('a bare day number followed by a part of the day', () => {
  test('"le 28 au soir" is the 28th, in the evening', () => {
    const [m] = findDates('Des hommes armés ont attaqué le village de Boni le 28 au soir.', fr, THU);
    expect(m).toMatchObject({ start: '2024-04-28', precision: 'day' });
  });

  test('"le 3 dans la nuit" is the 3rd', () => {
    expect(findDates('Le 3 dans la nuit, des tirs ont été entendus à Gao.', fr, { value: '2024-05-10', precision: 'day' })[0]).toMatchObject({ start: '2024-05-03' });
  });

  test('a number followed by other words is no date ("le 16e arrondissement", "le 3 fois")', () => {
    expect(findDates('Des heurts ont éclaté dans le 16e arrondissement.', fr, THU)).toEqual([]);
  });
});

describe('a range of day numbers with no month', () => {
  test('"dans la nuit du 28 au 29." told on 2 May is 28-29 April', () => {
    const [m] = findDates('Des hommes armés ont attaqué le village de Boni dans la nuit du 28 au 29.', fr, THU);
    expect(m).toMatchObject({ kind: 'range', start: '2024-04-28', end: '2024-04-29' });
  });

  test('the month still counts when told ("du 3 au 4 mai")', () => {
    expect(findDates('Les combats ont duré du 3 au 4 mai.', fr, { value: '2024-05-10', precision: 'day' })[0]).toMatchObject({ start: '2024-05-03', end: '2024-05-04' });
  });

  test('two numbers with no opening word or followed by other words are no range', () => {
    expect(findDates('Le score est passé de 28 au 29 dans la nuit.', fr, THU).filter((m) => m.kind === 'range')).toEqual([]);
    expect(findDates('Les élèves du 3 au 4e rang ont été évacués.', fr, THU).filter((m) => m.kind === 'range')).toEqual([]);
  });
});
