// Words around a toponym that make a site of it, over the committed knowledge files (data/): a place noun before it
// starts the words that say where ("les rues de Belgrade"), a noun of people does not ("les habitants de Bambari"); a
// place noun after a town keeps the town ("Donetsk Airport"); a small town's name after "la" in lower case names a
// thing ("le Parc de la Fontaine"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { placeNounBefore } from '../../../src/extract/places/resolve-mentions.js';

const knowledge = loadKnowledge();
const names = (text: string) => knowledge.findPlaces(text).map((m) => m.text);
const extractor = createExtractor();
const ofType = (text: string, lang: 'fr' | 'en', type: string): Event | undefined =>
  extractor.extract({ id: 'doc', text, date: '2024-05-02', lang }).events.find((e) => e.type === type);
const placeEvidence = (e: Event | undefined) => (e?.fieldEvidence ?? []).filter((f) => f.field === 'place').map((f) => f.text);

describe('the words that say where', () => {
  it('run from the place noun that governs the toponym; the place stays the toponym', () => {
    const e = ofType('Des centaines de femmes ont manifesté mardi dans les rues de Belgrade contre la loi.', 'fr', 'PROTEST');
    expect(e?.place?.name).toBe('Belgrade');
    expect(placeEvidence(e)).toContain('rues de Belgrade');
    const en = ofType('Hundreds of people protested on Tuesday in the streets of Belgrade.', 'en', 'PROTEST');
    expect(placeEvidence(en)).toContain('streets of Belgrade');
  });

  it('do not start at a noun of people', () => {
    const e = ofType("Les habitants de Bambari ont manifesté mardi contre l'insécurité.", 'fr', 'PROTEST');
    expect(e?.place?.name).toBe('Bambari');
    expect(placeEvidence(e)).not.toContain('habitants de Bambari');
  });

  it('find the noun across an adjective and an elided genitive', () => {
    const nouns = new Set(['hopital', 'rues']);
    const genitive = /^\s*(?:de|du|d'|d’)\s*$/iu;
    const text = "Ils ont défilé vers l'hôpital public de Berlin.";
    expect(placeNounBefore(text, text.indexOf('Berlin'), { genitive }, nouns)).toBe(text.indexOf('hôpital'));
    expect(placeNounBefore('Ils ont défilé à Berlin.', 'Ils ont défilé à '.length, { genitive }, nouns)).toBeNull();
  });
});

describe('sites and things named after a town', () => {
  it('keeps a town before a place noun ("Donetsk Airport")', () => {
    expect(names('Donetsk Airport was shelled again on Monday.')).toContain('Donetsk');
  });

  it('reads a small town after "la" in lower case as part of a thing\'s name', () => {
    expect(names('Des milliers de personnes se sont retrouvées au Parc de la Fontaine.')).not.toContain('Fontaine');
    expect(names('Des heurts ont éclaté à Fontaine, près de Grenoble.')).toContain('Fontaine');
    // Countries and areas take articles: they keep their reading.
    expect(names('Des émeutes ont éclaté à la Réunion.')).toContain('Réunion');
  });
});
