// An event's place read from its own words when they name no town: a site named by a common noun ("dans les rues",
// "sur un petit village") keeps the town or country the event is placed in and becomes its evidence; a country-wide
// statement ("dans tout le pays", "nationwide") is not moved to a town named elsewhere; a town named only in another
// paragraph does not stand for the country. Sentences written for these tests, over the committed knowledge (data/).
import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/core/contract.js';
import { createExtractor } from '../../../src/extract/index.js';
import { countryWideSpan, sameParagraph } from '../../../src/extract/places/finer-place.js';
import { eventPart } from '../../../src/extract/sentences.js';
import { siteInPart } from '../../../src/extract/places/site-in-part.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import { phrasePattern } from '../../../src/knowledge/lang-data.js';

const extractor = createExtractor();
const ofType = (text: string, lang: 'fr' | 'en', type: string): Event | undefined =>
  extractor.extract({ id: 'doc', text, date: '2024-05-02', lang }).events.find((e) => e.type === type);
const placeEvidence = (e: Event | undefined) => (e?.fieldEvidence ?? []).filter((f) => f.field === 'place').map((f) => f.text);

describe('siteInPart', () => {
  const sites = new Set(['rues', 'village', 'siege', 'routes', 'ecole']);
  const words = { prepositions: new Set(['dans', 'sur', 'devant', 'à']), determiners: new Set(['les', 'un', 'le', 'petit', 'l']) };
  const find = (text: string, trigger: string) => {
    const at = text.indexOf(trigger);
    const s = siteInPart(text, { start: 0, end: text.length }, { start: at, end: at + trigger.length }, sites, words);
    return s && text.slice(s.start, s.end);
  };

  it('reads a site noun after a preposition, across two determiners at most', () => {
    expect(find('Des bombes ont été larguées sur un petit village.', 'larguées')).toBe('village');
    expect(find('Ils ont accroché des banderoles devant le siège.', 'accroché')).toBe('siège');
    expect(find('Ils sont descendus dans les rues.', 'descendus')).toBe('rues');
    expect(find('Ils sont descendus dans les trois grandes rues.', 'descendus')).toBeNull();
  });

  it('reads the trigger\'s object and a noun inside the trigger', () => {
    expect(find('Les manifestants ont bloqué les routes.', 'bloqué')).toBe('routes');
    expect(find('Les manifestants ont bloqué les routes.', 'bloqué les routes')).toBe('routes');
  });

  it('needs a preposition as written: the verb "a" is not "à"', () => {
    expect(find('Il y a un village détruit, selon la presse qui a manifesté son inquiétude.', 'manifesté')).toBeNull();
  });

  it('leaves a capitalised noun inside the sentence to the name it belongs to', () => {
    expect(find("Elle, membre de l'association Tous à l'Ecole, a été arrêtée.", 'arrêtée')).toBeNull();
  });

  it('leaves a site followed by a toponym to that toponym', () => {
    const text = 'Ils sont descendus dans les rues de Dakar.';
    const at = text.indexOf('descendus');
    expect(siteInPart(text, { start: 0, end: text.length }, { start: at, end: at + 9 }, sites, words, [text.indexOf('Dakar')])).toBeNull();
  });
});

describe('countryWideSpan and the event\'s part', () => {
  const phrases = phrasePattern(['dans tout le pays', "sur l'ensemble du territoire", 'nation-wide']);
  it('finds a phrase case aside, and returns its words', () => {
    const text = "L'état d'urgence est décrété SUR L'ENSEMBLE DU TERRITOIRE.";
    const s = countryWideSpan(text, { start: 0, end: text.length }, phrases);
    expect(s && text.slice(s.start, s.end)).toBe("SUR L'ENSEMBLE DU TERRITOIRE");
    expect(countryWideSpan('Les écoles sont fermées sur l’ensemble  du territoire.', { start: 0, end: 60 }, phrases)).not.toBeNull();
    const en = 'Strikes spread nation wide.';
    const e = countryWideSpan(en, { start: 0, end: en.length }, phrases);
    expect(e && en.slice(e.start, e.end)).toBe('nation wide');
    expect(countryWideSpan('Ils ont manifesté dans tout le quartier.', { start: 0, end: 40 }, phrases)).toBeNull();
  });

  it('cuts a sentence of headlines joined by ";" around the trigger', () => {
    const text = 'Strikes nationwide; Two killed in Bambari; Calm returns';
    const t = { start: text.indexOf('killed'), end: text.indexOf('killed') + 6 };
    const p = eventPart(text, { start: 0, end: text.length }, t);
    expect(text.slice(p.start, p.end)).toBe(' Two killed in Bambari');
  });

  it('tells a blank line between two spans', () => {
    const text = 'Un.\n\nDeux.';
    expect(sameParagraph(text, { start: 0, end: 3 }, { start: 5, end: 10 })).toBe(false);
    expect(sameParagraph('Un. Deux.', { start: 0, end: 3 }, { start: 4, end: 9 })).toBe(true);
  });
});

