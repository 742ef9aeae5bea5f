// tailMatch tries a pattern only at word starts it can begin with; it must say what an unanchored search with a
// word-start look-behind says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstChars } from '../../src/extract/lexicon/first-chars.js';
import { tailMatch } from '../../src/extract/lexicon/tail-match.js';

const PATTERN = "(?:appel(?:é|le)|demand(?:é|e))\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:à|de)\\s+[\\p{L}-]+(?:er|ir|re)(?:\\s+[\\p{L}'’-]+){0,2}?\\s+$";
const tail = { at: new RegExp(PATTERN, 'iuy'), first: firstChars(PATTERN) };
const plain = new RegExp(`(?<![\\p{L}\\p{N}])${PATTERN}`, 'iu');

describe('tailMatch', () => {
  it('finds a match ending at the end of the slice', () => {
    expect(tailMatch('Il a appelé les pays voisins à envoyer des ', tail)).toBe(true);
    expect(tailMatch('Il a Demandé aux bailleurs de fournir une ', tail)).toBe(true);
  });

  it('finds none inside a word or short of the end', () => {
    expect(tailMatch('Il a rappelé les pays voisins à envoyer des ', tail)).toBe(false);
    expect(tailMatch('Il a appelé les pays voisins à envoyer des renforts hier ', tail)).toBe(false);
  });

  it('agrees with an unanchored search on any text', () => {
    const words = fc.constantFrom('appelé', 'demande', 'rappelé', 'les', 'pays', 'à', 'de', 'envoyer', 'fournir', 'une', 'des', 'aide', 'Appelle', 'x');
    fc.assert(fc.property(fc.array(words, { maxLength: 12 }), (ws) => {
      const slice = `${ws.join(' ')} `;
      expect(tailMatch(slice, tail)).toBe(plain.test(slice));
    }), { numRuns: 500 });
  });
});
