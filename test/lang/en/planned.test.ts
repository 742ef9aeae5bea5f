// English schedule words (src/lang/en/cues.ts): an event word after "is expected to", "are set to", "plans to" is
// planned; a scheduled event named before "is expected to take place" stays planned too. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const told = (text: string) =>
  extractor.extract({ id: 'plan', text, date: '2024-03-12', lang: 'en' }).events.map((e) => `${e.type}:${e.modality}`);

describe('planned events', () => {
  it('reads the event word after a schedule as planned', () => {
    expect(told('The foreign minister is expected to meet rebel leaders next week.')).toEqual(['CONSULT:planned']);
    expect(told('The army is due to withdraw from the northern town.')).toEqual(['RETREAT:planned']);
    expect(told('Brussels plans to impose sanctions on three companies.')).toEqual(['SANCTION:planned']);
  });

  it('reads the event named before "are expected to resume" as planned', () => {
    expect(told('Talks between the government and the rebels are expected to resume in Doha.')).toEqual(['CONSULT:planned']);
  });

  it('keeps a past event told without a schedule asserted', () => {
    expect(told('The foreign minister met rebel leaders on Monday.')).toEqual(['CONSULT:asserted']);
  });
});
