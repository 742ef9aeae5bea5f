// Round 5: violence named as a cause fought ("la marche contre les violences policières", "l'association « Stop aux
// violences »") or as private harm ("violences conjugales") is no violent event; violence told as happening still is.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string, lang = 'fr') => extractor.extract({ id: 'r5', text, date: '2024-03-12', lang }).events.map((e) => e.type).sort();

describe('violence as a cause or a private harm', () => {
  it('reads no assault from a march or a body against violence', () => {
    expect(types('La marche pour la lutte contre les violences sexuelles a eu lieu hier à Buenos Aires.')).toEqual(['PROTEST']);
    expect(types("Mme Diallo, présidente de l'association « Stop aux violences conjugales », a été reçue à Dakar.")).toEqual([]);
    expect(types('Le ministre a promis de mettre fin aux violences à Bangui.')).not.toContain('ASSAULT');
  });

  it('reads no assault from domestic violence named in passing', () => {
    expect(types('Une campagne contre les violences conjugales a été lancée mardi à Lomé.')).not.toContain('ASSAULT');
    expect(types('Les violences domestiques ont augmenté à Lyon selon une étude.')).toEqual([]);
  });

  it('still reads violence that happens', () => {
    expect(types("De nouvelles violences ont éclaté à Bangui entre des miliciens et l'armée.")).toEqual(['ASSAULT']);
    expect(types('Les exactions des miliciens contre les villageois de Bambari ont fait 12 morts.')).toEqual(['ASSAULT']);
  });

  it('does the same in English', () => {
    expect(types('Thousands marched in Nairobi on Saturday against gender violence.', 'en')).not.toContain('ASSAULT');
    expect(types('A shelter for victims of domestic violence opened in Accra on Monday.', 'en')).toEqual([]);
    expect(types('Fresh violence broke out in Bangui between militias and the army.', 'en')).toEqual(['ASSAULT']);
  });
});

describe('English disasters', () => {
  it('reads no attack from a death told beside a blaze or a storm', () => {
    expect(extractor.extract({ id: 'r5', text: 'The death of a child in the house fire shocked the town.', date: '2024-03-12', lang: 'en' }).events).toEqual([]);
  });

  it('keeps an attack with its attackers during a storm', () => {
    const events = extractor.extract({ id: 'r5', text: 'During the hurricane, gunmen attacked an aid convoy near Port-au-Prince.', date: '2024-03-12', lang: 'en' }).events;
    expect(events.map((e) => e.type)).toContain('ASSAULT');
  });
});
