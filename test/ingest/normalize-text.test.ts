import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['composes decomposed accents (NFC)', 'se\u0301paratistes arme\u0301niens', 'séparatistes arméniens'],
    ['turns typographic apostrophes into ASCII', 'l\u2019armée d\u2018Erevan', "l'armée d'Erevan"],
    ['turns typographic double quotes into ASCII', '\u201Cconstructives\u201D et \u201Esûres\u201C', '"constructives" et "sûres"'],
    ['turns non-breaking spaces into spaces', '120\u00A0000 habitants\u202F: selon\u2009Bakou', '120 000 habitants : selon Bakou'],
    ['keeps French guillemets', '« constructives »', '« constructives »'],
    ['normalises line endings', 'a\r\nb\rc', 'a\nb\nc'],
    ['drops BOM, soft hyphens and zero-width characters', '\uFEFFcessez-le-\u00ADfeu\u200B', 'cessez-le-feu'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeText('L\u2019arme\u0301e\u00A0: \u201Cnon\u201D\r\n');
    expect(normalizeText(once)).toBe(once);
  });
});
