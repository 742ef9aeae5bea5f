// Event dates through the whole extractor (committed knowledge in data/), publication dates pinned:
// which date told in the text an event takes, and when it falls back to the publication day.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, date: string, lang: string): Event[] => [...extractor.extract({ id: 't', text, date, lang }).events];
const assaults = (text: string, date: string, lang: string) => run(text, date, lang).filter((e) => e.type === 'ASSAULT');

describe('dates told in other clauses', () => {
  it('a date in a later clause (a dated report title after a headline) is not the event\'s date', () => {
    const [e] = assaults('RCA : trois soldats tués dans une embuscade près de Bambari ; Rapport mensuel du 1er mai 2021', '2021-06-05', 'fr');
    expect(e?.date).toMatchObject({ start: '2021-06-05', rule: 'document date' });
    const [g] = assaults('Three soldiers killed in an ambush near Bambari;Monthly human rights report 1 May 2021', '2021-06-05', 'en');
    expect(g?.date).toMatchObject({ start: '2021-06-05', rule: 'document date' });
  });

  it('the same event told again in a later clause with its date keeps that date', () => {
    const events = assaults("Trois civils ont été tués à Bouar ; selon la MINUSCA, l'attaque a eu lieu dimanche.", '2021-06-08', 'fr');
    expect(events).toHaveLength(1);
    expect(events[0]?.date?.start).toBe('2021-06-06');
  });

  it('a date in an earlier clause of the sentence still dates the event told after it', () => {
    const [e] = assaults('Le 1er mai 2021, les rebelles ont pris Bambari ; trois soldats ont été tués.', '2021-06-05', 'fr');
    expect(e?.date?.start).toBe('2021-05-01');
  });

  it('a date in the event\'s own clause is its date', () => {
    const [e] = assaults('Rapport mensuel ; le 1er mai 2021, trois soldats ont été tués près de Bambari.', '2021-06-05', 'fr');
    expect(e?.date?.start).toBe('2021-05-01');
  });
});

describe('news words dating an event', () => {
  it('"ce week-end" in a Monday paper: the Saturday and Sunday just past', () => {
    const [e] = assaults('Des combats ont eu lieu ce week-end à Bambari.', '2021-06-07', 'fr');
    expect(e?.date).toMatchObject({ start: '2021-06-05', end: '2021-06-06', precision: 'week' });
  });

  it('"ce week-end" told as a plan in a Tuesday paper: the coming weekend', () => {
    const events = run('La réunion entre les deux camps doit se tenir ce week-end à Bangui.', '2021-06-08', 'fr');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date).toMatchObject({ start: '2021-06-12', end: '2021-06-13' });
  });

  it('"over the past week" in a report: the seven days up to it', () => {
    const [e] = assaults('Seven soldiers were killed in shelling in Donetsk over the past week.', '2021-06-07', 'en');
    expect(e?.date).toMatchObject({ start: '2021-06-01', end: '2021-06-07', precision: 'week' });
  });

  it('a headline with no date word takes the publication day (measured better than the day before on CAR and Ukraine)', () => {
    const [e] = assaults('RCA : trois soldats tués dans une embuscade près de Bambari', '2021-06-05', 'fr');
    expect(e?.date).toMatchObject({ start: '2021-06-05', rule: 'document date' });
  });
});

describe('"from" says where from, unless a date follows', () => {
  it('"fled from the fighting" keeps the fighting as an event; "since the fighting" names a time', () => {
    expect(assaults('Thousands of families fled from the fighting in Donetsk.', '2021-06-05', 'en')).toHaveLength(1);
    expect(assaults('Thousands of families have fled since the fighting in Donetsk.', '2021-06-05', 'en')).toHaveLength(0);
  });
});
