// English clause words (src/lang/en/cues.ts clauses): what a request or a threat asks for, a sum over a period and an
// earlier event recalled to compare are no events of their own. Sentences written for these tests in the style of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const told = (text: string) => extractor.extract({ id: 'clause', text, date: '2024-05-02', lang: 'en' }).events.map((e) => e.type);

describe('what a request or a threat asks for', () => {
  it('reads the request, not the withdrawal or the sanctions it asks for', () => {
    expect(told('The foreign minister urged the United States to withdraw its troops from the border.')).toEqual(['REQUEST']);
    expect(told('The opposition called for an immediate ceasefire in the north.')).toEqual(['REQUEST']);
  });

  it('reads the threat, not the strike it threatens', () => {
    expect(told('Teachers threatened on Monday to hold a nationwide strike unless wages are paid.')).toEqual(['THREATEN']);
  });

  it('keeps an event that did happen and that the request asks to look into', () => {
    expect(told('The defence minister urged the United Nations to probe the killings in the capital.')).toEqual(['REQUEST', 'ASSAULT']);
  });
});

describe('what a proposal, an offer or a demand asks for', () => {
  it('reads the rejection, not the ceasefire or the talks proposed', () => {
    expect(told("The president rejected the rebels' proposal for a ceasefire during the holy month.")).toEqual(['REJECT']);
    expect(told('The government rejected a fresh offer from the rebels for direct talks.')).toEqual(['REJECT']);
  });

  it('reads a demand that another party act as the demand alone', () => {
    expect(told('The agency reiterated its demand today that the army ease restrictions on the movement of workers.')).toEqual(['REQUEST']);
  });

  it('reads a failure to reach agreement as one rejection', () => {
    expect(told('The two delegations failed to reach agreement on the fate of the prisoners on Sunday.')).toEqual(['REJECT']);
  });
});

describe('modifiers that tell no event', () => {
  it('reads "backed by" and "Iran-backed" as who the fighters are, not as support given', () => {
    expect(told('Militias backed by the army attacked the village on Sunday.')).toEqual(['ASSAULT']);
    expect(told('Iran-backed fighters attacked the base on Sunday.')).toEqual(['ASSAULT']);
    expect(told('The European Union backed the peace plan on Monday.')).toEqual(['SUPPORT']);
  });

  it('reads an event word naming a kind of unit or thing as no event: riot police, attack helicopters, a bomb squad', () => {
    expect(told('The army bought two attack helicopters from Russia.')).toEqual([]);
    expect(told('A bomb squad inspected the car outside the embassy.')).toEqual([]);
    expect(told("The protest movement's leader was elected mayor of the town.")).toEqual([]);
    expect(told('The war crimes tribunal opened in The Hague on Monday.')).toEqual([]);
    expect(told('Riot police fired tear gas at students in the capital.')).not.toContain('PROTEST');
  });

  it('keeps the event words used as events', () => {
    expect(told('Rebels attacked helicopters at the air base on Monday.')).toEqual(['ASSAULT']);
    expect(told('A bomb exploded in the market of Gao on Monday.')).toEqual(['ASSAULT']);
    expect(told('Riots broke out in Bangui on Monday.')).toEqual(['PROTEST']);
  });
});

describe('sums over a period and recalled events', () => {
  it('reads no event in a sum since the start of the war', () => {
    expect(told('More than 300 civilians have been killed in the province since the start of the war, the agency said.')).toEqual([]);
  });

  it('keeps a toll told for a day', () => {
    expect(told('Five civilians were killed in shelling of the province on Monday, the agency said.')).toEqual(['ASSAULT']);
  });

  it('reads an attack recalled as "a previous attack" as background', () => {
    expect(told('Gunmen attacked a police post in the town on Sunday. A previous attack in the area was blamed on bandits.')).toEqual(['ASSAULT']);
  });
});
