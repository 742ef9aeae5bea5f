// Loads what the extractor loads lazily (lexicons, gazetteer) before a benchmark's clock starts,
// as a long-running worker would already have.
import { createExtractor, type Extractor } from '../src/extract/index.js';

export function warmExtractor(): Extractor {
  const extractor = createExtractor();
  const samples = [
    ['fr', "Le 2 mai 2023, une attaque a fait 3 morts à Gao, selon l'armée."],
    ['en', 'On 2 May 2023 an attack killed 3 people in Kyiv, police said.'],
  ] as const;
  for (const [lang, text] of samples) extractor.extract({ id: `warm-${lang}`, text, date: '2023-05-03', lang });
  return extractor;
}
