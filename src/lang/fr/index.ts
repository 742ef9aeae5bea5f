// The French language pack: every table the extractor reads, checked against LanguagePack.
import type { LanguagePack } from '../pack.js';
import { counts } from './counts.js';
import { functionWords } from './function-words.js';
import { attribution, clauses, contexts, coref, actors, modality, places } from './cues.js';
import { dateLexicon } from './dates.js';
import { numberLexicon } from './numbers.js';
import { segmentLexicon } from './segment.js';
import { triggers } from './triggers/index.js';

export default {
  code: 'fr',
  name: 'français',
  segment: segmentLexicon,
  dates: dateLexicon,
  numbers: numberLexicon,
  triggers,
  attribution,
  modality,
  contexts,
  counts,
  places,
  actors,
  coref,
  clauses,
  functionWords,
} satisfies LanguagePack;
