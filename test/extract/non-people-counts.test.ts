// A number that counts animals or things ("des centaines de poissons morts", "tué 40 têtes de bétail") is no
// casualty figure, and implies no attack on its own.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr'): Event[] => [...extractor.extract({ id: 'n', text, date: '2021-01-08', lang }).events];

describe('figures that count no one', () => {
  it('implies no event from dead fish', () => {
    expect(run('Des centaines de poissons morts ont été découverts sur la rive du lac de Genève.')).toEqual([]);
  });

  it('keeps the attack but reads no toll from livestock killed', () => {
    const [e] = run('Des hommes armés ont tué 40 têtes de bétail près de Ménaka.');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.counts.killed).toBeUndefined();
    expect(run('Gunmen killed 40 head of cattle near the village.', 'en')[0]?.counts.killed).toBeUndefined();
  });

  it('still counts people', () => {
    expect(run('Des hommes armés ont tué 4 bergers près de Ménaka.')[0]?.counts.killed?.value).toBe(4);
    expect(run('Des centaines de civils morts ont été retrouvés à Kabo.')[0]?.counts.killed?.qualifier).toBe('at_least');
  });
});
