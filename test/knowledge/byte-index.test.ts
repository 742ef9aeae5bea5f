import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteIndex, ByteLines } from '../../src/knowledge/byte-index.js';
import { gazetteerKeys } from '../../src/knowledge/gazetteer.js';
import { createKnowledge } from '../../src/knowledge/index.js';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('ByteIndex', () => {
  it('finds whole keys only, with multi-byte text and empty values', () => {
    const ix = new ByteIndex(bytes('# comment\tno\nsusa\t1,2\nsu\t\nsévaré\t3\n'));
    expect(ix.get('susa')).toBe('1,2');
    expect(ix.get('su')).toBe('');
    expect(ix.get('sévaré')).toBe('3');
    expect(ix.get('sus')).toBeUndefined();
    expect(ix.get('# comment')).toBeUndefined();
    expect(ix.has('su')).toBe(true);
    expect(ix.size).toBe(3);
    expect([...ix.entries()]).toEqual([['susa', '1,2'], ['su', ''], ['sévaré', '3']]);
  });

  it('agrees with a Map on any set of keys', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\t\n#]/.test(s)), { maxLength: 60 }), (keys) => {
        const ix = new ByteIndex(bytes(keys.map((k, i) => `${k}\t${i}`).join('\n')));
        keys.forEach((k, i) => expect(ix.get(k)).toBe(String(i)));
        expect(ix.get('\u0000absent')).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('ByteLines', () => {
  it('decodes one line at a time', () => {
    const l = new ByteLines(bytes('a\nÉric\n\nz'));
    expect([l.line(0), l.line(1), l.line(2), l.line(3), l.line(4)]).toEqual(['a', 'Éric', '', 'z', undefined]);
  });
});

describe('precomputed index', () => {
  it('gives the same answers as parsing the rows', () => {
    const text = ['# g', 'x\tcity\tAZE\t\t\t40.6\t47.1\t127400\t5.1\tYevlakh\tYevlax', 'x\tregion\tAZE\t\t\t39.8\t46.7\t0\t5\tNagorno-Karabakh\tHaut-Karabakh'].join('\n').replace(/^x/gm, '');
    const parsed = createKnowledge({ gazetteer: [{ text, source: 'g.tsv', curated: false }] });
    const compiled = createKnowledge({ gazetteer: [{ bytes: bytes(text), keys: gazetteerKeys(text, 'g.tsv'), source: 'g.tsv', curated: false }] });
    const sample = 'À Yevlakh puis dans le Haut-Karabakh, Yevlax.';
    expect(compiled.findPlaces(sample)).toEqual(parsed.findPlaces(sample));
    expect(compiled.lookupPlace('Haut Karabakh')).toEqual(parsed.lookupPlace('Haut Karabakh'));
    expect(compiled.findPlaces(sample).map((m) => m.text)).toEqual(['Yevlakh', 'Haut-Karabakh', 'Yevlax']);
  });
});
