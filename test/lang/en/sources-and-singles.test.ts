// English headline wording, second round: the named source of a wire headline ("… -military",
// "…- government adviser", "… -- source"), headlines of several sources joined by ";" each keeping
// their own speaker, and one person named in the singular with no number counting one.
// Dates pinned; knowledge is the test double (no places, no actors), so only the pack's words are at work.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { extractWith } from '../../extract/extract-helpers.js';

const extract = extractWith();
const en = (text: string, date = '2015-03-08'): Event[] => extract(text, date, 'en');
const assaults = (text: string): Event[] => en(text).filter((e) => e.type === 'ASSAULT');

describe('English headlines: the source after a dash', () => {
  it('reads a dash glued to one side as the source marker', () => {
    expect(assaults('Rebel sniper kills Ukrainian serviceman despite ceasefire -military')[0]?.attribution?.name).toBe('military');
    expect(assaults('Thirty Ukrainian troops possibly killed in rebel missile attack- government adviser')[0]?.attribution?.name).toBe('government adviser');
    expect(assaults('Mayor of a frontline town killed by secret services -- source')[0]?.attribution?.name).toBe('source');
  });

  it('does not read a hyphenated prefix split by a space as a source', () => {
    expect(assaults('Ukraine clashes with pro- Russian rebels')[0]?.attribution ?? null).toBeNull();
  });

  it('keeps each headline of a ";"-joined list to its own speaker', () => {
    const [first, second] = assaults('Thirty Ukrainian troops killed in rebel missile attack- government adviser;Rebels say 23 servicemen killed');
    expect(first?.attribution?.name).toBe('government adviser');
    expect(second?.attribution?.name).not.toBe('government adviser');
  });

  it('reads a plural speaker before "say" as the source', () => {
    expect(assaults('Donbass rebels say three killed by Ukrainian fire')[0]?.attribution?.name).toBe('Donbass rebels');
  });

  it('reads a plural "report" as a telling verb, and a long wire source after a dash', () => {
    expect(assaults('Ukraine, rebels report deadliest fighting in over a month')[0]?.attribution?.name).toBe('rebels');
    expect(assaults('A man wounded in the shelling of Donetsk died - Headquarters of the DPR Territorial Defense')[0]?.attribution?.name)
      .toBe('Headquarters of the DPR Territorial Defense');
  });

  it('never takes the claim itself for its source ("UN report: 30 civilians killed")', () => {
    expect(assaults('UN report: 30 civilians killed in Donetsk')[0]?.attribution ?? null).toBeNull();
    expect(assaults('Ukraine: 30 civilians killed in Donetsk')[0]?.attribution ?? null).toBeNull();
    expect(assaults('30 civilians killed in Donetsk: security source')[0]?.attribution?.name).toBe('security source');
  });

  it('gives one event told twice the claimant the second telling names', () => {
    const events = assaults('Violence in frontline town kills 10. 10 killed in religious clashes in frontline town: police.');
    expect(events).toHaveLength(1);
    expect(events[0]?.attribution?.name).toBe('police');
  });

  it('keeps one event when two wires give the same toll under different unnamed sources', () => {
    expect(assaults('Ten killed in clashes in frontline town - officials. Ten killed in clashes in frontline town: police.')).toHaveLength(1);
  });

  it('takes no claimant from a negated telling ("have not said")', () => {
    const events = en('The separatist authorities have not said what caused the explosion at the depot.');
    expect(events.every((e) => e.attribution === null)).toBe(true);
  });

  it('reads "…, says X" as X even when another headline follows after ";"', () => {
    const [e] = assaults('Army and UN troops repel attack, says government;Nine militia fighters arrested after killings');
    expect(e?.attribution?.name).toBe('government');
  });
});

describe('English headlines: one person in the singular counts one', () => {
  it('counts a bare singular victim as one killed or injured', () => {
    expect(assaults('Ukrainian soldier killed near Shumy in Donbas')[0]?.counts.killed).toMatchObject({ value: 1, qualifier: 'exact' });
    expect(assaults('Woman killed in Donetsk shelling')[0]?.counts.killed?.value).toBe(1);
    expect(assaults('Rebel sniper kills Ukrainian serviceman near Shumy')[0]?.counts.killed?.value).toBe(1);
    expect(assaults('Shelling wounds Ukrainian serviceman near Avdiivka')[0]?.counts.injured?.value).toBe(1);
  });

  it('does not count twice what a number already counts, nor plurals or collective nouns', () => {
    const e = assaults('Ukrainian soldier killed, three injured near Shumy')[0];
    expect(e?.counts.killed?.value).toBe(1);
    expect(e?.counts.injured?.value).toBe(3);
    expect(assaults('A Ukrainian soldier was killed near Shumy')[0]?.counts.killed?.value).toBe(1);
    expect(assaults('Two soldiers killed near Shumy')[0]?.counts.killed?.value).toBe(2);
    expect(assaults('Shelling kills civilian population near Shumy')[0]?.counts.killed).toBeUndefined();
  });
});

describe('a ceasefire as the circumstance of another event', () => {
  it('does not code "despite ceasefire" or "amid truce" as an agreement, and keeps one attack', () => {
    const events = en('Seven Ukrainian soldiers killed in rebel attack despite ceasefire');
    expect(events.map((e) => e.type)).toEqual(['ASSAULT']);
    expect(events[0]?.counts.killed?.value).toBe(7);
    expect(en('Ukrainian soldier killed amid fresh truce in Donbas').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(en('A ceasefire took effect on Wednesday in Donbas').map((e) => e.type)).toEqual(['AGREE']);
  });

  it('reads the circumstance past a few words or quotes, and a faltering truce as no agreement', () => {
    expect(en('Two civilians killed in shelling amid talk of a new ceasefire').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(en('Soldier wounded near Avdiivka amid "harvest" truce').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(en('Three soldiers killed in the east as truce falters').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(en("Kyiv's ceasefire under strain as shelling kills two").map((e) => e.type)).toEqual(['ASSAULT']);
    expect(en('Rebel leader declares two-week ceasefire in the east').map((e) => e.type)).toEqual(['AGREE']);
    expect(en('The ceasefire held overnight along the front').map((e) => e.type)).toEqual(['AGREE']);
  });
});

describe('the subject of a killing verb is not its count', () => {
  it('does not count a number glued by a hyphen to the next word ("a 20-year-old man")', () => {
    expect(assaults('A 20-year-old man killed in Donetsk shelling')[0]?.counts.killed?.value).toBe(1);
  });

  it('reads "A blast killed 500 people" as 500 killed, one event', () => {
    const events = assaults('A blast killed 500 people at the hospital.');
    expect(events.map((e) => e.counts.killed?.value)).toEqual([500]);
  });
});
