// The dead and wounded of a sentence that tells a gathering and the force used on it belong to the force
// (the casualty type), even when the gathering's word is nearer the figure.
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';

const extractor = createExtractor();
const run = (text: string, lang = 'fr'): Event[] => [...extractor.extract({ id: 'f', text, date: '2020-02-14', lang }).events];

describe('casualties of force used on a crowd', () => {
  it('puts the wounded on the repression, not on the march', () => {
    const events = run('À Conakry, les gendarmes ont violemment réprimé les manifestants et plusieurs personnes ont été blessées.');
    const hurt = events.filter((e) => e.counts.injured);
    expect(hurt).toHaveLength(1);
    expect(hurt[0]?.counts.injured?.value).toBe(2);
    expect(hurt[0]?.mode).not.toBe('demo-org');
  });

  it('reads force on a crowd told in the passive', () => {
    expect(run('Les grévistes ont été durement réprimés par la gendarmerie à Abidjan.').some((e) => e.type === 'ASSAULT' || e.mode === 'riot-spon')).toBe(true);
  });

  it('does not read the repression of an offence as force', () => {
    expect(run('Le gouvernement veut réprimer plus sévèrement la fraude fiscale.')).toEqual([]);
  });

  it('English: the dead go to the assault on the protesters', () => {
    const events = run('Five dead as police launch assault on protesters in the capital', 'en');
    const dead = events.find((e) => e.counts.killed?.value === 5);
    // The assault, or the riot it makes of the protest beside it; never the peaceful protest.
    expect(dead).toBeDefined();
    expect(dead?.mode).not.toBe('demo-org');
  });
});
