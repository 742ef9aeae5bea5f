// English negation (src/lang/en/cues.ts, counts.ts): a negated verb ("did not attack", "have not arrested", "there was
// no fighting") tells a denied event, only the one it leads into; "no one was killed" is a toll of none, not a death.
// Sentences written for these tests in the style of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const events = (text: string) => extractor.extract({ id: 'neg', text, date: '2024-05-02', lang: 'en' }).events;
const told = (text: string) => events(text).map((e) => `${e.type}:${e.modality}`);

describe('negated event words', () => {
  it('reads an event word after a negated auxiliary as denied', () => {
    expect(told('The army did not attack the village, a spokesman said.')).toEqual(['ASSAULT:denied']);
    expect(told("Police haven't arrested anyone over the killing of the mayor.").filter((x) => x.startsWith('COERCE'))).toEqual(['COERCE:denied']);
    expect(told('Government troops have not yet launched an offensive on the town.')).toEqual(['ASSAULT:denied']);
    expect(told('The village was not attacked during the night.')).toEqual(['ASSAULT:denied']);
  });

  it('reads "there was no fighting" as denied, and keeps the other event of the sentence asserted', () => {
    expect(told('There was no fighting in the town on Sunday, but rebels shelled the airport.')).toEqual(['ASSAULT:denied', 'ASSAULT:asserted']);
  });

  it('keeps "denied carrying out the attack" denied', () => {
    expect(told('The rebel group denied carrying out the attack on the convoy.')).toEqual(['ASSAULT:denied']);
  });

  it('does not deny an event told after a negation that is about something else', () => {
    expect(told('It was not immediately clear who carried out the attack on the checkpoint.')).toEqual(['ASSAULT:asserted']);
    expect(told('Gunmen attacked the market on Monday, the police said.')).toEqual(['ASSAULT:asserted']);
  });
});

describe('tolls of none', () => {
  it('gives a zero toll, not one death, for "no one was killed"', () => {
    const out = events('No one was killed in the clashes near the border, officials said.');
    expect(out).toHaveLength(1);
    expect(out[0]!.modality).toBe('asserted');
    expect(out[0]!.counts.killed?.value).toBe(0);
  });

  it('reads "nobody was hurt", "no soldiers were killed" as zero tolls of the event told', () => {
    const blast = events('Nobody was hurt in the blast at the market.');
    expect(blast).toHaveLength(1);
    expect(blast[0]!.counts.injured?.value).toBe(0);
    expect(blast[0]!.counts.killed).toBeUndefined();
    const ambush = events('No soldiers were killed in the ambush, the ministry said.');
    expect(ambush).toHaveLength(1);
    expect(ambush[0]!.counts.killed?.value).toBe(0);
  });

  it('keeps "no casualties" a zero toll of an asserted attack, not a denial', () => {
    const out = events('No casualties were reported after rebels shelled the town overnight.');
    expect(out.map((e) => e.modality)).toEqual(['asserted']);
    expect(out[0]!.counts.killed?.value).toBe(0);
  });
});
