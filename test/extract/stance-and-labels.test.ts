// An event word glued to a stance prefix ("anti-émeute", "anti-war") names a stance or a unit, not an event;
// a label put on an event told before ("ces actes ont été qualifiés de « massacre »") points back at it.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr'): Event[] => [...extractor.extract({ id: 'l', text, date: '2022-05-30', lang }).events];

describe('stance prefixes', () => {
  it('reads no riot in a riot-police unit and no massacre in an anti-massacre movement', () => {
    expect(run("À Lille, l'unité anti-émeute est restée en réserve toute la journée.")).toEqual([]);
    expect(run('Un collectif anti-massacre a été fondé à Lima par des étudiants.').filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('a counter-offensive is still an offensive', () => {
    expect(run("L'armée a lancé une contre-offensive près de Kidal.").map((e) => e.type)).toEqual(['ASSAULT']);
    expect(run('The army launched a counter-offensive near Kharkiv.', 'en').map((e) => e.type)).toEqual(['ASSAULT']);
  });

    it('English: an anti-riot unit is no riot, a riot is', () => {
    expect(run('The anti-riot unit stayed in reserve in Leeds all day.', 'en')).toEqual([]);
    expect(run('A riot broke out in Leeds on Saturday.', 'en').map((e) => e.type)).toEqual(['PROTEST']);
  });
});

describe('labels put on an event told before', () => {
  it('merges "qualifiés de « massacre »" into the killing it names', () => {
    const text = 'Le 3 mai, une vingtaine de mineurs ont été tués par la police à Arequipa. Ces actes ont été qualifiés de « massacre » par la presse locale.';
    expect(run(text).filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });
});

describe('things removed are no abduction', () => {
  it('keeps people and vehicles taken, drops earth and rubbish removed', () => {
    expect(run('Des hommes armés ont enlevé le chef du village de Koro.').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(run('Des hommes armés enlèvent un véhicule de la mairie près de Gao.').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(run('Les sauveteurs ont enlevé le maximum de terre pour dégager la route.')).toEqual([]);
    expect(run("L'enlèvement des ordures a repris à Bangui.")).toEqual([]);
  });
});
