// English headline and communiqué wording: what the English pack must turn into events, counts and dates.
// Dates pinned; knowledge is the test double (no places, no actors), so only the pack's words are at work.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { extractWith } from '../../extract/extract-helpers.js';

const extract = extractWith();
const en = (text: string, date = '2022-09-21'): Event[] => extract(text, date, 'en');
const assault = (text: string, date?: string): Event | undefined => en(text, date).find((e) => e.type === 'ASSAULT');

describe('English headlines: triggers', () => {
  it('reads headline verbs and nouns as violence', () => {
    for (const t of [
      'Shelling kills two in Donetsk',
      'Pro-Russian rebels shell Ukrainian positions',
      'Russian troops destroyed up to 40 soldiers near Bakhmut',
      'Border guards neutralized several enemy groups near Bakhmut',
      'Armed Forces lost more than 100 servicemen in a day',
      'Losses of the army amounted to 60 soldiers',
      'A priest died in the shelling',
      'Ukrainian forces open fire on the town',
      'Separatists violated the ceasefire five times',
      'Ukraine reports sporadic violations of cease-fire',
    ]) expect(assault(t), t).toBeDefined();
  });

  it('a ceasefire violation is violence, not an agreement', () => {
    expect(en('Ukraine reports sporadic violations of cease-fire').map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('does not read sport or figures of speech as violence', () => {
    expect(assault('Ukraine lost the match against France')).toBeUndefined();
  });
});

describe('English headlines: counts', () => {
  it('counts the people a verb kills, destroys or loses, not the equipment', () => {
    expect(assault('Shelling kills two in Donetsk')?.counts.killed?.value).toBe(2);
    expect(assault('Russian troops destroyed up to 40 Ukrainian soldiers near Bakhmut')?.counts.killed).toMatchObject({ value: 40, qualifier: 'at_most' });
    expect(assault('The army lost more than 100 servicemen near Bakhmut')?.counts.killed).toMatchObject({ value: 100, qualifier: 'at_least' });
    expect(assault('Artillery destroyed 5 tanks near Bakhmut')?.counts.killed).toBeUndefined();
    expect(assault('Ukraine death toll rises to 28: ministry')?.counts.killed?.value).toBe(28);
    expect(assault('Over 250 servicemen lost in Donetsk direction in 24 hours')?.counts.killed?.value).toBe(250);
  });
});

describe('English headlines: dates against the publication date', () => {
  // 2022-09-21 is a Wednesday.
  const day = (text: string, date?: string): string | undefined => assault(text, date)?.date?.start;
  it('a tally over the past day or 24 hours began the day before the report', () => {
    expect(day('Russians killed 10 civilians in the Donetsk region in a day')).toBe('2022-09-20');
    expect(day('Two soldiers killed in the past 24 hours')).toBe('2022-09-20');
    expect(day('One soldier killed over the past day')).toBe('2022-09-20');
    expect(day('Shelling killed three people over the last three days')).toBe('2022-09-18');
  });
  it('yesterday, a bare weekday, a weekday night and last week', () => {
    expect(day('Two soldiers were killed yesterday')).toBe('2022-09-20');
    expect(day('Two soldiers were killed on Monday')).toBe('2022-09-19');
    expect(day('Shelling killed two on Tuesday night')).toBe('2022-09-20');
    expect(day('Two soldiers killed on Wednesday')).toBe('2022-09-21');
    expect(assault('Fighting killed five civilians last week')?.date).toMatchObject({ start: '2022-09-12', precision: 'week' });
  });
  it('without a date expression, the publication day', () => {
    expect(day('Shelling kills two in Donetsk')).toBe('2022-09-21');
  });
});

describe('English: weapons found, territory taken, bases set up', () => {
  const types = (t: string): string[] => en(t).map((e) => e.type);
  it('a grenade thrown is an attack; grenades found are a seizure', () => {
    expect(types('A militant hurled a grenade at a security force party')).toContain('ASSAULT');
    const found = en('Around 20 grenades were found near the school');
    expect(found.map((e) => e.type)).toEqual(['COERCE']);
    expect(found[0]?.acled?.sub_event_type).toBe('Disrupted weapons use');
    expect(types('The police seized seven illegal firearms')).toEqual(['COERCE']);
  });
  it('seizing a town is violence, seizing power is a coup', () => {
    expect(types('Rebels seized the town of Dabiq')).toContain('ASSAULT');
    expect(types('Troops recaptured another village on Sunday')).toContain('ASSAULT');
    expect(en('Soldiers seized power in the capital').find((e) => e.type === 'COERCE')?.mode).toBe('coup');
  });
  it('a new base or post is a mobilisation', () => {
    const e = en('Turkish forces have set up a new observation post in the province').find((x) => x.type === 'MOBILIZE');
    expect(e?.acled?.sub_event_type).toBe('Headquarters or base established');
  });
});

describe('English: who says it, and South Asian numbers', () => {
  it('"X reports" and a trailing "- source" attribute the claim', () => {
    expect(assault('Ukraine reports 66 enemy attacks, one soldier killed')?.attribution?.name).toBe('Ukraine');
    expect(assault('Shelling kills two in Donetsk - Russian Defense Ministry')?.attribution?.name).toBe('Russian Defense Ministry');
  });
  it('reads lakh and crore', async () => {
    const { findNumbers } = await import('../../../src/extract/numbers/index.js');
    const { numberLexicon } = await import('../../../src/lang/en/numbers.js');
    expect(findNumbers('30 lakh people displaced', numberLexicon).map((n) => n.value)).toEqual([3_000_000]);
    expect(findNumbers('three crore twelve lakh', numberLexicon).map((n) => n.value)).toEqual([31_200_000]);
  });
});

describe('English: the night just past', () => {
  it('"overnight" in the news is the night before the publication day, as "last night"', () => {
    expect(assault('Russia shelled Kharkiv overnight', '2022-09-21')?.date?.start).toBe('2022-09-20');
    expect(assault('Russia shelled Kharkiv last night', '2022-09-21')?.date?.start).toBe('2022-09-20');
  });
});

describe('English: a death and its means told together', () => {
  it('"killed in shelling by X" is one event with the means as its mode', () => {
    const events = en('Two servicemen killed in shelling by Ukrainian troops');
    expect(events.map((e) => [e.type, e.mode])).toEqual([['ASSAULT', 'heavy-weapons']]);
    expect(events[0]?.counts.killed?.value).toBe(2);
    expect(en('Two soldiers killed in clashes with rebels').map((e) => e.mode)).toEqual(['firearms']);
    expect(en('A soldier was killed in a mine blast near the front').map((e) => e.mode)).toEqual(['explosives']);
  });
});
