// Tolls of French headlines: displaced people then said to be killed are the dead, not the displaced; an officer or a
// single peacekeeper "de la Minusca" is one person counted, whatever body follows the noun.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const assault = (text: string): Event | undefined =>
  extractor.extract({ id: 'h', text, date: '2021-03-04', lang: 'fr' }).events.find((e) => e.type === 'ASSAULT');

describe('French headline tolls', () => {
  it('counts displaced people or refugees said to be killed as the dead', () => {
    const e = assault('Centrafrique : quatre personnes déplacées tuées par des hommes armés près de Kaga-Bandoro');
    expect(e?.counts.killed).toMatchObject({ value: 4, qualifier: 'exact' });
    expect(e?.counts.displaced).toBeUndefined();
    expect(assault('RCA : deux réfugiés abattus par des rebelles à la frontière')?.counts.killed?.value).toBe(2);
  });

  it('still counts the displaced a toll names as such', () => {
    const e = assault('Centrafrique : des combats à Bria font 2 000 déplacés');
    expect(e?.counts.displaced?.value).toBe(2000);
    expect(e?.counts.killed).toBeUndefined();
  });

  it('counts an officer of a named army', () => {
    expect(assault('RCA : un officier de la gendarmerie nationale tué par des bandits armés à Bouar')?.counts.killed).toMatchObject({ value: 1, qualifier: 'exact' });
  });

  it('counts one peacekeeper, in lower case or in capitals', () => {
    expect(assault('Un casque bleu de la Minusca tué dans une embuscade près de Bangassou')?.counts.killed?.value).toBe(1);
    expect(assault('UN CASQUE BLEU DE LA MINUSCA MORT LORS D’UNE EMBUSCADE PRÈS DE BANGASSOU')?.counts.killed?.value).toBe(1);
  });
});
