// A toll of persons each counted by an article ("un militaire et un civil", "a soldier and a civilian") adds up as
// lists of figures do; a breakdown ("dont un enfant", "two people, a soldier and a civilian") stays one, and a
// speaker after a comma ("killed three villagers, a resident said") is no victim. Sentences written for these tests
// in the style of news, publication date pinned.
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const tolls = (text: string, lang: string): [string, number | undefined, number | undefined][] =>
  extractor.extract({ id: 'article-lists', text, date: '2024-05-20', lang }).events
    .filter((e) => e.counts.killed || e.counts.injured)
    .map((e) => [e.type, e.counts.killed?.value, e.counts.injured?.value]);

describe('persons counted by articles add up', () => {
  test.each([
    ['fr', 'Un militaire et un civil ont été tués lundi dans une embuscade près de Douentza.', 2, undefined],
    ['fr', 'Des hommes armés ont tué un militaire et un civil lundi près de Douentza.', 2, undefined],
    ['fr', 'Deux soldats et un civil ont été tués lundi dans une embuscade près de Douentza.', 3, undefined],
    ['fr', 'Un policier et deux manifestants ont été blessés lundi lors de heurts à Bamako.', undefined, 3],
    ['en', 'A soldier and a civilian were killed on Monday in an ambush near Douentza.', 2, undefined],
    ['en', 'Gunmen killed a soldier and a civilian on Monday near Douentza.', 2, undefined],
    ['en', 'Gunmen killed a soldier, a civilian and a child on Monday near Douentza.', 3, undefined],
    ['en', 'Two policemen and a child were killed on Monday when gunmen opened fire near Douentza.', 3, undefined],
  ] as const)('%s: %s', (lang, text, killed, injured) => {
    const out = tolls(text, lang);
    expect(out).toHaveLength(1);
    expect(out[0]!.slice(1)).toEqual([killed, injured]);
  });
});

describe('what is no item of the list', () => {
  test('a breakdown after "dont" stays inside the toll', () => {
    expect(tolls('Cinq personnes, dont un enfant, ont été tuées lundi dans une attaque près de Douentza.', 'fr').map((t) => t[1])).toEqual([5]);
  });

  test('a speaker after a comma is not counted', () => {
    expect(tolls('Gunmen killed three villagers, a resident said.', 'en').map((t) => t[1])).toEqual([3]);
    expect(tolls('Des hommes armés ont tué trois villageois, un habitant a raconté la scène.', 'fr').map((t) => t[1])).toEqual([3]);
  });

  test('a person wounded in a clause of their own is not among the dead', () => {
    expect(tolls('Un militaire a été tué et un civil blessé lundi près de Douentza.', 'fr').map((t) => t.slice(1))).toEqual([[1, 1]]);
  });
});
