// Segmentation: sentences (abbreviations, initials, quotations), paragraphs, tokens, elisions, quotations.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segment } from '../../../src/extract/segment/index.js';
import type { Segmentation } from '../../../src/extract/segment/index.js';
import { segmentLexicon as en } from '../../../src/lang/en/segment.js';
import { segmentLexicon as fr } from '../../../src/lang/fr/segment.js';

const sentences = (text: string, s: Segmentation): string[] => s.sentences.map((x) => text.slice(x.start, x.end));

describe('sentences', () => {
  test.each([
    ['fr', 'M. Dupont est arrivé. Il est reparti.', ['M. Dupont est arrivé.', 'Il est reparti.']],
    ['fr', 'Le Gén. Martin et Mme Durand ont parlé. Rien de plus.', ['Le Gén. Martin et Mme Durand ont parlé.', 'Rien de plus.']],
    ['fr', 'J. K. Rowling écrit. Elle publie.', ['J. K. Rowling écrit.', 'Elle publie.']],
    // Hyphenated initials do not end a sentence.
    ['fr', 'Selon J.-P. Lacroix, la situation est calme. Il est parti.', ['Selon J.-P. Lacroix, la situation est calme.', 'Il est parti.']],
    ['fr', 'Le général J.-M. Diarra a été tué. Les combats continuent.', ['Le général J.-M. Diarra a été tué.', 'Les combats continuent.']],
    ['fr', 'Il a dit « Je pars. Adieu. » Puis il est parti.', ['Il a dit « Je pars. Adieu. »', 'Puis il est parti.']],
    ['fr', '"Nous restons. Toujours." Les séparatistes ont parlé.', ['"Nous restons. Toujours."', 'Les séparatistes ont parlé.']],
    ['fr', 'Quoi ? Personne ne sait ! Fin…', ['Quoi ?', 'Personne ne sait !', 'Fin…']],
    ['fr', 'Il y a 3.5 km. Ensuite rien.', ['Il y a 3.5 km.', 'Ensuite rien.']],
    ['fr', 'Titre sans point\nLe corps commence ici.', ['Titre sans point', 'Le corps commence ici.']],
    ['fr', 'une phrase coupée\nsur deux lignes.', ['une phrase coupée\nsur deux lignes.']],
    ['en', 'Mr. Smith met Dr. Jones in St. Louis. They talked.', ['Mr. Smith met Dr. Jones in St. Louis.', 'They talked.']],
    ['en', 'Gen. Lee said: “We will hold. No retreat.” The army held.', ['Gen. Lee said: “We will hold. No retreat.”', 'The army held.']],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(sentences(text, segment(text, lang === 'fr' ? fr : en))).toEqual(want);
  });
});

describe('paragraphs', () => {
  test('blank lines separate paragraphs; sentences know their paragraph', () => {
    const text = 'Premier paragraphe. Deux phrases.\n\n  Second paragraphe.\n \nTroisième.';
    const s = segment(text, fr);
    expect(s.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Premier paragraphe. Deux phrases.', 'Second paragraphe.', 'Troisième.']);
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
  });

  test('`from` skips the beginning of the text; offsets stay absolute', () => {
    const text = 'En-tête ignoré.\n\nCorps du texte. Suite.';
    const from = text.indexOf('Corps');
    const s = segment(text, fr, from);
    expect(sentences(text, s)).toEqual(['Corps du texte.', 'Suite.']);
    expect(s.tokens[0]?.start).toBe(from);
  });
});

describe('tokens', () => {
  test.each([
    ["l'Azerbaïdjan", ["l'", 'Azerbaïdjan']],
    ['l’offensive', ['l’', 'offensive']],
    ["qu'une nouvelle", ["qu'", 'une', 'nouvelle']],
    ["jusqu'à lundi", ["jusqu'", 'à', 'lundi']],
    ["aujourd'hui", ["aujourd'hui"]],
    ['d\'"alimenter', ["d'", '"', 'alimenter']],
    ['cessez-le-feu', ['cessez-le-feu']],
  ] as const)('fr elisions: %s', (text, want) => {
    expect(segment(text, fr).tokens.map((t) => t.text)).toEqual(want);
  });

  test.each([
    ["Ukraine's army", ['Ukraine', "'s", 'army']],
    ["they don't", ['they', 'do', "n't"]],
  ] as const)('en clitics: %s', (text, want) => {
    expect(segment(text, en).tokens.map((t) => t.text)).toEqual(want);
  });

  test('kinds and sentence indexes', () => {
    const s = segment('Il y a 200 morts, dit-il. Fin.', fr);
    expect(s.tokens.map((t) => [t.text, t.kind, t.sentence])).toEqual([
      ['Il', 'word', 0], ['y', 'word', 0], ['a', 'word', 0], ['200', 'number', 0], ['morts', 'word', 0], [',', 'punct', 0],
      ['dit-il', 'word', 0], ['.', 'punct', 0], ['Fin', 'word', 1], ['.', 'punct', 1],
    ]);
    expect(s.tokens.filter((t) => t.clitic)).toEqual([]);
  });
});

describe('quotations', () => {
  test('quotation spans with inner text and the sentence that opens them', () => {
    const text = 'Il a dénoncé une "campagne de désinformation". Puis « une victime ».';
    const s = segment(text, fr);
    expect(s.quotations.map((q) => [text.slice(q.inner.start, q.inner.end), q.open, q.close, q.sentence])).toEqual([
      ['campagne de désinformation', '"', '"', 0],
      ['une victime', '«', '»', 1],
    ]);
    for (const q of s.quotations) {
      const whole = text.slice(q.start, q.end);
      expect(whole.startsWith(q.open) && whole.endsWith(q.close)).toBe(true);
      expect(q.start < q.inner.start && q.inner.end < q.end).toBe(true);
    }
  });

  test('an unmatched mark is not a quotation and does not swallow the rest', () => {
    const text = 'Il a dit « rien. Puis il est parti. Fin.';
    const s = segment(text, fr);
    expect(s.quotations).toEqual([]);
    expect(s.sentences.length).toBe(3);
  });
});

describe('robustness (property-based)', () => {
  test('empty and blank texts give nothing', () => {
    expect(segment('', fr)).toEqual({ paragraphs: [], sentences: [], tokens: [], quotations: [] });
    expect(segment(' \n\n \t', fr).tokens).toEqual([]);
  });

  test('any text: offsets inside the text, tokens ordered and inside their sentence, sentences inside paragraphs', () => {
    const alphabet = fc.constantFrom(...'aZé. ,;!?«»"“”\'’\n-–Mm2019()…\u00a0'.split(''), 'M.', 'Gén.', "l'", ' « ', ' » ', '\n\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), fc.nat(50), (text, from) => {
        const s = segment(text, Math.random() < 0.5 ? fr : en, from);
        let last = -1;
        for (const t of s.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(Math.min(from, text.length));
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          const sent = s.sentences[t.sentence]!;
          expect(t.start >= sent.start && t.end <= sent.end).toBe(true);
          last = t.end;
        }
        for (const x of s.sentences) {
          const p = s.paragraphs[x.paragraph]!;
          expect(x.start >= p.start && x.end <= p.end && x.start < x.end).toBe(true);
        }
        for (const q of s.quotations) expect(q.start <= q.inner.start && q.inner.start <= q.inner.end && q.inner.end <= q.end).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  test('a long text without punctuation finishes', () => {
    const text = 'mot '.repeat(100_000);
    expect(segment(text, fr).sentences.length).toBe(1);
  });
});
