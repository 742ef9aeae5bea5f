// An event whose text names no place is placed in a country of the story: the country of its own targets before that
// of its sources, and never only because a country speaks about it. Sentences written for these tests, over the
// committed knowledge files (data/).
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const assault = (text: string) => extractor.extract({ id: 'doc', text, date: '2024-05-02', lang: 'en' }).events.find((e) => e.type === 'ASSAULT');

describe('the country of an event told without a place', () => {
  it('is not the country of who accuses', () => {
    const e = assault('Niger accuses Malian soldiers of killing herders');
    expect(e?.place?.country).toBe('MLI');
    expect(e?.place?.precision).toBe('country');
  });

  it('is the country of its targets before that of its sources', () => {
    expect(assault('Ukrainian drones attacked Russian troops overnight')?.place?.country).toBe('RUS');
    expect(assault('Russian troops attacked Ukrainian troops overnight')?.place?.country).toBe('UKR');
  });
});
