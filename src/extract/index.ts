// The extractor's public surface: one document in, contract events out. Pure: no database, no network.
// Stages: segment → recognise (dates, numbers, places, actors) → events → attribution → resolve.
import type { InputDocument } from '../core/contract.js';
import type { ExtractionResult } from '../core/types.js';
import { toVigieDocument } from '../ingest/normalize-document.js';

export interface ExtractOptions {
  /** Record which rule of which stage produced each field (vigie extract --explain). */
  readonly explain?: boolean;
}

export interface Extractor {
  extract(input: InputDocument, opts?: ExtractOptions): ExtractionResult;
}

export function createExtractor(): Extractor {
  return {
    extract(input) {
      const document = toVigieDocument(input);
      return { document, events: [] };
    },
  };
}
