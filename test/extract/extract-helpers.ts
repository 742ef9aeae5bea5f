// Builds an extractor over the knowledge double, and runs one text through it with a pinned date.
import type { Event } from '../../src/core/contract.js';
import { createExtractor } from '../../src/extract/index.js';
import { knowledgeDouble, type ActorRow, type PlaceRow } from './knowledge-double.js';

export function extractWith(places: readonly PlaceRow[] = [], actors: readonly ActorRow[] = []) {
  const extractor = createExtractor({ knowledge: knowledgeDouble(places, actors) });
  return (text: string, date: string | null = '2023-09-22', lang: string | null = 'fr'): Event[] =>
    [...extractor.extract({ id: 't', text, date, lang }).events];
}
