// Per-language figures of a set whose documents are in more than one language (ucdp-ged-car: French and
// English headlines): the same detection and field figures, split by the language the extractor reads each in.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { OTHER_LANGUAGE, documentLanguage, scoreEventSet } from '../../src/eval/score-events.js';
import { formatSet } from '../../src/eval/format-report.js';
import { baselineFromReport, languageKey, regressions, type Baseline } from '../../src/eval/baseline.js';
import type { EvalReport, EventGoldSet, GoldDoc } from '../../src/eval/types.js';

function event(text: string, killed: number): Event {
  return {
    type: 'ASSAULT', mode: null, context: [], modality: 'asserted', acled: null, cameo: null,
    date: { start: '2021-03-04', end: null, precision: 'day', rule: 'doc-date' },
    place: null, actors: [], counts: { killed: { value: killed, qualifier: 'exact' } }, attribution: null,
    evidence: [{ start: 0, end: text.length, text }], confidence: 0.9,
  };
}

const doc = (id: string, text: string, lang: string | null, killed: number | null, stated = true): GoldDoc => ({
  input: { id, text, date: '2021-03-04', lang },
  events: [{ type: 'ASSAULT', ...(stated ? {} : { stated: false }), ...(killed !== null ? { killed: { value: killed } } : {}) }],
});

const twoLanguages: EventGoldSet = {
  kind: 'events',
  name: 'toy-bilingual',
  notes: [],
  docs: [
    doc('fr1', 'Quatre civils tués à Bria', 'fr', 4),
    doc('fr2', 'Six morts dans une attaque à Kaga-Bandoro', 'fr', 6),
    doc('fr3', 'Bangui', 'fr', null, false),
    doc('en1', 'Rebels kill 3 villagers near Bambari', 'en', 3),
    { input: { id: 'en2', text: 'Peace talks resume in the capital', date: '2021-03-04', lang: 'en' }, events: [] },
  ],
};

/** Finds the French events with the right tolls, misses one, and invents one in the English negative. */
const extract = (input: { id: string; text: string }): Event[] => {
  if (input.id === 'fr1') return [event(input.text, 4)];
  if (input.id === 'fr2') return [event(input.text, 5)];
  if (input.id === 'en2') return [event(input.text, 1)];
  return [];
};

describe('per-language figures', () => {
  const r = scoreEventSet(twoLanguages, extract);

  it('splits detection and fields by language, leaving the set figures as they were', () => {
    expect(r.detection).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(r.detectionStated).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.fields.killed_exact).toEqual({ hit: 1, total: 3, pct: 33.3 });
    expect(Object.keys(r.byLanguage ?? {})).toEqual(['fr', 'en']);
    const fr = r.byLanguage!.fr!;
    expect(fr).toMatchObject({ lang: 'fr', docs: 3, goldEvents: 3, predictedEvents: 2 });
    expect(fr.detection).toMatchObject({ tp: 2, fp: 0, fn: 1, recall: 66.7 });
    expect(fr.detectionStated).toMatchObject({ tp: 2, fp: 0, fn: 0, recall: 100, precision: 100 });
    expect(fr.fields.killed_exact).toEqual({ hit: 1, total: 2, pct: 50 });
    expect(fr.headline).toMatchObject({ detection_recall_stated: 100, killed_exact: 50, type: 100 });
    const en = r.byLanguage!.en!;
    expect(en.detectionStated).toMatchObject({ tp: 0, fp: 1, fn: 1, recall: 0, precision: 0 });
    expect(en.docDetection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(en.fields.killed_exact).toEqual({ hit: 0, total: 1, pct: 0 });
  });

  it('tags the worst documents with their language and prints one table per language under the set', () => {
    expect(r.worst.find((m) => m.id === 'en1')?.lang).toBe('en');
    const text = formatSet(r, 10);
    expect(text).toContain('-- toy-bilingual [fr]: 3 documents, 3 gold events, 2 predicted --');
    expect(text).toContain('-- toy-bilingual [en]: 2 documents, 1 gold events, 1 predicted --');
    expect(text.indexOf('[fr]:')).toBeLessThan(text.indexOf('type confusion'));
    expect(text).toMatch(/en1 \[en\]: missed ASSAULT/);
  });

  it('gives no per-language figures to a set in one language', () => {
    const one: EventGoldSet = { ...twoLanguages, docs: twoLanguages.docs.filter((d) => d.input.lang === 'fr') };
    const s = scoreEventSet(one, extract);
    expect(s.byLanguage).toBeUndefined();
    expect(s.worst.every((m) => m.lang === undefined)).toBe(true);
  });
});

