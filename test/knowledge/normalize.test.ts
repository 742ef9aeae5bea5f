import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldToken, joinable, nameKey, tokenize } from '../../src/knowledge/normalize.js';

describe('foldToken / nameKey', () => {
  it.each([
    ['Azerbaïdjan', 'azerbaidjan'],
    ['Şuşa', 'susa'],
    ['Bakı', 'baki'],
    ['Œuvre', 'oeuvre'],
    ['Straße', 'strasse'],
    ['Xankəndi', 'xankendi'],
  ])('folds %s to %s', (input, want) => {
    expect(foldToken(input)).toBe(want);
  });

  it.each([
    ["L'Azerbaïdjan", 'l azerbaidjan'],
    ['Haut-Karabakh', 'haut karabakh'],
    ['N’Djamena', 'n djamena'],
    ['  district   de  Chucha ', 'district de chucha'],
  ])('keys %s as %s', (input, want) => {
    expect(nameKey(input)).toBe(want);
  });

  it('gives decomposed and composed input the same key', () => {
    expect(nameKey('Me\u0301naka')).toBe(nameKey('Ménaka'));
  });

  it('agrees with the tokens of the same text (the index and the finder use both)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(nameKey(s)).toBe(tokenize(s).map((t) => t.key).join(' '));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets into the original text', () => {
    const text = '🙂 Les forces azerbaïdjanaises à Chucha';
    for (const t of tokenize(text)) expect(foldToken(text.slice(t.start, t.end))).toBe(t.key);
    const chucha = tokenize(text).find((t) => t.key === 'chucha');
    expect(text.slice(chucha!.start, chucha!.end)).toBe('Chucha');
    expect(chucha!.cap).toBe(true);
  });

  it('marks capitalised words and acronyms', () => {
    const [onu, paris, mot] = tokenize('ONU Paris mot');
    expect([onu!.cap, onu!.upper]).toEqual([true, true]);
    expect([paris!.cap, paris!.upper]).toEqual([true, false]);
    expect([mot!.cap, mot!.upper]).toEqual([false, false]);
  });
});

describe('joinable', () => {
  it.each([
    ['Haut-Karabakh', true],
    ["N'Djamena", true],
    ['Bakou, Erevan', false],
    ['Bakou. Erevan', false],
    ['Bakou (Erevan', false],
  ])('%s → %s', (text, want) => {
    const [a, b] = tokenize(text);
    expect(joinable(text, a!.end, b!.start)).toBe(want);
  });
});

describe('apostrophes of romanisations', () => {
  it.each(['Oktyabrʼske', 'Oktyabr’ske', "Oktyabr'ske", 'Oktyabrʻske'])('"%s" has the key of the ASCII spelling', (name) => {
    expect(nameKey(name)).toBe('oktyabr ske');
    expect(tokenize(`near ${name} village`).map((t) => t.key)).toEqual(['near', 'oktyabr', 'ske', 'village']);
  });
  it('joins the two parts of such a name', () => {
    const text = 'Oktyabrʼske';
    const [a, b] = tokenize(text);
    expect(joinable(text, a!.end, b!.start)).toBe(true);
  });
});
