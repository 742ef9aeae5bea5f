// Distance words per language (data/lang/<code>/distance-words.tsv): parsing with errors that name the file, the line
// and the field, the pattern built from them, and the committed files of every language.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distancePattern, parseDistanceWords } from '../../src/knowledge/distance-words.js';
import { KnowledgeDataError } from '../../src/knowledge/errors.js';
import { knowledgeDataDir, loadKnowledge } from '../../src/knowledge/index.js';

const DATA = knowledgeDataDir();

const WORDS = ['# comment', 'unit\tkm\t1', 'unit\tmiles\t1.609344', 'direction\tau nord-est', 'direction\tnorth', 'from\tde', "from\td'", 'from\tof', ''].join('\n');

describe('parseDistanceWords', () => {
  it('reads units with their length, directions and the words before the place', () => {
    const w = parseDistanceWords(WORDS, 'test.tsv');
    expect(w.units).toEqual([{ phrase: 'km', km: 1 }, { phrase: 'miles', km: 1.609344 }]);
    expect(w.directions).toEqual(['au nord-est', 'north']);
    expect(w.froms).toEqual(['de', "d'", 'of']);
  });

  it('names the file, the line and the field of a bad row', () => {
    const bad = (text: string) => {
      try {
        parseDistanceWords(text, 'fr/distance-words.tsv');
      } catch (e) {
        return e as KnowledgeDataError;
      }
      throw new Error('no error');
    };
    expect(bad('unit\tkm\t1\nunit\tkm\tabc')).toMatchObject({ file: 'fr/distance-words.tsv', line: 2, field: 'km' });
    expect(bad('unit\tkm\t-1')).toMatchObject({ line: 1, field: 'km' });
    expect(bad('# c\nside\tnord')).toMatchObject({ line: 2, field: 'kind' });
    expect(bad('from')).toMatchObject({ line: 1, field: 'phrase' });
    expect(bad('from')).toBeInstanceOf(KnowledgeDataError);
  });
});

describe('distancePattern', () => {
  const p = distancePattern(parseDistanceWords(WORDS, 'test.tsv'))!;
  const at = (text: string, name: string) => p.before(text, text.indexOf(name));

  it('reads the distance ending where the name starts, and where the phrase starts', () => {
    expect(at("à 37 km d'Andéranboukane", 'Andéranboukane')).toEqual({ start: 2, km: 37 });
    expect(at('à 37 km d’Andéranboukane', 'Andéranboukane')).toEqual({ start: 2, km: 37 });
    expect(at('(5km de Youwarou)', 'Youwarou')).toEqual({ start: 1, km: 5 });
    expect(at('à 120 km au Nord-Est de Bambari', 'Bambari')).toEqual({ start: 2, km: 120 });
    expect(at('à 120 km au nord est de Bambari', 'Bambari')?.km).toBe(120);
    expect(at('some 20 miles north of Mosul', 'Mosul')?.km).toBeCloseTo(32.19, 2);
  });

  it('reads thousands and decimals', () => {
    expect(at('à 1 200 km de Bangui', 'Bangui')?.km).toBe(1200);
    expect(at('1,200 km of Bangui', 'Bangui')?.km).toBe(1200);
    expect(at('à 1,5 km de Bangui', 'Bangui')?.km).toBe(1.5);
    expect(at('2.5 km of Bangui', 'Bangui')?.km).toBe(2.5);
  });

  it('reads nothing when no distance ends at the name', () => {
    expect(at('à Bambari', 'Bambari')).toBeNull();
    expect(at('37 km plus loin, à Bambari', 'Bambari')).toBeNull();
    expect(at('le 37 de Bambari', 'Bambari')).toBeNull();
    expect(at('à A37 km de Bambari', 'Bambari')).toBeNull();
  });

  it('is null without units or words before the place', () => {
    expect(distancePattern({ units: [], directions: [], froms: ['de'] })).toBeNull();
    expect(distancePattern({ units: [{ phrase: 'km', km: 1 }], directions: [], froms: [] })).toBeNull();
  });
});

describe('the committed distance words', () => {
  const langs = readdirSync(join(DATA, 'lang')).sort();
  const k = loadKnowledge();

  it.each(langs)('%s: the file parses and gives the language a pattern', (lang) => {
    const file = join(DATA, 'lang', lang, 'distance-words.tsv');
    expect(existsSync(file)).toBe(true);
    const w = parseDistanceWords(readFileSync(file, 'utf8'), file);
    expect(w.units.some((u) => u.km === 1)).toBe(true);
    expect(k.distancePhrases?.get(lang)).toBeTruthy();
  });

  it('finds the admin1 area of a town by name and country', () => {
    expect(k.admin1Place?.('CAF', 'Ouaka')?.place).toMatchObject({ name: 'Ouaka', precision: 'admin1', country: 'CAF' });
    expect(k.admin1Place?.('MLI', 'Ouaka')).toBeNull();
  });
});