describe('documentLanguage', () => {
  it('takes the declared language, else the detected one, and puts languages without a pack together', () => {
    expect(documentLanguage({ id: 'a', text: 'whatever', date: null, lang: 'fr' })).toBe('fr');
    expect(documentLanguage({ id: 'b', text: 'Gunmen killed five villagers and burned their houses in the north of the country on Sunday, the army said.', date: null, lang: null })).toBe('en');
    expect(documentLanguage({ id: 'c', text: 'Des hommes armés ont tué cinq villageois et incendié leurs maisons dans le nord du pays dimanche, selon l’armée.', date: null, lang: null })).toBe('fr');
    expect(documentLanguage({ id: 'd', text: 'x', date: null, lang: 'de' })).toBe(OTHER_LANGUAGE);
    expect(documentLanguage({ id: 'e', text: '12 / 34', date: null, lang: null })).toBe(OTHER_LANGUAGE);
  });
});

describe('baseline of per-language figures', () => {
  const lang = (goldEvents: number, recall: number, killed: { hit: number; total: number }) => ({
    lang: 'fr', docs: goldEvents, goldEvents, predictedEvents: goldEvents,
    headline: { detection_recall: recall, killed_exact: (100 * killed.hit) / killed.total },
    detection: { tp: 0, fp: 0, fn: 0, precision: null, recall, f1: null },
    docDetection: { tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null },
    fields: { killed_exact: { ...killed, pct: (100 * killed.hit) / killed.total } },
  });
  const report = (fr: ReturnType<typeof lang> | null): EvalReport => ({
    createdAt: '2026-01-01T00:00:00.000Z', goldDir: '/x', limit: 150,
    sets: [{
      name: 'toy', kind: 'events', docs: 1, goldEvents: 1, predictedEvents: 1, seconds: 0, headline: { detection_recall: 70 }, fields: {}, worst: [], notes: [], errors: 0, invalidEvents: 0,
      ...(fr ? { byLanguage: { fr } } : {}),
    }],
  });

  it('records a language part under "set [lang]": detection only with enough gold events, fields only on enough items', () => {
    expect(languageKey('ucdp-ged-car', 'fr')).toBe('ucdp-ged-car [fr]');
    expect(baselineFromReport(report(lang(80, 60, { hit: 45, total: 50 })), 'why').figures).toEqual({ toy: { detection_recall: 70 }, 'toy [fr]': { detection_recall: 60, killed_exact: 90 } });
    expect(baselineFromReport(report(lang(20, 60, { hit: 4, total: 5 })), 'why').figures).toEqual({ toy: { detection_recall: 70 } });
    const other = { ...lang(80, 0, { hit: 0, total: 60 }), lang: OTHER_LANGUAGE };
    const r = report(lang(80, 60, { hit: 45, total: 50 }));
    const withOther: EvalReport = { ...r, sets: [{ ...r.sets[0]!, byLanguage: { ...r.sets[0]!.byLanguage, other } }] };
    expect(Object.keys(baselineFromReport(withOther, 'why').figures)).toEqual(['toy', 'toy [fr]']);
  });

  it('guards a recorded language figure and says when the language is gone', () => {
    const base: Baseline = { recordedAt: '', reason: 'test', subset: { sets: ['toy'], limit: 150 }, figures: { toy: { detection_recall: 70 }, 'toy [fr]': { detection_recall: 60 } } };
    expect(regressions(report(lang(80, 59, { hit: 1, total: 1 })), base)).toEqual([]);
    expect(regressions(report(lang(80, 57.5, { hit: 1, total: 1 })), base)).toEqual(['toy [fr] detection_recall: 57.5 < baseline 60 - 2']);
    expect(regressions(report(null), base)).toEqual(['toy [fr]: not measured (no documents in that language)']);
  });
});
