// French readings that tell no conflict event (src/lang/fr/triggers/others.ts, cues.ts): staff or rescuers posted are no
// deployment of forces, means mobilised to rescue are no show of force, and "dans de nombreux cas, il s'agissait
// d'agressions" sums cases instead of telling one. Forces deployed stay MOBILIZE. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 'staff-fr', text, date: '2024-05-02', lang: 'fr' }).events.map((e) => e.type);

describe('deployments and mobilisations', () => {
  it('reads no MOBILIZE in staff or rescuers posted somewhere', () => {
    expect(types('Ces employés, déployés à Rabat, sont supervisés par deux responsables.')).toEqual([]);
    expect(types('Les secouristes déployés sur place ont évacué les habitants du quartier.')).not.toContain('MOBILIZE');
  });

  it('reads no MOBILIZE in means mobilised to rescue', () => {
    expect(types("Plusieurs hélicoptères de l'armée ont été mobilisés pour secourir les sinistrés.")).toEqual([]);
    expect(types("Des soldats ont été déployés afin d'évacuer les habitants menacés par la crue.")).not.toContain('MOBILIZE');
  });

  it('keeps forces deployed or mobilised as MOBILIZE', () => {
    expect(types('Des centaines de soldats ont été déployés dans la région de Gao.')).toEqual(['MOBILIZE']);
    expect(types('Le gouvernement a mobilisé des troupes à la frontière.')).toEqual(['MOBILIZE']);
    expect(types('Des policiers ont été déployés autour du stade pour prévenir tout trouble.')).toEqual(['MOBILIZE']);
  });
});

describe('cases summed', () => {
  it('reads no event in "dans de nombreux cas, il s\'agissait d\'agressions"', () => {
    expect(types("Dans de nombreux cas, il s'agissait d'agressions au couteau.")).toEqual([]);
  });
  it('keeps an assault told on its own', () => {
    expect(types('Un commerçant a été agressé par trois individus armés à Kati.')).toEqual(['ASSAULT']);
  });
});
