// Who took part in an event told only by its toll ("…, un mort"): the actors named in the part of the sentence the toll
// ends are its participants. A civilian's nationality does not move the story's country; a country's name labelling a
// headline is no party; a state's force named by its fire ("Russian shelling", "frappes russes") is the source.
// Sentences written for these tests, over the committed knowledge files (data/).
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const assault = (text: string, lang: 'fr' | 'en'): Event | undefined =>
  extractor.extract({ id: 'doc', text, date: '2024-05-02', lang }).events.find((e) => e.type === 'ASSAULT');

describe('an event told by its toll', () => {
  it('has the armed actors its sentence names as participants', () => {
    const e = assault('Sibut : vive tension entre les miliciens anti-balaka et les soldats FACA au marché, deux morts', 'fr');
    const ids = (e?.actors ?? []).map((a) => `${a.id}/${a.role}`);
    expect(ids).toEqual(expect.arrayContaining(['CAF-ANTIBALAKA/participant', 'CAF-MIL/participant']));
  });

  it('keeps the parts of a list of headlines apart', () => {
    const e = assault('Les soldats FACA patrouillent à Bria; Sibut : tirs nourris au marché, deux morts', 'fr');
    expect((e?.actors ?? []).some((a) => a.id === 'CAF-MIL')).toBe(false);
  });
});

describe('a victim\'s nationality', () => {
  it('makes the victim a target of that country, and leaves the place where the text puts it', () => {
    const e = assault('Russian journalist killed by shelling in eastern Ukraine', 'en');
    expect(e?.place?.country).toBe('UKR');
    expect(e?.actors.some((a) => a.kind === 'civilians' && a.country === 'RUS' && a.role === 'target')).toBe(true);
  });
});

describe('a country named as a headline\'s label', () => {
  it('is where the headline is about, not a party to its event', () => {
    const e = assault('Niger : attaque contre un poste militaire à Tillabéri, trois morts', 'fr');
    expect(e?.place?.country).toBe('NER');
    expect(e?.actors.some((a) => a.id === 'NER-GOV')).toBe(false);
  });
});

describe('a state\'s fire named with its nationality', () => {
  it('makes that state\'s armed forces the source', () => {
    const en = assault('Russian shelling kills three civilians in Kherson', 'en');
    expect(en?.actors).toContainEqual(expect.objectContaining({ id: 'RUS-MIL', role: 'source' }));
    const fr = assault('Des frappes russes ont tué trois civils à Kherson', 'fr');
    expect(fr?.actors).toContainEqual(expect.objectContaining({ id: 'RUS-MIL', role: 'source' }));
  });
});
