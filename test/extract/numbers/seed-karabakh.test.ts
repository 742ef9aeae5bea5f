// The seed article (../shared/examples/karabakh-2023-09.fr.txt): every count the analyst codes is found
// with its value and qualifier ("cinq" violations, "(deux)" and "(trois)" per district, "au moins 200", "400").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import { numberLexicon } from '../../../src/lang/fr/numbers.js';

const FILE = join(import.meta.dirname, '../../../../shared/examples/karabakh-2023-09.fr.txt');
const present = existsSync(FILE);
if (!present) console.warn(`seed number test skipped: ${FILE} is absent (../shared is not checked out)`);

describe.skipIf(!present)('karabakh-2023-09 seed: numbers', () => {
  const text = present ? readFileSync(FILE, 'utf8') : '';
  const numbers = findNumbers(text, numberLexicon);
  const at = (phrase: string) => {
    const i = text.indexOf(phrase);
    return numbers.find((m) => m.core.start <= i && i < m.core.end) ?? numbers.find((m) => m.start >= i && m.start < i + phrase.length);
  };

  test.each([
    ['cinq violations', 'cinq', 5, 'exact'],
    ['deux) et de Mardakert', 'deux', 2, 'exact'],
    ['trois)', 'trois', 3, 'exact'],
    ['au moins 200 morts', 'au moins 200', 200, 'at_least'],
    ['400 blessés', '400', 400, 'exact'],
    ['24 heures', '24', 24, 'exact'],
  ] as const)('%s', (phrase, mentionText, value, qualifier) => {
    expect(at(phrase)).toMatchObject({ text: mentionText, value, qualifier, isArticleLike: false });
  });

  test('"au moins 200 morts et 400 blessés": 400 shares the "au moins" (listQualifier), as the analyst codes it', () => {
    expect(at('400 blessés')).toMatchObject({ qualifier: 'exact', listQualifier: 'at_least' });
  });

  test('"le premier" is an ordinal, not a count; "un agresseur et une victime" are article-like', () => {
    expect(at('premier,')).toMatchObject({ value: 1, ordinal: true });
    expect(at('un agresseur')).toMatchObject({ isArticleLike: true });
    expect(at('une victime')).toMatchObject({ isArticleLike: true });
  });
});
