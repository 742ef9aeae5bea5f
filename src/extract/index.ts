// The extractor's public surface: one document in, contract events out. Pure: no database, no network.
// Stages: segment → recognise (dates, numbers, places, actors) → events → attribution → resolve.
import type { InputDocument } from '../core/contract.js';
import type { ExtractionResult, TraceEntry } from '../core/types.js';
import { toVigieDocument } from '../ingest/normalize-document.js';
import { isSeedText, parseSeedText } from '../ingest/readers/seed.js';
import { loadKnowledge } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/types.js';
import { getLanguagePack, type LanguagePack } from '../lang/index.js';
import { runPipeline, type Recognisers } from './pipeline.js';
import { defaultRecognisers } from './recognisers.js';

export interface ExtractOptions {
  /** Record which rule of which stage produced each field (vigie extract --explain). */
  readonly explain?: boolean;
}

export interface Extractor {
  extract(input: InputDocument, opts?: ExtractOptions): ExtractionResult;
}

export interface ExtractorDeps {
  /** Defaults to the committed knowledge files, loaded once on first use. */
  readonly knowledge?: Knowledge;
  readonly recognisers?: Recognisers;
  readonly packFor?: (lang: string | null) => LanguagePack | undefined;
}

/** Texts longer than this are cut (the trace says so): extraction stays bounded in time and memory. */
export const MAX_TEXT_CHARS = 2_000_000;

export function createExtractor(deps: ExtractorDeps = {}): Extractor {
  let knowledge = deps.knowledge;
  const recognisers = deps.recognisers ?? defaultRecognisers;
  const packFor = deps.packFor ?? getLanguagePack;
  return {
    extract(input, opts = {}) {
      const document = toVigieDocument(input);
      const notes: TraceEntry[] = [];
      const pack = packFor(document.lang);
      if (!pack) {
        notes.push({ stage: 'language', rule: 'no-pack', detail: document.lang ? `no language pack for "${document.lang}"` : 'language not recognised' });
        return { document, events: [], trace: notes };
      }
      if (!document.text.trim()) return { document, events: [], trace: [{ stage: 'input', rule: 'empty-text' }] };
      const from = isSeedText(document.text) ? parseSeedText(document.text).ledeStart : 0;
      let doc = document;
      if (document.text.length > MAX_TEXT_CHARS) {
        doc = { ...document, text: document.text.slice(0, MAX_TEXT_CHARS) };
        notes.push({ stage: 'input', rule: 'truncated', detail: `text cut at ${MAX_TEXT_CHARS} of ${document.text.length} characters` });
      }
      knowledge ??= loadKnowledge();
      const { events, trace } = runPipeline({ doc, from, pack, knowledge, recognise: recognisers, explain: opts.explain ?? false });
      return { document, events, ...(opts.explain ? { trace: [...notes, ...trace] } : notes.length ? { trace: notes } : {}) };
    },
  };
}
