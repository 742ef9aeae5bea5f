// Which date of an earlier clause an event takes: in prose ("… ; …") a date carries to the clauses after it; in a list
// of headlines or titles joined by semicolons without blanks ("Report APRIL 2020;12 killed…") it stays in its item.
// Sentences written for these tests; publication dates pinned.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const assaults = (text: string, date: string, lang: string): Event[] =>
  extractor.extract({ id: 't', text, date, lang }).events.filter((e) => e.type === 'ASSAULT');

describe('dates of earlier clauses', () => {
  it('a dated title before a headline does not date its event', () => {
    const [e] = assaults('Monthly security report APRIL 2020;Twelve villagers killed in a militia attack near Bria', '2020-04-30', 'en');
    expect(e?.date).toMatchObject({ start: '2020-04-30', rule: 'document date' });
    const [f] = assaults('Bulletin humanitaire du 1er au 30 avril 2020;Douze villageois tués dans une attaque près de Bria', '2020-05-02', 'fr');
    expect(f?.date).toMatchObject({ start: '2020-05-02', rule: 'document date' });
  });

  it('in prose, a date in an earlier clause still dates the event after it', () => {
    const [e] = assaults('On 3 April 2020, militiamen stormed Bria; twelve villagers were killed.', '2020-04-30', 'en');
    expect(e?.date?.start).toBe('2020-04-03');
    const [f] = assaults('Le 3 avril 2020, des miliciens sont entrés dans Bria ; douze villageois ont été tués.', '2020-04-30', 'fr');
    expect(f?.date?.start).toBe('2020-04-03');
  });

  it('a date in an earlier headline of the list does not date the next one\'s event', () => {
    const events = extractor.extract({ id: 't', text: 'Twelve villagers killed near Bria on Monday;Government and rebels hold talks in Bangui', date: '2020-04-30', lang: 'en' }).events;
    expect(events.find((e) => e.type === 'ASSAULT')?.date?.start).toBe('2020-04-27');
    expect(events.find((e) => e.type === 'CONSULT')?.date).toMatchObject({ start: '2020-04-30', rule: 'document date' });
  });
});
