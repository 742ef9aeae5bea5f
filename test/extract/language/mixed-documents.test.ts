// Documents in two languages: each part is read with its own language's pack, and the document gives one result whose
// spans are exact substrings of the text. Texts written for these tests in the style of news.
import { describe, expect, it } from 'vitest';
import { evidenceErrors, type Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { mixedLayout } from '../../../src/extract/language/mixed.js';
import { getLanguagePack, LANGUAGE_PACKS } from '../../../src/lang/index.js';

const extractor = createExtractor();
const run = (text: string, lang: string | null = null) => extractor.extract({ id: 'mixed', text, date: '2024-05-02', lang });
const spanOf = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const fr = getLanguagePack('fr')!;
const en = getLanguagePack('en')!;

function expectExactSpans(events: readonly Event[], text: string): void {
  for (const e of events) expect(evidenceErrors(e, text)).toEqual([]);
}

describe('a French paragraph and an English paragraph', () => {
  const text =
    'Des hommes armés ont attaqué le village de Kaga-Bandoro mardi soir, selon la MINUSCA. Les assaillants ont incendié plusieurs maisons.\n\n' +
    'The attack on the town killed at least 12 civilians, a local official said on Wednesday.';

  it('reads the English toll and the French event, as one attack', () => {
    const r = run(text, 'fr');
    expect(r.trace?.some((t) => t.rule === 'mixed-languages')).toBe(true);
    const attacks = r.events.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.counts.killed).toMatchObject({ value: 12, qualifier: 'at_least' });
    expect(attacks[0]!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining([expect.stringContaining('ont attaqué le village'), expect.stringContaining('killed at least 12 civilians')]));
    expect(r.events.some((e) => e.type === 'COERCE' && e.evidence.some((x) => x.text.includes('incendié')))).toBe(true);
    expectExactSpans(r.events, text);
  });

  it('points the toll field at the English words it was read from', () => {
    const attack = run(text, 'fr').events.find((e) => e.type === 'ASSAULT')!;
    const toll = attack.fieldEvidence?.find((f) => f.field === 'counts.killed');
    expect(toll).toBeDefined();
    expect(toll!.start).toBeGreaterThanOrEqual(text.indexOf('The attack'));
    expect(text.slice(toll!.start, toll!.end)).toBe(toll!.text);
  });

  it('gives the same result whichever language the document declares', () => {
    const asEnglish = run(text, 'en').events.filter((e) => e.type === 'ASSAULT');
    expect(asEnglish).toHaveLength(1);
    expect(asEnglish[0]!.counts.killed?.value).toBe(12);
    expectExactSpans(asEnglish, text);
  });
});

describe('headlines of one event joined by ";", French and English', () => {
  it('takes the English toll into the event the French headline tells', () => {
    const text = 'Centrafrique : une attaque contre un camp de déplacés près de Bria;At least 15 killed in attack on displaced camp in Central African Republic: UN';
    const r = run(text, 'fr');
    const attacks = r.events.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.counts.killed).toMatchObject({ value: 15, qualifier: 'at_least' });
    expect(attacks[0]!.attribution?.name).toBe('UN');
    expectExactSpans(r.events, text);
  });

  it('finds the toll of an English headline the French pack cannot read', () => {
    const text = "Affrontements entre milices à Bria, les habitants fuient la ville;Clashes in diamond town kill 10, says army";
    const attacks = run(text, 'fr').events.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.counts.killed).toMatchObject({ value: 10, qualifier: 'exact' });
    expect(attacks[0]!.attribution?.name).toMatch(/army/i);
    expectExactSpans(attacks, text);
  });

  it('reads the English toll beside a French headline too short to tell its language, and places it where the French names', () => {
    const text = 'Centrafrique : nouveaux combats à Alindao;Fighting kills 37 people in Central African Republic';
    const attacks = run(text, 'fr').events.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.counts.killed?.value).toBe(37);
    expect(attacks[0]!.place?.name).toBe('Alindao');
    expectExactSpans(attacks, text);
  });

  it('keeps two tolls that disagree as two claims, as one language would', () => {
    const text = "Centrafrique : au moins 5 civils tués dans une attaque près de Bria;Rebels kill 8 civilians in attack near Bria";
    const tolls = run(text, 'fr').events.filter((e) => e.type === 'ASSAULT').map((e) => e.counts.killed?.value).sort();
    expect(tolls).toEqual([5, 8]);
  });
});

describe('a French text stays French', () => {
  it('with an English name in it', () => {
    const text = "Selon Human Rights Watch et le New York Times, des soldats ont tué cinq civils à Bambari dimanche. L'armée dément.";
    expect(mixedLayout(text, 0, fr, LANGUAGE_PACKS)).toBeNull();
    const r = run(text, 'fr');
    expect(r.trace?.some((t) => t.rule === 'mixed-languages') ?? false).toBe(false);
    expect(r.events.find((e) => e.type === 'ASSAULT')?.counts.killed?.value).toBe(5);
  });

  it('with a short English quotation in it', () => {
    const text = "« We will not let them win », a déclaré le ministre de la Défense après l'attaque qui a fait trois morts à Bangui. « This is a war on all of us », a-t-il ajouté devant la presse.";
    expect(mixedLayout(text, 0, fr, LANGUAGE_PACKS)).toBeNull();
    const attack = run(text, 'fr').events.find((e) => e.type === 'ASSAULT');
    expect(attack?.counts.killed?.value).toBe(3);
  });

  it('and an English text with a French name stays English', () => {
    const text = 'Gunmen killed four people in an attack on a market near the Place de la République in Bangui on Tuesday, police said.';
    expect(mixedLayout(text, 0, en, LANGUAGE_PACKS)).toBeNull();
  });
});
