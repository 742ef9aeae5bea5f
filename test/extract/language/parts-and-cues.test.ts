// The parts of a text and the language of each, by the packs' cue words; blanking keeps offsets.
import { describe, expect, it } from 'vitest';
import { cueTable, cueVotes, hasCues, partLanguage } from '../../../src/extract/language/cue-words.js';
import { blankOthers, mixedLayout } from '../../../src/extract/language/mixed.js';
import { textParts } from '../../../src/extract/language/parts.js';
import { getLanguagePack, LANGUAGE_PACKS } from '../../../src/lang/index.js';
import type { LanguagePack } from '../../../src/lang/pack.js';

const fr = getLanguagePack('fr')!;
const en = getLanguagePack('en')!;
const table = cueTable(LANGUAGE_PACKS);
const langOf = (s: string) => {
  const i = partLanguage(cueVotes(s, 0, s.length, table));
  return i < 0 ? null : LANGUAGE_PACKS[i]!.code;
};

describe('textParts', () => {
  it('cuts at ";", line breaks and sentence ends, not inside a quotation', () => {
    const text = 'Deux morts à Bria; Five dead in Bangui.\nLe calme est revenu. « Stay home. » a dit le maire.';
    expect(textParts(text).map((p) => text.slice(p.start, p.end))).toEqual(['Deux morts à Bria', 'Five dead in Bangui.', 'Le calme est revenu.', '« Stay home. » a dit le maire.']);
  });

  it('starts at the offset given', () => {
    const text = 'HEADER; Un titre';
    expect(textParts(text, 7).map((p) => text.slice(p.start, p.end))).toEqual(['Un titre']);
  });
});

describe('the language of a part', () => {
  it('is told by cue words on a few words', () => {
    expect(langOf('50 killed in militia clashes in town')).toBe('en');
    expect(langOf('Dix morts dans des affrontements à Bria')).toBe('fr');
  });

  it('is unsure on a name or a bare place', () => {
    expect(langOf('Central African Republic')).toBeNull();
    expect(langOf('Bangui, 12 mars')).toBeNull();
  });

  it('does not count acronyms in mixed case, but reads a headline all in capitals', () => {
    const t = 'Bria : UN, LA, US';
    expect(cueVotes(t, 0, t.length, table).counts.every((n) => n === 0)).toBe(true);
    expect(langOf('TROOPS KILLED 20 IN THE TOWN OF BRIA')).toBe('en');
  });

  it('is the language of the sentence that quotes, not of the quotation', () => {
    expect(langOf('« We will not let them win », a déclaré le ministre.')).toBe('fr');
  });

  it('ignores a word two packs list', () => {
    const a = { code: 'aa', functionWords: ['x1', 'both'] } as unknown as LanguagePack;
    const b = { code: 'bb', functionWords: ['y1', 'both'] } as unknown as LanguagePack;
    const t = cueTable([a, b]);
    expect(t.words.has('both')).toBe(false);
    expect(t.words.get('y1')).toBe(1);
    expect(hasCues('both both both y1', 0, t, 1, 2)).toBe(false);
    expect(hasCues('y1 y1', 0, t, 1, 2)).toBe(true);
  });
});

describe('mixedLayout and blankOthers', () => {
  const text = "Centrafrique : dix morts dans une attaque contre le village;Ten killed in attack on village in the north, says army;Bangui";

  it('finds the English headline among French ones', () => {
    const layout = mixedLayout(text, 0, fr, LANGUAGE_PACKS);
    expect(layout?.packs.map((p) => p.code)).toEqual(['fr', 'en']);
    expect(layout?.parts.filter((p) => p.pack === en).map((p) => text.slice(p.start, p.end))).toEqual(['Ten killed in attack on village in the north, says army']);
  });

  it('blanks the other language with spaces: same length, other parts untouched', () => {
    const layout = mixedLayout(text, 0, fr, LANGUAGE_PACKS)!;
    const forFrench = blankOthers(text, layout, fr);
    const forEnglish = blankOthers(text, layout, en);
    expect(forFrench).toHaveLength(text.length);
    expect(forEnglish).toHaveLength(text.length);
    expect(forFrench).not.toContain('Ten killed');
    expect(forFrench).toContain('dix morts');
    expect(forFrench).toContain('Bangui');
    expect(forEnglish).toContain('Ten killed in attack');
    expect(forEnglish).not.toContain('dix morts');
    // A part of unsure language stays with the document's own language only.
    expect(forEnglish).not.toContain('Bangui');
  });

  it('is null for a text in one language, or when the other language holds only a short phrase', () => {
    expect(mixedLayout('Dix morts dans une attaque à Bria. Les rebelles ont fui vers le nord.', 0, fr, LANGUAGE_PACKS)).toBeNull();
    expect(mixedLayout("L'ONG dénonce « the worst crisis of the decade » dans le pays et appelle à l'aide.", 0, fr, LANGUAGE_PACKS)).toBeNull();
  });

  it('is null for a text all in another language than the one it was given: the one-language path reads it', () => {
    expect(mixedLayout('Rebels kill 10 in attack on the town;Ten killed in the north, says army', 0, fr, LANGUAGE_PACKS)).toBeNull();
  });

  it('asks the detector only for a long part the cue words leave unsure', () => {
    const asked: string[] = [];
    const detect = (s: string) => (asked.push(s), 'en');
    const t = "Des rebelles ont attaqué la ville de Bria, selon l'armée;Rebels attack the town of Bria, says army;Protection cluster situation overview Ouham-Pendé prefecture 2017;Bria";
    const layout = mixedLayout(t, 0, fr, LANGUAGE_PACKS, detect);
    expect(asked).toEqual(['Protection cluster situation overview Ouham-Pendé prefecture 2017']);
    expect(layout?.parts.filter((p) => p.pack === en).map((p) => t.slice(p.start, p.end))).toEqual(['Rebels attack the town of Bria, says army', 'Protection cluster situation overview Ouham-Pendé prefecture 2017']);
  });
});
