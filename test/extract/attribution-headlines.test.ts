// Sources named by wire headlines: after a spaced dash of any kind ("… – MINUSCA"), before a colon when the label is a
// known body ("HRW: …"), and not a report title in capitals told beside the story in another headline.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, lang: string): Event[] => [...extractor.extract({ id: 'h', text, date: '2019-06-12', lang }).events];
const assault = (text: string, lang = 'en') => run(text, lang).find((e) => e.type === 'ASSAULT');

describe('a source after a spaced dash', () => {
  it('reads an en dash and an em dash as the hyphen', () => {
    expect(assault('Nine herders killed near Paoua - officials')?.attribution?.name).toBe('officials');
    expect(assault('Nine herders killed near Paoua – MINUSCA')?.attribution).toMatchObject({ name: 'MINUSCA', actor: { id: 'MINUSCA' } });
    expect(assault('Nine herders killed near Paoua — officials')?.attribution?.name).toBe('officials');
  });

  it('keeps the source out of the parties', () => {
    const e = assault('Nine herders killed near Paoua – MINUSCA');
    expect(e?.actors.some((a) => a.id === 'MINUSCA')).toBe(false);
  });
});

describe('a source before a colon', () => {
  it('reads a known body opening a headline as its source, not as a party', () => {
    const e = assault('HRW: soldiers executed 14 villagers near Menaka');
    expect(e?.attribution).toMatchObject({ name: 'HRW', actor: { id: 'HRW' } });
    expect(e?.actors.some((a) => a.id === 'HRW')).toBe(false);
  });

  it('reads a body named first in a longer label', () => {
    const e = assault('DPR State Security Ministry: two Ukrainian officers killed near the contact line');
    expect(e?.attribution?.name).toBe('DPR State Security Ministry');
  });

  it('reads the source of one headline among several joined by ";"', () => {
    const e = assault('Curfew imposed in Kaga-Bandoro;UN: militiamen killed 11 displaced people in Kaga-Bandoro');
    expect(e?.attribution).toMatchObject({ name: 'UN', actor: { id: 'UN' } });
  });

  it('does not take a place opening a headline for a source', () => {
    expect(assault('Centrafrique : huit civils tués par des rebelles à Bouar', 'fr')?.attribution).toBeNull();
    expect(assault('Ouaka : deux casques bleus tués dans une embuscade près de Grimari', 'fr')?.attribution).toBeNull();
    expect(assault('Russia: Ukrainian shelling kills three in Donetsk')?.attribution).toBeNull();
  });

  it('does not take a label that is not a known body', () => {
    expect(assault('Breaking: rebels kill six soldiers near Bria')?.attribution).toBeNull();
  });
});

describe('report titles beside headlines', () => {
  it('lets no report title in capitals vouch for the story of another headline', () => {
    for (const dash of ['-', '–']) {
      const e = assault(`WEEKLY SITUATION REPORT ${dash} HUMANITARIAN UPDATE;Gunmen kill four traders near Bambari`);
      expect(e?.counts.killed?.value).toBe(4);
      expect(e?.attribution).toBeNull();
    }
  });

  it('still lets a headline telling the story in capitals name its source', () => {
    expect(assault('Curfew imposed in Bambari;GUNMEN KILL FOUR TRADERS NEAR BAMBARI – POLICE')?.attribution?.name).toBe('POLICE');
  });
});

describe('sources the headlines already gave', () => {
  it('keeps the usual forms', () => {
    expect(assault('Almost 30 killed in fighting near Mala: military source')?.attribution?.name).toBe('military source');
    expect(assault('Eight soldiers killed in ambush near Obo, says army')?.attribution?.name).toBe('army');
    expect(assault('Centrafrique : huit civils tués à Bouar selon la Minusca', 'fr')?.attribution?.actor?.id).toBe('MINUSCA');
    expect(assault("Centrafrique : dix morts dans une attaque à Bouar, d'après une ONG", 'fr')?.attribution?.name).toBe('ONG');
    expect(assault("Dix rebelles tués à Bria, annonce l'armée", 'fr')?.attribution?.name).toBe('armée');
  });
});
