// English tolls told as lists ("kill 3 soldiers, 15 rebels" counts 18; "12 people, including 5 children" stays 12) and a
// killing told with the attack it happened in ("killed 7 soldiers in an ambush": one event). Sentences written for these
// tests in the style of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const events = (text: string, lang = 'en') => extractor.extract({ id: 'toll', text, date: '2024-05-02', lang }).events;

describe('lists of tolls', () => {
  it('adds up the items of a list after the verb', () => {
    const [e, ...rest] = events('Clashes kill 3 soldiers, 15 rebels in the north.');
    expect(rest).toEqual([]);
    expect(e!.counts.killed).toMatchObject({ value: 18, qualifier: 'exact' });
    expect(events('Rebels killed three soldiers and two civilians near the border.')[0]!.counts.killed?.value).toBe(5);
  });

  it('adds up the items of a list before the participle', () => {
    expect(events('Three soldiers and 15 rebels were killed in the clashes.')[0]!.counts.killed?.value).toBe(18);
    expect(events('Two policemen and a civilian were killed in the blast.')[0]!.counts.killed?.value).toBe(3);
    expect(events('Three soldiers, two civilians killed in attack on convoy')[0]!.counts.killed?.value).toBe(5);
    expect(events('At least 3 soldiers and 15 rebels were killed.')[0]!.counts.killed).toMatchObject({ value: 18, qualifier: 'at_least' });
  });

  it('keeps apart a figure read by another verb before the list', () => {
    const out = events('Police arrested 3 men and 15 rebels were killed in the raid.');
    expect(out.find((e) => e.counts.killed)?.counts.killed?.value).toBe(15);
  });

  it('keeps the total when what follows breaks it down', () => {
    expect(events('Fighting killed 12 people, including 5 children, in the town.')[0]!.counts.killed?.value).toBe(12);
    expect(events('Gunmen killed 12 people, 5 of them children, in the village.')[0]!.counts.killed?.value).toBe(12);
    expect(events('The attack killed 8 people, 5 soldiers and 3 civilians, the army said.')[0]!.counts.killed?.value).toBe(8);
  });

  it('reads "shot dead" and "gunned down" with their figure as tolls', () => {
    expect(events('Police shot dead 50 miners on Thursday.')[0]!.counts.killed?.value).toBe(50);
    expect(events('Gunmen gunned down three farmers near the village.')[0]!.counts.killed?.value).toBe(3);
  });

  it('keeps a figure of another kind apart', () => {
    const [e] = events('The army killed 40 militants and 12 were arrested in the raid.');
    expect(e!.counts.killed?.value).toBe(40);
  });

  it('adds up a French list the same way', () => {
    expect(events('Les rebelles ont tué trois soldats et deux civils.', 'fr')[0]!.counts.killed?.value).toBe(5);
    expect(events("L'attaque a tué 12 personnes, dont cinq enfants.", 'fr')[0]!.counts.killed?.value).toBe(12);
    expect(events('Deux soldats et trois civils ont été tués dans la région.', 'fr')[0]!.counts.killed?.value).toBe(5);
    expect(events('Douze personnes, dont cinq enfants, ont été tuées.', 'fr')[0]!.counts.killed?.value).toBe(12);
  });
});

describe('a killing and the attack it happened in', () => {
  it('reads one event, with the verb\'s parties and toll and the attack\'s kind', () => {
    const out = events('Rebels killed 7 soldiers in an air strike on the base.');
    expect(out).toHaveLength(1);
    expect(out[0]!.counts.killed?.value).toBe(7);
    expect(out[0]!.mode).toBe('aerial-weapons');
    expect(out[0]!.actors.filter((a) => a.role === 'source').map((a) => a.name)).toEqual(['Rebels']);
  });

  it('does the same for an ambush, a bombing and a raid', () => {
    for (const s of ['Rebels killed 7 soldiers in an ambush.', 'Militants killed four policemen in a bombing in the city.', 'Rebels killed 7 soldiers during a raid on the camp.']) {
      const out = events(s);
      expect(out, s).toHaveLength(1);
      expect(out[0]!.actors.some((a) => a.role === 'source' && /soldier|police/i.test(a.name)), s).toBe(false);
    }
  });

  it('reads a headline telling the dead "amid fierce fighting" or "in rebel attack" as one event', () => {
    expect(events('Civilians killed in eastern Ukraine amid fierce fighting')).toHaveLength(1);
    const [e, ...rest] = events('Seven soldiers killed in rebel attack despite ceasefire - military');
    expect(rest).toEqual([]);
    expect(e!.counts.killed?.value).toBe(7);
  });

  it('reads no fighting in a deal that ended weeks of it', () => {
    expect(events('Troops handed over the district as part of a peace deal ending eight weeks of fighting in the region.').map((x) => x.type)).toEqual(['AGREE']);
  });

  it('keeps two attacks told apart in one sentence', () => {
    expect(events('Rebels attacked the town on Monday and the army shelled their camp on Tuesday.')).toHaveLength(2);
  });
});
