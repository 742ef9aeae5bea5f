// Round 5 extraction rules: a precise toll refines a vague one told before it; a toll followed by the event it
// happened in goes to that event; who reports an event is not made its target. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Count, Event } from '../../src/core/contract.js';
import { isVague, markVague, refines } from '../../src/extract/counts/refine.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr'): Event[] => [...extractor.extract({ id: 'r5', text, date: '2024-03-12', lang }).events];
const count = (value: number, qualifier: Count['qualifier'], high: number | null = qualifier === 'exact' ? value : null): Count => ({ value, low: value, high, qualifier });

describe('a precise toll refines a vague one', () => {
  it('is refined only when the first figure came from an approximation word alone', () => {
    expect(refines(markVague(count(2, 'at_least')), count(15, 'exact'))).toBe(true);
    expect(refines(count(24, 'at_least'), count(50, 'exact'))).toBe(false);
    expect(refines(markVague(count(10, 'about')), count(12, 'exact'))).toBe(true);
    expect(refines(markVague(count(10, 'about')), count(40, 'exact'))).toBe(false);
    expect(refines(markVague(count(2, 'at_least')), markVague(count(20, 'at_least')))).toBe(false);
    expect(isVague(count(3, 'exact'))).toBe(false);
  });

  it('tells one attack with the figure told later, not two attacks', () => {
    const events = run("Des hommes armés ont attaqué un marché près de Mopti, faisant plusieurs morts. Selon la gendarmerie, onze personnes ont été tuées.");
    const assaults = events.filter((e) => e.type === 'ASSAULT');
    expect(assaults).toHaveLength(1);
    expect(assaults[0]?.counts.killed).toMatchObject({ value: 11, qualifier: 'exact' });
  });

  it('replaces a vague toll in the same telling by the figure that follows it', () => {
    const events = run("L'embuscade a fait plusieurs morts parmi les soldats : le bilan fait état de 9 morts et de 4 blessés.");
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    const assault = events.find((e) => e.type === 'ASSAULT');
    expect(assault?.counts.killed?.value).toBe(9);
    expect(assault?.counts.injured?.value).toBe(4);
  });

  it('reads "plusieurs victimes" after a toll verb as a vague toll that a later figure refines', () => {
    expect(run("L'attaque du convoi a fait plusieurs victimes près de Gao.").find((e) => e.type === 'ASSAULT')?.counts.killed).toMatchObject({ value: 2, qualifier: 'at_least' });
    const events = run("L'attaque du convoi a fait plusieurs victimes près de Gao. Le bilan officiel fait état de 15 morts.");
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.counts.killed?.value)).toEqual([15]);
  });

  it('keeps two stated tolls from two sources as two claims', () => {
    const events = run("Au moins 24 morts dans l'attaque de Gao, selon la mairie ; 50 morts dans l'attaque de Gao, selon un élu.");
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.counts.killed?.value).sort()).toEqual([24, 50]);
  });

  it('takes the floor when a smaller figure is a part of it', () => {
    const events = run("Au moins cinq villageois ont été tués lors de l'attaque du village de Dioura.");
    expect(events.find((e) => e.type === 'ASSAULT')?.counts.killed).toMatchObject({ value: 5, qualifier: 'at_least' });
  });
});

describe('a toll goes to the event it happened in', () => {
  it('puts the dead of an arrest on the arrest, not on the riots it set off', () => {
    const events = run("La mort de deux adolescents au cours d'une arrestation a provoqué des émeutes à Dakar dans la nuit.");
    const arrest = events.find((e) => e.type === 'COERCE');
    expect(arrest?.counts.killed?.value).toBe(2);
    const riot = events.find((e) => e.type === 'PROTEST');
    expect(riot?.counts.killed).toBeUndefined();
    // The field evidence of the toll points to the words it was read from.
    expect(arrest?.fieldEvidence?.some((f) => f.field === 'counts.killed')).toBe(true);
  });

  it('does so in English too', () => {
    const events = run('Riots broke out in Lyon after the deaths of two teenagers during an arrest by the police.', 'en');
    expect(events.find((e) => e.type === 'COERCE')?.counts.killed?.value).toBe(2);
    expect(events.find((e) => e.type === 'PROTEST')?.counts.killed).toBeUndefined();
  });

  it('leaves the dead to the killing or the force the sentence tells, not to the gathering they died at', () => {
    const events = run("Trois manifestants ont été tués par balle lors de la marche de l'opposition à Conakry.");
    expect(events.find((e) => e.type === 'ASSAULT')?.counts.killed?.value).toBe(3);
    expect(events.find((e) => e.type === 'PROTEST')?.counts.killed).toBeUndefined();
  });

  it('leaves a toll to the nearest event when no during-words tie it to another', () => {
    const events = run("Les affrontements ont fait trois morts après l'arrestation d'un chef de village à Kidal.");
    expect(events.find((e) => e.type === 'ASSAULT')?.counts.killed?.value).toBe(3);
    expect(events.find((e) => e.type === 'COERCE')?.counts.killed).toBeUndefined();
  });
});

describe('a speaker named after the claim, with a few words of time', () => {
  it('attributes the event told before ", the army said on Monday"', () => {
    const events = run('Rebels killed 12 people in a village raid near Bria, the army said on Monday.', 'en');
    expect(events.find((e) => e.type === 'ASSAULT')?.attribution?.name).toBe('army');
    const fr = run("Des hommes armés ont tué 12 villageois près de Bambari, l'armée a indiqué lundi.");
    expect(fr.find((e) => e.type === 'ASSAULT')?.attribution?.name).toBe('armée');
  });

  it('still attributes what follows when the speaker opens the claim', () => {
    const events = run('In Bria, the army said on Monday that rebels killed 5 people.', 'en');
    expect(events.find((e) => e.type === 'ASSAULT')?.attribution?.name).toBe('army');
  });
});

describe('who reports an event is not its target', () => {
  it('does not make a government that gives the toll the target of the fighting', () => {
    const events = run('The Malian government said on Sunday that 40 people had been killed in the fighting for Kidal.', 'en');
    const assault = events.find((e) => e.type === 'ASSAULT');
    expect(assault?.attribution?.name).toMatch(/government/i);
    expect(assault?.actors.filter((a) => a.role === 'target' && a.country === 'MLI')).toEqual([]);
  });

  it('keeps a speaker counted among the victims', () => {
    const events = run('One Malian soldier reported killed in an ambush near Gao', 'en');
    const assault = events.find((e) => e.type === 'ASSAULT');
    expect(assault?.actors.some((a) => a.role === 'target' && a.country === 'MLI')).toBe(true);
  });
});
