// Wire headlines: a "UPDATE n-" tag is no figure, French headlines count in the present ("tuent 4 civils"), a short
// name in brackets after the long one is that actor's name and not the source, and violence told by words such
// as "executing civilians" or "sèment la terreur" is an attack.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';
import { abbreviates } from '../../src/extract/attribution/find-attribution.js';

const extractor = createExtractor();
const run = (text: string, lang: string): Event[] => [...extractor.extract({ id: 'h', text, date: '2017-08-21', lang }).events];
const assault = (text: string, lang = 'fr') => run(text, lang).find((e) => e.type === 'ASSAULT');

describe('figures in headlines', () => {
  it('reads the count after a wire-update tag, not a range from the tag', () => {
    const e = assault('UPDATE 2-Forty soldiers killed in rebel ambush near the border', 'en');
    expect(e?.counts.killed).toMatchObject({ value: 40, qualifier: 'exact' });
  });

  it('reads French present-tense count verbs', () => {
    expect(assault('Centrafrique : des hommes armés tuent 4 villageois près de Bambari')?.counts.killed?.value).toBe(4);
    expect(assault('Des bandits armés attaquent un car et blessent 3 passagers sur l’axe Bouar-Baoro')?.counts.injured?.value).toBe(3);
  });
});

describe('a short name in brackets', () => {
  it('is the actor just named in full, not the source', () => {
    const e = assault("Attaque meurtrière de l'Union pour la paix en Centrafrique (UPC)");
    expect(e?.attribution).toBeNull();
  });

  it('still names the source when it is not the name before it', () => {
    expect(assault('Centrafrique : 6 morts dans des combats à Bria (MINUSCA)')?.attribution?.name).toBe('MINUSCA');
    expect(assault('Centrafrique : 7 morts dans des combats entre armée et rebelles (armée)')?.attribution?.name).toBe('armée');
  });

  it('reads a source after a colon set off by a space, as French typography writes it in English headlines', () => {
    expect(assault('12 villagers killed in fresh militia attacks : UN', 'en')?.attribution?.name).toBe('UN');
  });

    it('abbreviates: the letters are the initials of the last words, in order', () => {
    expect(abbreviates('UPC', "des éléments de l'Union pour la paix en Centrafrique")).toBe(true);
    expect(abbreviates('FPRC', 'le Front populaire pour la renaissance de la Centrafrique')).toBe(true);
    expect(abbreviates('ONU', 'Sept morts dans des combats à Bria')).toBe(false);
    expect(abbreviates('armée', 'entre armée et rebelles')).toBe(false);
  });
});

describe('violence words', () => {
  it.each([
    ['Rebels executing civilians in the north, rights group says', 'en'],
    ['Militias hunt down traders in the capital', 'en'],
    ['Former rebels sow terror in the south-east - residents', 'en'],
    ['Centrafrique : des miliciens sèment la terreur à Bocaranga', 'fr'],
  ])('%s', (text, lang) => {
    expect(assault(text, lang)).toBeDefined();
  });

  it('reads rights abuses as violence, a month name as no march', () => {
    expect(assault('Rights group accuses rebels of abuses in the north-west', 'en')).toBeDefined();
    expect(run('Central African Republic MARCH 2019', 'en')).toEqual([]);
    expect(run('Security update for the region, March 12, 2019', 'en')).toEqual([]);
    expect(run('Thousands of teachers marched in Nairobi on Monday.', 'en').map((e) => e.type)).toEqual(['PROTEST']);
  });

    it('does not read an order carried out or a manhunt named as a noun as an attack', () => {
    expect(assault('The ministry will execute the new budget plan', 'en')).toBeUndefined();
    expect(assault('Le ministre a annoncé un don pour financer la traque des trafiquants')).toBeUndefined();
  });
});
