// Round 5 English wording of military communiqués: force named by its result on a military body or a place
// ("defeated two brigades", "dealt a blow to the armed forces", "surround the port city"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 'r5', text, date: '2024-03-12', lang: 'en' }).events.map((e) => e.type);

describe('force named by its result', () => {
  it('reads an assault from defeating or striking a blow at a military body, or surrounding a place', () => {
    expect(types('Government forces defeated two rebel battalions near Kidal on Sunday.')).toEqual(['ASSAULT']);
    expect(types('The air force dealt a heavy blow to militant positions in the north.')).toEqual(['ASSAULT']);
    expect(types('Rebel fighters surrounded the garrison town of Bria overnight.')).toEqual(['ASSAULT']);
  });

  it('reads none from an election won or a blow to the economy', () => {
    expect(types('The senator defeated the incumbent in the primary.')).toEqual([]);
    expect(types('The new tax dealt a blow to the economy.')).toEqual([]);
    expect(types('Fans surrounded the singer outside the hotel.')).toEqual([]);
  });
});

describe('a strike on a military target named with a few words between', () => {
  it('reads "hit" with the target past its modifiers ("a rare Russian “Arctic” air defence system")', () => {
    expect(types('Ukrainian artillery hit a new Russian “Buk” air defence system near Tokmak.')).toEqual(['ASSAULT']);
    expect(types('Rebels hit two government army positions near Bambari.')).toEqual(['ASSAULT']);
  });

  it('reads none from a figure hitting a level or a storm hitting a coast', () => {
    expect(types('Oil prices hit the highest level since 2014.')).toEqual([]);
    expect(types('The storm hit the northern coast on Monday.')).toEqual([]);
  });
});

describe('the passive of a communiqué verb counts people only', () => {
  const killed = (text: string) => extractor.extract({ id: 'p', text, date: '2024-03-12', lang: 'en' }).events.map((e) => e.counts.killed?.value ?? null);
  it('reads "more than 150 invaders were destroyed" as 150 killed', () => {
    expect(killed('More than 150 invaders were destroyed near Vuhledar - Defence Forces')).toEqual([150]);
    expect(killed('About 30 enemy soldiers were eliminated in the Kupiansk direction')).toEqual([30]);
  });
  it('counts no one when tanks or depots were destroyed', () => {
    expect(killed('Three tanks were destroyed near Vuhledar')).toEqual([null]);
  });
});
