// English tolls: a toll's new figure ("the death toll rose to 15", "the number of people killed has risen to 23",
// "toll hits 50") and present-tense headline verbs of the wounded ("kills 3, wounds 10"). Sentences written for these
// tests; the knowledge is the test double, so only the pack's words are at work.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { extractWith } from '../../extract/extract-helpers.js';

const extract = extractWith();
const en = (text: string): Event[] => extract(text, '2024-05-02', 'en');
const assaults = (text: string) => en(text).filter((e) => e.type === 'ASSAULT');
const killed = (text: string) => assaults(text).map((e) => e.counts.killed?.value);

describe('a toll\'s new figure', () => {
  it('reads the number of the dead that has risen, not of the displaced', () => {
    expect(killed('The number of people killed in the attack on the camp has risen to 23, officials said.')).toEqual([23]);
    expect(killed('The number of residents who died in Saturday\'s shelling increased to 4 - mayor')).toEqual([4]);
    expect(en('The number of displaced people has risen to 20,000, the UN said.').flatMap((e) => Object.keys(e.counts))).not.toContain('killed');
  });

  it('reads a toll that hits or tops a figure, a period inside a name included', () => {
    expect(killed('Toll in C.Africa violence hits 50 - Red Cross')).toEqual([50]);
    expect(killed('Death toll in market bombing tops 100, ministry says')).toEqual([100]);
  });

  it('keeps who the sentence names before the verb out of the count: the shelling\'s author stays its source', () => {
    const [e] = assaults('Number of residents killed in shelling by rebels rises to seven - mayor');
    expect(e?.counts.killed?.value).toBe(7);
    expect(e?.actors.filter((a) => a.role === 'target').map((a) => a.name)).not.toContain('rebels');
  });

  it('updates a lower figure told before for the same event: one attack, the new toll', () => {
    expect(killed('Two people were killed in shelling of the town;The number of people killed in the shelling of the town has increased to four')).toEqual([4]);
    expect(killed('Two residents die in shelling;Death toll from the shelling rises to 19')).toEqual([19]);
  });

  it('does not let a lower figure override the new one, nor merge two tolls that are not updates', () => {
    expect(killed('Death toll from the shelling rises to 19;Two residents die in shelling')).toEqual([19]);
    expect(killed('Rebels kill 5 in attack on village;Gunmen kill 8 in attack on village').sort()).toEqual([5, 8]);
  });

  it('does not make a running total of losses an update', () => {
    const tolls = killed('Two soldiers killed in shelling of the town;Army losses in the town amounted to 120 servicemen').sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(tolls).toEqual([2, 120]);
  });
});

describe('present-tense verbs of the wounded', () => {
  it('reads "wounds 10" and "injures 5" after a toll', () => {
    expect(assaults('Bomb blast kills 3, wounds 10 in market')[0]?.counts).toMatchObject({ killed: { value: 3 }, injured: { value: 10 } });
    expect(assaults('Gunman kills 2, injures 5 at hotel')[0]?.counts).toMatchObject({ killed: { value: 2 }, injured: { value: 5 } });
    expect(assaults('Rebels kill 3 peacekeepers, wound 2')[0]?.counts.injured?.value).toBe(2);
  });

  it('does not read the noun: "died of his wounds 2 days later"', () => {
    expect(en('The soldier died of his wounds 2 days later after the attack.').flatMap((e) => Object.keys(e.counts))).not.toContain('injured');
  });
});