describe('a site the event\'s own sentence names', () => {
  it('becomes the evidence of a place told in the sentence before, beside the town\'s name', () => {
    const e = ofType('Les résultats des élections ont été contestés à Dakar. Des centaines de jeunes sont sortis dans les rues mardi pour manifester.', 'fr', 'PROTEST');
    expect(e?.place?.name).toBe('Dakar');
    expect(placeEvidence(e)).toEqual(expect.arrayContaining(['Dakar', 'rues']));
  });

  it('does so in English, for a place in the sentence before', () => {
    const e = ofType('Fighting broke out in Goma on Monday. On Tuesday, three patients were killed when a shell struck near the main hospital.', 'en', 'ASSAULT');
    const later = extractor.extract({ id: 'doc', text: 'Fighting broke out in Goma on Monday. On Tuesday, three patients were killed when a shell struck near the main hospital.', date: '2024-05-02', lang: 'en' })
      .events.find((x) => x.counts.killed?.value === 3);
    expect(e?.place?.name).toBe('Goma');
    expect(placeEvidence(later)).toContain('hospital');
  });

  it('does not replace a toponym the sentence itself names', () => {
    const e = ofType('Des centaines de jeunes sont sortis dans les rues de Thiès mardi pour manifester.', 'fr', 'PROTEST');
    expect(e?.place?.name).toBe('Thiès');
    expect(placeEvidence(e)).toContain('rues de Thiès');
  });

  it('is not read inside the name of an organisation', () => {
    const e = ofType("Mme Ada Kone, membre de l'association « Tous à l'École », a été arrêtée par la police sénégalaise.", 'fr', 'COERCE');
    expect(placeEvidence(e)).not.toContain('École');
  });
});

describe('a country-wide event', () => {
  const k = loadKnowledge();
  it('has phrases in the data of each language', () => {
    expect(k.countryWide?.get('fr')?.test('Ils ont manifesté dans tout le pays.')).toBe(true);
    expect(k.countryWide?.get('en')?.test('Strikes spread nationwide.')).toBe(true);
    expect(k.countryWide?.get('en')?.test('Strikes spread across the town.')).toBe(false);
  });

  it('is not moved to the one town of the country the text names', () => {
    const moved = ofType('Des milliers de personnes ont manifesté mardi au Mali contre la vie chère. À Gao, des commerçants ont fermé boutique. Le maire de Gao a appelé au calme.', 'fr', 'PROTEST');
    expect(moved?.place?.name).toBe('Gao');
    const wide = ofType('Des milliers de personnes ont manifesté mardi au Mali, dans tout le pays, contre la vie chère. À Gao, des commerçants ont fermé boutique. Le maire de Gao a appelé au calme.', 'fr', 'PROTEST');
    expect(wide?.place?.name).toBe('Mali');
    expect(wide?.place?.precision).toBe('country');
  });

  it('takes the country of the town the article names most, pointing at the phrase that says so', () => {
    const e = ofType('Des milliers de personnes ont manifesté mardi dans tout le pays contre la vie chère. À Gao, des commerçants ont fermé boutique. Le maire de Gao a appelé au calme.', 'fr', 'PROTEST');
    expect(e?.place?.precision).toBe('country');
    expect(e?.place?.country).toBe('MLI');
    expect(placeEvidence(e)).toContain('dans tout le pays');
    const en = ofType('Thousands protested nationwide on Tuesday against fuel prices. In Nakuru, shops were closed. The mayor of Nakuru called for calm.', 'en', 'PROTEST');
    expect(en?.place?.country).toBe('KEN');
    expect(en?.place?.precision).toBe('country');
  });
});

describe('a town named only in another paragraph', () => {
  it('does not stand for the country an event is placed in', () => {
    const e = ofType('Ten people were killed in Central African Republic on Monday.\n\nSeparately, residents of Bambari said the market reopened. Bambari is calm.', 'en', 'ASSAULT');
    expect(e?.place?.precision).toBe('country');
    const same = ofType('Ten people were killed in Central African Republic on Monday. Residents of Bambari said the market reopened.', 'en', 'ASSAULT');
    expect(same?.place?.name).toBe('Bambari');
  });
});
