// Public surface of the knowledge module: the gazetteer and actor dictionary behind `Knowledge`.
export type * from './types.js';
export { loadKnowledge, readKnowledgeSources, knowledgeDataDir } from './load-knowledge.js';
export { createKnowledge, type KnowledgeSources, type KnowledgeStats, type VigieKnowledge } from './create-knowledge.js';
export type { CountryRecord, DataFile, StateRole } from './actor-data.js';
export type { LangData, PlaceHint, ActorPattern, PluralRule } from './lang-data.js';
export { KnowledgeDataError } from './errors.js';
export { nameKey, foldToken, tokenize } from './normalize.js';
export { isProminent } from './place-finder.js';
