// A described actor ("rebels", "civils", "troops") takes the nationality written beside it, and a state's force when
// the data says the described actor is one (state=MIL); one right beside a named actor of its kind is that actor.
// Unit tests over a lookup double, then over the committed knowledge files (data/). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { withNationality, type NationalityLookup } from '../../src/knowledge/actor-nationality.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import type { ActorEntry, ActorMatch } from '../../src/knowledge/types.js';

const REBELS: ActorEntry = { id: 'GEN-REBELS', name: 'Rebels', country: null, kind: 'rebel_group' };
const TROOPS: ActorEntry = { id: 'GEN-SOLDIERS', name: 'Soldiers', country: null, kind: 'military' };
const NDL_MIL: ActorEntry = { id: 'NDL-MIL', name: 'Military forces of Nodland', country: 'NDL', kind: 'military' };
const look: NationalityLookup = {
  demonym: (key) => ({ nodlandish: 'NDL', nodlandais: 'NDL' })[key] ?? null,
  countryName: (key) => ({ ndr: 'NDL' })[key] ?? null,
  stateActor: (generic, iso3) => (generic.id === 'GEN-SOLDIERS' && iso3 === 'NDL' ? NDL_MIL : null),
};
const hit = (text: string, words: string, actor: ActorEntry): ActorMatch => {
  const start = text.indexOf(words);
  return { span: { start, end: start + words.length }, text: words, actor, metonym: false };
};

describe('withNationality', () => {
  it('gives a described actor the country of the adjective before it, and its words', () => {
    const text = 'Nodlandish rebels attacked the town.';
    const [m] = withNationality(text, [hit(text, 'rebels', REBELS)], look);
    expect(m?.actor.country).toBe('NDL');
    expect(m?.actor.id).toBe('GEN-REBELS');
    expect(m?.text).toBe('Nodlandish rebels');
  });

  it('reads a lower-case adjective after the noun, plural or not', () => {
    const text = 'Des rebelles nodlandais ont attaqué la ville.';
    expect(withNationality(text, [hit(text, 'rebelles', REBELS)], look)[0]?.actor.country).toBe('NDL');
  });

  it('makes described soldiers of a named country that state\'s force, by a short name too', () => {
    const text = 'NDR troops clashed with rebels.';
    const [m] = withNationality(text, [hit(text, 'troops', TROOPS), hit(text, 'rebels', REBELS)], look);
    expect(m?.actor.id).toBe('NDL-MIL');
    expect(m?.text).toBe('NDR troops');
  });

  it('leaves an actor alone across a comma, before a capitalised word after it, or with no nationality', () => {
    for (const text of ['Nodlandish, rebels attacked.', 'The rebels Nodlandais attacked.', 'Armed rebels attacked.']) {
      expect(withNationality(text, [hit(text, 'rebels', REBELS)], look)[0]?.actor.country).toBeNull();
    }
  });
});

describe('over the committed knowledge', () => {
  const k = loadKnowledge();
  const find = (text: string, lang: string) => k.findActors(text, lang, '2024-05-02').map((m) => ({ id: m.actor.id, country: m.actor.country, text: m.text }));

  it('reads "CAR troops" and "Mali soldiers" as the armed forces of those states, with one actor for the words', () => {
    expect(find('At least 11 killed as CAR troops clash with rebels', 'en')).toContainEqual({ id: 'CAF-MIL', country: 'CAF', text: 'CAR troops' });
    const mali = find('Mali soldiers killed in an ambush near Gao', 'en');
    expect(mali).toContainEqual({ id: 'MLI-MIL', country: 'MLI', text: 'Mali soldiers' });
    expect(mali.some((m) => m.id === 'MLI-GOV')).toBe(false);
  });

  it('gives rebels and civilians the nationality the words give them', () => {
    expect(find('African Union troops kill eight Ugandan rebels', 'en')).toContainEqual({ id: 'GEN-REBELS', country: 'UGA', text: 'Ugandan rebels' });
    expect(find('Des rebelles centrafricains ont tué trois civils maliens.', 'fr')).toEqual(expect.arrayContaining([
      { id: 'GEN-REBELS', country: 'CAF', text: 'rebelles centrafricains' },
      { id: 'GEN-CIVILIANS', country: 'MLI', text: 'civils maliens' },
    ]));
  });

  it('reads "les soldats FACA" as one actor, the armed forces it names', () => {
    const found = find('Les soldats FACA ont repoussé une attaque.', 'fr');
    expect(found).toContainEqual({ id: 'CAF-MIL', country: 'CAF', text: 'soldats FACA' });
    expect(found.some((m) => m.id === 'GEN-SOLDIERS')).toBe(false);
  });
});
