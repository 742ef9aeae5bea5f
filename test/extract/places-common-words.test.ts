// Capitalised English words that name places elsewhere but are common words here: a compass adjective before a
// country ("Eastern Ukraine") is no region of Ghana, a sentence opening with "Young" is no town in Uruguay. Sentences
// written for these tests, over the committed knowledge files (data/lang/en/place-stopwords.txt, common-word-names.txt).
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const place = (text: string) => extractor.extract({ id: 'doc', text, date: '2024-05-02', lang: 'en' }).events.find((e) => e.type === 'ASSAULT')?.place;

describe('a compass adjective before a country', () => {
  it('is no place of its own', () => {
    expect(place('Three killed in Eastern Ruritania border clash, Ukraine says')?.country).not.toBe('GHA');
    expect(place('Five killed in shelling in Eastern Ukraine on Sunday')?.country).toBe('UKR');
  });
});

describe('"Young" opening a headline', () => {
  it('is the common word, not a town', () => {
    expect(place('Young boy among four killed in shelling of Kharkiv')?.name).toBe('Kharkiv');
    expect(place('Young woman killed in east Ukraine shelling')?.country).toBe('UKR');
  });
});
