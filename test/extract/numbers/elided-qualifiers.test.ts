// A qualifier glued by an apostrophe to the word before it ("qu'au moins", "d'au moins", "qu'environ") is still read as
// a qualifier, not as a minus sign ("moins 500"); "certains" is a vague figure as "plusieurs" is.
import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import type { NumberMention } from '../../../src/extract/numbers/index.js';
import { numberLexicon as fr } from '../../../src/lang/fr/numbers.js';

const brief = (ms: readonly NumberMention[]): [string, number, string][] => ms.filter((m) => !m.isArticleLike).map((m) => [m.text, m.value, m.qualifier]);

describe('elided qualifiers (French)', () => {
  test.each([
    ["les enquêteurs estiment qu'au moins 500 civils ont été tués", [['au moins 500', 500, 'at_least']]],
    ['les enquêteurs estiment qu’au moins 500 civils ont été tués', [['au moins 500', 500, 'at_least']]],
    ["un bilan d'au moins 20 morts", [['au moins 20', 20, 'at_least']]],
    ["on estime qu'environ 40 maisons ont brûlé", [['environ 40', 40, 'about']]],
    ["jusqu'à 30 morts", [["jusqu'à 30", 30, 'at_most']]],
    ['la température a baissé à moins 5 degrés', [['moins 5', -5, 'exact']]],
    ['certains passagers sont morts', [['certains', 2, 'at_least']]],
  ])('%s', (text, want) => {
    expect(brief(findNumbers(text, fr))).toEqual(want);
  });
});
