// Every language pack: its tables are complete, every example line fires, and the extractor core
// holds no word of any language and names no language code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';
import { compilePack } from '../../src/extract/lexicon/compiled-pack.js';
import { matchAll } from '../../src/extract/lexicon/word-regex.js';
import { findCounts } from '../../src/extract/counts/find-counts.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { LANGUAGE_PACKS, getLanguagePack } from '../../src/lang/index.js';
import { knowledgeDouble } from '../extract/knowledge-double.js';

const extractor = createExtractor({ knowledge: knowledgeDouble(), fallbackPacks: [] });
const whole = (text: string) => [{ index: 0, paragraph: 0, start: 0, end: text.length }];

for (const pack of LANGUAGE_PACKS) {
  describe(`language pack ${pack.code}`, () => {
    const cp = compilePack(pack);
    const run = (text: string) => extractor.extract({ id: 'ex', text, date: '2020-06-15', lang: pack.code }).events;

    it('is registered under its code', () => {
      expect(getLanguagePack(pack.code)).toBe(pack);
      expect(getLanguagePack(`${pack.code}-XX`)).toBe(pack);
      expect(pack.dates.months).toHaveLength(12);
      expect(pack.dates.weekdays).toHaveLength(7);
    });

    it('every pattern compiles', () => {
      expect(cp.triggers.length).toBe(pack.triggers.length);
    });

    it.each(pack.attribution.map((r) => [r.pattern, r] as const))('attribution cue %s fires on its example', (_p, row) => {
      expect(matchAll(cp.attribution.find((c) => c.row === row)!.re, row.example).length).toBeGreaterThan(0);
      expect(run(row.example).some((e) => e.attribution !== null)).toBe(true);
    });

    it.each(pack.modality.map((r) => [r.pattern, r] as const))('modality cue %s gives its modality', (_p, row) => {
      expect(run(row.example).map((e) => e.modality)).toContain(row.modality);
    });

    it.each(pack.contexts.map((r) => [r.pattern, r] as const))('context cue %s gives its context', (_p, row) => {
      expect(run(row.example).flatMap((e) => e.context)).toContain(row.context);
    });

    it.each([...pack.counts.nouns, ...pack.counts.verbs].map((r) => [r.pattern, r] as const))('count word %s counts its kind', (_p, row) => {
      const hits = findCounts(row.example, whole(row.example), findNumbers(row.example, pack.numbers), cp);
      expect(hits.map((h) => h.kind)).toContain(row.kind);
    });

    it.each(pack.counts.none.map((r) => [r.pattern, r] as const))('no-victim cue %s gives zero counts', (_p, row) => {
      const hits = findCounts(row.example, whole(row.example), [], cp);
      expect(hits.filter((h) => h.count.value === 0).map((h) => h.kind).sort()).toEqual([...row.kinds].sort());
    });

    it('weak trigger rows fire on their example', () => {
      for (const row of pack.triggers.filter((r) => r.weak)) {
        const re = cp.triggers.find((c) => c.row === row)!.re;
        expect(matchAll(re, row.example).length, row.example).toBeGreaterThan(0);
      }
    });
  });
}

describe('the extractor core is language-blind', () => {
  const root = join(import.meta.dirname, '../../src/extract');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(root);
  const codes = LANGUAGE_PACKS.map((p) => p.code);
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s: no language code, no accented word in string literals', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const lit of code.match(literal) ?? []) {
      const inner = lit.slice(1, -1);
      expect(codes, `${file}: ${lit}`).not.toContain(inner);
      expect(/[À-ÿ]/.test(inner), `${file}: ${lit}`).toBe(false);
    }
  });
});
