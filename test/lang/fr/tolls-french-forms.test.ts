// French tolls (src/lang/fr/counts.ts): how badly before the figure ("blessant grièvement deux policiers"), the hurt told
// by their care ("cinq personnes ont été hospitalisées"), and tolls of none of one kind ("n'ont pas fait de blessés", "ni
// mort ni blessé", "sans faire de blessés"). Sentences written for these tests in the style of news.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const counts = (text: string) =>
  extractor.extract({ id: 'tolls-fr', text, date: '2024-05-02', lang: 'fr' }).events.map((e) => Object.fromEntries(Object.entries(e.counts).map(([k, v]) => [k, v?.value])));

describe('injured told with how badly', () => {
  it('reads "blessant grièvement deux policiers"', () => {
    expect(counts('Les manifestants ont lancé des pierres, blessant grièvement deux policiers.')).toEqual([{ injured: 2 }]);
  });
  it('reads "ont grièvement blessé trois manifestants"', () => {
    expect(counts('Les policiers ont grièvement blessé trois manifestants lors de la dispersion.')).toEqual([{ injured: 3 }]);
  });
  it('still reads "faisant trois blessés légers" and "un mort et deux blessés"', () => {
    expect(counts('Des affrontements ont éclaté à Gao mardi, faisant trois blessés légers.')).toEqual([{ injured: 3 }]);
    expect(counts("L'explosion a fait un mort et deux blessés à Gao mardi.")).toEqual([{ killed: 1, injured: 2 }]);
  });
});

describe('the hurt told by their care', () => {
  it('reads "cinq personnes ont été hospitalisées" as five injured', () => {
    expect(counts('Après les heurts, cinq personnes ont été hospitalisées, selon la police.')).toEqual([{ injured: 5 }]);
  });
  it('reads "trois policiers transportés à l\'hôpital" as three injured', () => {
    expect(counts("Des affrontements ont éclaté près du stade : trois policiers transportés à l'hôpital.")).toEqual([{ injured: 3 }]);
  });
});

describe('a toll of none of one kind', () => {
  it('gives zero injured for "n\'ont pas fait de blessés" and "sans faire de blessés"', () => {
    expect(counts("Les heurts n'ont pas fait de blessés, selon la police.")).toEqual([{ injured: 0 }]);
    expect(counts('Des affrontements ont eu lieu à Gao sans faire de blessés.')).toEqual([{ injured: 0 }]);
  });
  it('gives zero killed and injured for "ni mort ni blessé"', () => {
    expect(counts("L'explosion n'a fait ni mort ni blessé à Gao.")).toEqual([{ killed: 0, injured: 0 }]);
  });
  it('gives zero killed for "n\'a pas fait de morts", and keeps a later figure of injured', () => {
    expect(counts("L'attaque n'a pas fait de morts mais quatre blessés, selon l'armée.")).toEqual([{ killed: 0, injured: 4 }]);
  });
});
