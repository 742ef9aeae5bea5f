// A crowd told by the signs it holds up is a demonstration (src/lang/fr/triggers/protest.ts): "une foule en colère qui
// brandissait des pancartes", "ont brandi des banderoles". A weapon brandished is not. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 'signs-fr', text, date: '2024-05-02', lang: 'fr' }).events.map((e) => e.type);

describe('signs held up', () => {
  it('reads a crowd holding up signs as PROTEST', () => {
    expect(types('Devant le palais de justice, une foule en colère brandissait des pancartes et réclamait justice.')).toContain('PROTEST');
    expect(types('Les habitants ont brandi des banderoles hostiles au maire devant la préfecture.')).toEqual(['PROTEST']);
  });

  it('reads no PROTEST in a weapon brandished', () => {
    expect(types('Un homme brandissait un couteau dans le hall de la gare.')).not.toContain('PROTEST');
  });
});
