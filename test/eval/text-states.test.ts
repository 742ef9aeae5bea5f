// The rule that decides what a UCDP headline states (event, date), from the gold row and the text only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTitleWords, REPORT_TITLES_FILE } from '../../src/eval/report-titles.js';
import { isStatement, statesDate, statesName, statingHeadlines } from '../../src/eval/text-states.js';
import { countryWords } from '../../src/eval/countries.js';
import { datedHeadlines } from '../../src/eval/adapters/ucdp-ged.js';

describe('isStatement', () => {
  it('accepts sentence-case and all-caps headlines in any language', () => {
    expect(isStatement('Shelling kills two in Donetsk')).toBe(true);
    expect(isStatement('Ukraine says 3 soldiers killed')).toBe(true);
    expect(isStatement('Centrafrique : Un chef de village tué par les groupes armés à Batangafo')).toBe(true);
    expect(isStatement('UN CASQUE BLEU DE LA MINUSCA MORT LORS D’UNE ATTAQUE')).toBe(true);
  });
  it('rejects place names, bylines, document symbols and dated titles', () => {
    for (const t of ['Peski', 'Donetsk Airport', 'Saur-Mogila hill', 'S/2021/571', '-', 'Ukraine  JANUARY 2020', 'CrisisWatch August 2017 - Ukraine', 'Euromaidan Press @EuromaidanPress · Sep 25', 'Rob Lee @RALee85', 'https://www.ohchr.org/EN/Countries/ENACARegion/Pages/UAReports.aspx']) {
      expect(isStatement(t), t).toBe(false);
    }
  });
  it('errs towards stated: a report title in sentence case counts', () => {
    expect(isStatement('Report of the Secretary-General on the situation in the Central African Republic')).toBe(true);
  });
});

describe('statingHeadlines and statesDate', () => {
  const news = { text: 'Two soldiers killed in Ukraine clashes', published: '2015-11-15' };
  it('keeps statements published up to 30 days after the event, drops later reports', () => {
    expect(statingHeadlines([news], '2015-11-14')).toEqual([news]);
    expect(statingHeadlines([{ ...news, published: '2016-01-20' }], '2015-11-14')).toEqual([]);
    expect(statingHeadlines([{ text: 'Debaltseve', published: '2015-11-15' }], '2015-11-14')).toEqual([]);
    expect(statingHeadlines([{ ...news, published: null }], '2015-11-14')).toEqual([news].map((n) => ({ ...n, published: null })));
  });
  it('states the date only for news published between the first day and 3 days after the last', () => {
    expect(statesDate([news], '2015-11-14', '2015-11-14')).toBe(true);
    expect(statesDate([{ ...news, published: '2015-11-17' }], '2015-11-14', '2015-11-14')).toBe(true);
    expect(statesDate([{ ...news, published: '2015-11-18' }], '2015-11-14', '2015-11-14')).toBe(false);
    expect(statesDate([{ ...news, published: '2015-11-13' }], '2015-11-14', '2015-11-14')).toBe(false);
    expect(statesDate([{ ...news, published: null }], '2015-11-14', '2015-11-14')).toBe(false);
    expect(statesDate([], '2015-11-14', '2015-11-14')).toBe(false);
  });
  it('pairs each ";"-joined headline with its own source_date, else the first', () => {
    expect(datedHeadlines('Peski;Five killed in eastern Ukraine fighting', '29/08/2014;2014-09-02', 'dmy')).toEqual([
      { text: 'Peski', published: '2014-08-29' },
      { text: 'Five killed in eastern Ukraine fighting', published: '2014-09-02' },
    ]);
    expect(datedHeadlines('A;B', '29/08/2014', 'dmy').map((h) => h.published)).toEqual(['2014-08-29', '2014-08-29']);
  });
});

describe('statesName with words that only say where', () => {
  it('does not take the country or the place for the claimant', () => {
    const ignore = [...countryWords('UKR'), 'Donetsk', 'Donetsk oblast'];
    expect(countryWords('UKR')).toEqual(expect.arrayContaining(['Ukraine', 'Ukrainian']));
    const claimant = 'Ukraine (head of the Donetsk regional administration)';
    expect(statesName('In the Donetsk region, the Russians killed two civilians', claimant, 5)).toBe(true);
    expect(statesName('In the Donetsk region, the Russians killed two civilians', claimant, 5, ignore)).toBe(false);
    expect(statesName('Five soldiers killed in east - Ukraine military', 'Ukrainian military', 5, ignore)).toBe(true);
  });
});

describe('report and bulletin titles state no event', () => {
  it('rejects dated or numbered report titles in French and English', () => {
    for (const t of [
      'Rapport hebdomadaire de la situation no 14 (3 avril 2016)',
      'Tchad : Aperçu humanitaire (au 12 mars 2019)',
      'BULLETIN QUOTIDIEN DE SÉCURITÉ – DAILY SECURITY BULLETIN',
      'Situation Report No. 12 (as of 4 May 2016)',
      'Quarterly report of the Group of Experts on Mali (2017)',
      'Monthly briefing on the situation in Darfur',
    ]) expect(isStatement(t), t).toBe(false);
  });
  it('rejects a title of report words, names and function words only (no verb)', () => {
    expect(isStatement('Liste des Attaques en Ituri')).toBe(false);
    expect(isStatement('Security Section Goma - Nord-Kivu DAILY DRC')).toBe(false);
  });
  it('reads ordinals as numbers, not words: a month range is a dated title', () => {
    expect(isStatement('ABC March 1st–31st 2016')).toBe(false);
    expect(isStatement('Le 1er bataillon attaqué à Gao')).toBe(true);
  });
  it('keeps headlines where "report" is a verb or the title has other words', () => {
    expect(isStatement('Villagers report 12 killed in raid on 3-4 March')).toBe(true);
    expect(isStatement('Aid Group Reports Killings in Ituri')).toBe(true);
    expect(isStatement('UN report: 20 civilians killed in Bria in May 2016')).toBe(true);
    expect(isStatement('Rapport : douze civils tués à Bria le 3 mai 2016')).toBe(true);
    expect(isStatement('Report of the Secretary-General on the situation in the Central African Republic')).toBe(true);
  });
});

describe('report-titles.tsv', () => {
  it('names the file, row and field of a bad row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-titles-'));
    try {
      writeFileSync(join(dir, REPORT_TITLES_FILE), 'word\tkind\tlang\nrapport\treport\tfr\nhebdo\tweekly\tfr\n');
      expect(() => loadTitleWords(dir)).toThrow(/report-titles\.tsv: row 2 \(hebdo\): field kind: expected one of report, periodic, month, function, got "weekly"/);
      writeFileSync(join(dir, REPORT_TITLES_FILE), 'word\tkind\tlang\nrapport\treport\tfr\nhebdo\tperiodic\tfr\n');
      expect([...loadTitleWords(dir).periodic]).toEqual(['hebdo']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
