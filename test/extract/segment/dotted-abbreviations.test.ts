// Dotted abbreviations ("U.N.", "U.S.", "É.-U.") inside a sentence: a colon, comma or lower-case word after them
// continues it, and so does a capitalised word that continues the phrase; a capitalised word that starts sentences
// ("The", "Le") after a listed one ends it. Sentences written for these tests in the style of news.
import { describe, expect, test } from 'vitest';
import { segment } from '../../../src/extract/segment/index.js';
import { segmentLexicon as en } from '../../../src/lang/en/segment.js';
import { segmentLexicon as fr } from '../../../src/lang/fr/segment.js';
import { createExtractor } from '../../../src/extract/index.js';

const sentences = (text: string, lang: 'en' | 'fr'): string[] =>
  segment(text, lang === 'en' ? en : fr).sentences.map((s) => text.slice(s.start, s.end));

describe('dotted abbreviations', () => {
  test.each([
    ['en', 'U.N.: 12 killed in attack on peacekeepers near Kidal. More details soon.', ['U.N.: 12 killed in attack on peacekeepers near Kidal.', 'More details soon.']],
    ['en', 'U.S.: Five killed in shooting at a market.', ['U.S.: Five killed in shooting at a market.']],
    ['en', 'Officials at the U.S. embassy said two guards were hurt.', ['Officials at the U.S. embassy said two guards were hurt.']],
    ['en', 'The U.N. Security Council met on Friday. It condemned the raid.', ['The U.N. Security Council met on Friday.', 'It condemned the raid.']],
    ['en', 'The convoy was escorted by the U.K. The next day, fighting resumed.', ['The convoy was escorted by the U.K.', 'The next day, fighting resumed.']],
    ['en', 'Aid groups, e.g. Oxfam, left the area.', ['Aid groups, e.g. Oxfam, left the area.']],
    ['fr', "Selon l'O.N.U. : 12 morts dans l'attaque. Rien d'autre.", ["Selon l'O.N.U. : 12 morts dans l'attaque.", "Rien d'autre."]],
    ['fr', "L'aide venait des É.-U. Le lendemain, les combats ont repris.", ["L'aide venait des É.-U.", 'Le lendemain, les combats ont repris.']],
    ['fr', 'Les É.-U. ont condamné l’attaque.', ['Les É.-U. ont condamné l’attaque.']],
    // Initials of a name are no listed abbreviation: a capitalised word after them goes on with the name.
    ['fr', 'Selon J.-M. Le Goff, la ville est calme. Il est reparti.', ['Selon J.-M. Le Goff, la ville est calme.', 'Il est reparti.']],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(sentences(text, lang)).toEqual(want);
  });

  test('a headline "U.N.: 12 killed …" is one sentence: its event\'s evidence holds the whole headline', () => {
    const text = 'U.N.: 12 killed in attack on peacekeepers near Kidal.';
    const events = createExtractor().extract({ id: 'un', text, date: '2024-05-20', lang: 'en' }).events;
    expect(events.map((e) => [e.counts.killed?.value, e.evidence.map((x) => x.text)])).toEqual([[12, [text]]]);
  });
});
