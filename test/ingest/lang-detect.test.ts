// Language detection: eld is given only as much of the sample as it reads, with the same answer and scores.
import fc from 'fast-check';
import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { cutForEld, detectLanguage } from '../../src/ingest/lang-detect.js';

const same = (sample: string) => {
  const whole = eld.detect(sample);
  const cut = eld.detect(cutForEld(sample));
  expect(cut.language).toBe(whole.language);
  expect(cut.getScores()).toEqual(whole.getScores());
};

describe('language detection', () => {
  it('tells French and English articles, and nothing from too few letters', () => {
    const fr = 'Les forces azerbaïdjanaises ont lancé mardi une offensive contre les positions arméniennes du Haut-Karabakh. '.repeat(12);
    const en = 'Azerbaijani forces launched an offensive on Tuesday against Armenian positions in Nagorno-Karabakh. '.repeat(12);
    expect(detectLanguage(fr)).toBe('fr');
    expect(detectLanguage(en)).toBe('en');
    expect(detectLanguage('12 / 34 !')).toBeNull();
    expect(cutForEld(fr).length).toBeLessThan(fr.length);
  });

  it('eld reads the cut sample as it reads the whole one (property)', () => {
    const rare = fc.constantFrom(
      'attaque', 'Stepanakert', 'l’armée', "d'après", 'ΟΔΟΣ', 'Σ', 'σας', 'İstanbul', 'straße', 'ﬁn', 'ʰʰ', 'Ⓐ',
      '2023', '—', '...', '  ', '\n', '😀', 'https://x.y/z', 'Ω̃', 'ÉMEUTE', 'a', 'Z', 'ŉ',
    );
    // Mostly plain ASCII words, as in news text: then eld's 380 bytes are about as many letters.
    const word = fc.oneof({ weight: 1, arbitrary: rare }, { weight: 4, arbitrary: fc.stringMatching(/^[a-zA-Z]{1,12}$/u) });
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '', '’', ', ', "'", '-')), { minLength: 50, maxLength: 400 })
      .map((p) => p.map(([w, s]) => w + s).join('').slice(0, 1000));
    fc.assert(fc.property(text, same), { numRuns: 300 });
  });

  it('cuts right after an ASCII letter, keeping a following final sigma context intact', () => {
    const sample = `${'abcd '.repeat(110)}ΟΔΟΣ ${'x'.repeat(400)}`;
    same(sample);
    const cut = cutForEld(sample);
    expect(cut).toMatch(/[a-z]$/u);
  });
});
