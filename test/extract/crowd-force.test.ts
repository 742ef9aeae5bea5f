// Force told beside a demonstration (second round of issue #5): clashes between the police and the
// demonstrators, the police firing on the crowd, are the demonstration turned riot (ACLED: Riots), not a
// battle; tear gas is no bomb; an army or an armed group in the telling keeps it a fight of its own.
// Runs over the committed knowledge files (data/), dates pinned.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, date = '2022-05-10'): Event[] => [...extractor.extract({ id: 'crowd', text, date, lang: 'fr' }).events];
const types = (text: string) => run(text).map((e) => e.type).sort();

describe('force beside a demonstration', () => {
  it('codes a clash between the police and the demonstrators as a riot', () => {
    const text = 'Une manifestation des étudiants a eu lieu à Paris. Ils sont descendus dans les rues avec des pancartes. Un affrontement entre la police et les manifestants a ensuite eu lieu.';
    const events = run(text);
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(events.some((e) => e.type === 'PROTEST' && e.acled?.event_type === 'Riots' && e.mode === 'riot-spon')).toBe(true);
  });

  it('codes the police firing on the crowd after a march as the march turned violent', () => {
    const text = 'Des milliers de manifestants ont défilé à Bamako samedi. La police a ouvert le feu sur les manifestants devant le palais.';
    expect(types(text)).not.toContain('ASSAULT');
  });

  it('keeps an attack by an armed group told beside a demonstration an attack', () => {
    const text = 'Des milliers de manifestants ont défilé à Bamako samedi. Des hommes armés ont attaqué un poste de police à Gao.';
    expect(types(text)).toContain('ASSAULT');
  });

  it('keeps a clash between the police and the demonstrators an attack when no demonstration is told nearby', () => {
    const text = 'Un affrontement entre la police et des bandits a eu lieu à Gao.';
    expect(types(text)).toContain('ASSAULT');
  });
});

describe('tear gas is no bomb', () => {
  it('does not read "bombes lacrymogènes" as an explosive attack', () => {
    const events = run('Les policiers ont lancé des bombes lacrymogènes pour disperser la foule à Bamako.');
    expect(events.filter((e) => e.acled?.event_type === 'Explosions/Remote violence')).toEqual([]);
    expect(run('Une bombe a explosé au marché de Gao.').some((e) => e.acled?.event_type === 'Explosions/Remote violence')).toBe(true);
  });
});
