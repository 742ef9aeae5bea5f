// Round 5: a march told as organised or held ("Cette marche a été organisée …", "une marche blanche", "ont organisé une
// grande marche") is a demonstration; a walk of so many kilometres or "la marche à suivre" is not. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 'r5', text, date: '2024-03-12', lang: 'fr' }).events.map((e) => `${e.type}/${e.mode ?? ''}`);

describe('a march told as organised or held', () => {
  it('is a demonstration', () => {
    expect(types('Cette marche a été organisée pour remercier le gouvernement à Montréal.')).toEqual(['PROTEST/demo-org']);
    expect(types('Une marche blanche a réuni des centaines de personnes à Liège.')).toEqual(['PROTEST/demo-org']);
    expect(types('Les syndicats ont organisé une grande marche à Abidjan samedi.')).toEqual(['PROTEST/demo-org']);
  });

  it('is no demonstration as a walk of some kilometres or a way to proceed', () => {
    expect(types("L'association a organisé une marche d'une dizaine de kilomètres dans la ville de Lyon.")).toEqual([]);
    expect(types('Il faut connaître la marche à suivre avant de porter plainte à Lyon.')).toEqual([]);
  });
});
