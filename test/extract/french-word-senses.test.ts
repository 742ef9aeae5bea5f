// French trigger words with a sense that is no event of their type: signing an autograph, withdrawing a
// complaint, unfurling a banner, "les accusés" (a noun), a court's sentence (legal action, not a condemnation).
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const types = (text: string) => extractor.extract({ id: 's', text, date: '2018-10-02', lang: 'fr' }).events.map((e) => e.type).sort();

describe('French word senses', () => {
  it('signing agrees only to a text of agreement', () => {
    expect(types('Les deux camps ont signé jeudi à Khartoum un accord de cessation des hostilités.')).toContain('AGREE');
    expect(types("Après la conférence, l'écrivain a signé des autographes à Lyon.")).toEqual([]);
    expect(types("Le visiteur a signé le registre de l'usine à l'entrée.")).toEqual([]);
  });

  it('a withdrawal is of forces, not of a complaint or from politics', () => {
    expect(types('Les rebelles se sont retirés de la ville de Bria dimanche.')).toEqual(['RETREAT']);
    expect(types('Le Tchad a retiré ses soldats de la frontière.')).toEqual(['RETREAT']);
    expect(types("La victime a finalement retiré sa plainte contre son voisin.")).toEqual([]);
    expect(types("L'ancien ministre s'est retiré de la vie politique en 2015.")).toEqual([]);
  });

  it('unfurling a banner deploys no troops', () => {
    expect(types("L'armée a déployé des renforts à Ménaka.")).toEqual(['MOBILIZE']);
    expect(types('Les supporters ont déployé une immense banderole dans le stade de Lens.')).not.toContain('MOBILIZE');
  });

  it('people rallied by people protest, troops mobilised mobilise', () => {
    expect(types("L'association avait mobilisé une centaine d'habitants devant la préfecture de Rouen.")).toEqual(['PROTEST']);
    expect(types("L'armée a mobilisé des centaines de soldats près de Gao.")).toEqual(['MOBILIZE']);
  });

    it('a sentence passed by a court is legal action, a condemnation is an accusation', () => {
    expect(types('Le chef de gang a été condamné à dix ans de prison par le tribunal de Dakar.')).toEqual(['COERCE']);
    expect(types("L'opposant a été condamné à mort par contumace.")).toEqual(['COERCE']);
    expect(types('Le gouvernement a condamné les propos du député.')).toEqual(['ACCUSE']);
  });

  it('arresting is of people: "arrêter les coupables", not "arrêter la production"', () => {
    expect(types("L'enquête a permis d'arrêter la plupart des coupables à Lyon.")).toEqual(['COERCE']);
    expect(types("L'usine de Lyon a dû arrêter la production pendant deux jours.")).toEqual([]);
  });

    it('"les accusés" is a noun, "a accusé" a verb', () => {
    expect(types('Les gendarmes ont interpellé les accusés à leur domicile.')).toEqual(['COERCE']);
    expect(types("Le parti a accusé le préfet d'avoir truqué le scrutin.")).toEqual(['ACCUSE']);
  });
});
