// Bad input gives a clear result, never a crash or a hang: empty text, binary, 5 MB, unknown language, no date.
import { describe, expect, it } from 'vitest';
import { EventSchema, evidenceErrors } from '../../src/core/contract.js';
import { createExtractor, MAX_TEXT_CHARS } from '../../src/extract/index.js';
import { GAO, ARMED_MEN } from './knowledge-double.js';
import { knowledgeDouble } from './knowledge-double.js';

const extractor = createExtractor({ knowledge: knowledgeDouble([GAO], [ARMED_MEN]) });

describe('bad input', () => {
  it('empty or blank text: no events and a trace saying why', () => {
    for (const text of ['', '   \n\n ']) {
      const r = extractor.extract({ id: 'empty', text, date: '2020-01-01', lang: 'fr' });
      expect(r.events).toEqual([]);
      expect(r.trace?.[0]).toMatchObject({ stage: 'input', rule: 'empty-text' });
    }
  });

  it('binary bytes read as text: no crash, only valid events', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const r = extractor.extract({ id: 'bin', text, date: '2020-01-01', lang: null });
    for (const e of r.events) expect(evidenceErrors(e, text)).toEqual([]);
  });

  it('5 MB of text is cut at the limit, says so, and still gives valid events', () => {
    const unit = "Attaque d'un convoi par des individus armés près de Gao. 2 morts.\n\n";
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const r = extractor.extract({ id: 'big', text, date: '2020-01-01', lang: 'fr' });
    expect(r.trace).toContainEqual(expect.objectContaining({ stage: 'input', rule: 'truncated' }));
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events.slice(0, 50)) {
      expect(EventSchema.safeParse(e).success).toBe(true);
      expect(evidenceErrors(e, text)).toEqual([]);
      expect(e.evidence.every((s) => s.end <= MAX_TEXT_CHARS)).toBe(true);
    }
  }, 120_000);

  it('a language without a pack: the trace names it and the known packs are tried', () => {
    const r = extractor.extract({ id: 'de', text: 'Der Bürgermeister eröffnete am Montag die neue Bibliothek.', date: '2020-01-01', lang: 'de' });
    expect(r.document.lang).toBe('de');
    expect(r.events).toEqual([]);
    expect(r.trace?.[0]).toMatchObject({ stage: 'language', rule: 'no-pack' });
  });

  it('no publication date: events without a date rather than an invented one', () => {
    const r = extractor.extract({ id: 'nodate', text: "Attaque d'un convoi près de Gao. 2 morts.", date: null, lang: 'fr' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.date).toBeNull();
    expect(r.events[0]!.counts.killed?.value).toBe(2);
  });

  it('an invalid date is treated as no date', () => {
    const r = extractor.extract({ id: 'bad-date', text: "Attaque d'un convoi près de Gao.", date: '2020-13-45', lang: 'fr' });
    expect(r.document.date).toBeNull();
    expect(r.events[0]?.date ?? null).toBeNull();
  });
});
