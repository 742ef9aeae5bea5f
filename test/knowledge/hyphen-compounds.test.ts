// A capitalised compound joined by hyphens names one place ("Kamenka-Dniprovska" = Kamyanka-Dniprovska), not the town
// its first part spells; a compound the gazetteer does not know keeps its known part ("l'axe Bangassou-Nzako"), and
// words that are no place alone do not make one together ("au Sud-Ouest de Gao"). Over the committed knowledge (data/);
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';

const k = loadKnowledge();
const found = (text: string) => k.findPlaces(text).map((m) => ({ text: m.text, names: [...new Set(m.candidates.map((c) => c.name))] }));

describe('hyphenated compound names', () => {
  it('read as one place under another spelling of the same country', () => {
    const [m] = found('Shelling hit Kamenka-Dniprovska overnight, officials said.');
    expect(m?.text).toBe('Kamenka-Dniprovska');
    expect(m?.names).toEqual(['Kamyanka-Dniprovska']);
  });

  it('keep the known part when the whole is unknown', () => {
    expect(found("Les convois évitent l'axe Bangassou-Nzako depuis lundi.").map((m) => m.text)).toContain('Bangassou');
  });

  it('do not make a place of words that are none alone', () => {
    expect(found('Une patrouille a été visée vers Hombori (200 km au Sud-Ouest de Gao).').map((m) => m.text)).toEqual(['Hombori', 'Gao']);
  });
});
