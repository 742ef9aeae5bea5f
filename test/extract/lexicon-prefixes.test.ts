// Literal prefixes of patterns (the index a table uses to pick the rows to try at a word start): read
// right from sources, true for every character the case-insensitive regex matches, and a table indexed
// by them finds exactly what each row finds on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalPrefixes, patternCode, textCode } from '../../src/extract/lexicon/prefixes.js';
import { compileTable, findInTable } from '../../src/extract/lexicon/table.js';
import { stickyWordRegex } from '../../src/extract/lexicon/word-regex.js';

/** Every row tried at every word start, no index: what a table must find. */
function bruteForce(patterns: readonly string[], text: string): string[] {
  const res = patterns.map((p) => stickyWordRegex(p));
  const out: string[] = [];
  for (const w of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    res.forEach((re, i) => {
      re.lastIndex = w.index;
      const m = re.exec(text);
      if (m && m[0].length > 0) out.push(`${w.index}:${m[0]}:${i}`);
    });
  }
  return out;
}

const read = (source: string): string[] | null => literalPrefixes(source)?.map((codes) => String.fromCharCode(...codes)).sort() ?? null;

describe('literal prefixes of a pattern', () => {
  it('are read through alternatives, groups, optional parts and small classes, case-folded', () => {
    expect(read('attaqu(?:e|es)|(?:assaut|embuscade)s?|Émeutes?')).toEqual(['ass', 'att', 'emb', 'éme']);
    expect(read('(?:le )?bilan')).toEqual(['bil', 'le ']);
    expect(read('d?après')).toEqual(['apr', 'dap']);
    expect(read('[eÉ]meutes?')).toEqual(['eme', 'éme']);
    expect(read('(?:ab|c)(?:de|f)')).toEqual(['abd', 'abf', 'cde', 'cf']);
    expect(read('(?<name>ta)x')).toEqual(['tax']);
  });

  it('treat both apostrophes as one character', () => {
    expect(read("l'ar")).toEqual(["l'a"]);
    expect(read('l’ar')).toEqual(["l'a"]);
    expect(read("d['’]ap")).toEqual(["d'a"]);
  });

  it('stop (shorter) at what is not a literal, and pass over assertions', () => {
    expect(read('ab*c')).toEqual(['a', 'ab']);
    expect(read('a+b')).toEqual(['a', 'aa']);
    expect(read('x{2}y')).toEqual(['xx']);
    expect(read('ka.')).toEqual(['ka']);
    expect(read('k\\sx')).toEqual(['k']);
    expect(read('st\\.x')).toEqual(['st.']);
    expect(read('(?<!-)suicides?')).toEqual(['sui']);
    expect(read('\\bso(?=n)n')).toEqual(['son']);
    expect(read('fu[a-z]')).toEqual(['fu']);
    expect(read('straße')).toEqual(['str']);
    expect(read('aß')).toEqual(['a']);
  });

  it('are unknown (null) where a match may start with any character', () => {
    expect(read('[\\p{L}]+:')).toBeNull();
    expect(read('.x')).toBeNull();
    expect(read('a?')).toBeNull();
    expect(read('(?:x|)y*')).toBeNull();
    expect(read('\\d+ morts')).toBeNull();
    expect(read('ßa')).toBeNull();
    expect(read('(?:unclosed')).toBeNull();
    expect(read('a{')).toBeNull();
  });
});

describe('case folding of prefix characters', () => {
  it('every character a prefix character matches case-insensitively folds to the same code (every code point)', () => {
    const safe: string[] = [];
    for (let c = 0; c < 0x180; c++) if (patternCode(String.fromCharCode(c)) >= 0) safe.push(String.fromCharCode(c));
    safe.push('’');
    expect(safe.length).toBeGreaterThan(150);
    const escape = (c: string) => `\\u{${c.charCodeAt(0).toString(16)}}`;
    const anySafe = new RegExp(`^[${safe.map(escape).join('')}]$`, 'iu');
    const each = safe.map((p) => ({ p, re: new RegExp(`^${escape(p)}$`, 'iu') }));
    let checked = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!anySafe.test(c)) continue;
      // Only code units are keyed: a character outside the BMP never matches a prefix character.
      expect(cp).toBeLessThan(0x10000);
      const apostrophe = c === "'" || c === '’';
      for (const { p, re } of each) {
        if (!re.test(c) && !(apostrophe && (p === "'" || p === '’'))) continue;
        checked++;
        expect(textCode(c, 0), `${c} (U+${cp.toString(16)}) against ${p}`).toBe(patternCode(p));
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('a table indexed by prefixes (property)', () => {
  const letters = ['a', 'A', 'b', 'é', 'É', 'e', 'E', 'k', 'K', 'K', 's', 'ſ', 'S', 'ß', 'ẞ', 'i', 'İ', 'ı', "'", '’', '-', ' ', '1'];
  const lit = fc.constantFrom(...letters.filter((c) => c !== ' '));
  /** A small pattern: literals, optional and repeated parts, groups of alternatives, classes, assertions. */
  const pattern: fc.Arbitrary<string> = fc.letrec<{ seq: string; atom: string }>((tie) => ({
    atom: fc.oneof(
      { weight: 6, arbitrary: lit },
      { weight: 1, arbitrary: fc.constantFrom('[eé]', "['’]", '[a-c]', '\\s', '.', '\\p{L}', '[^a]') },
      { weight: 1, arbitrary: fc.constantFrom('(?<!-)', '(?=a)', '\\b', '(?!b)') },
      { weight: 2, arbitrary: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((alts) => `(?:${alts.join('|')})`) },
    ),
    seq: fc.array(fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}')), { minLength: 1, maxLength: 4 })
      .map((items) => items.map(([a, q]) => (/^(?:\(\?<?[=!]|\\b)/u.test(a) ? a : a + q)).join('')),
  })).seq;
  const text = fc.array(fc.constantFrom(...letters, 'ab', 'AB', 'éme', ' ', '  ', '.'), { maxLength: 30 }).map((w) => w.join(''));

  it('finds exactly what every row tried at every word start finds', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 4 }), (patterns, texts) => {
        const rows = patterns.map((p) => ({ pattern: p }));
        const table = compileTable(rows);
        for (const t of texts) {
          const one = findInTable(table, t).map((m) => `${m.start}:${m.text}:${rows.indexOf(m.row)}`);
          const each = bruteForce(patterns, t);
          expect(one).toEqual(each);
        }
      }),
      { numRuns: 400 },
    );
  });
});
