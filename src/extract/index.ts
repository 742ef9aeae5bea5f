// The extractor's public surface: one document in, contract events out. Pure: no database, no network.
// Stages: segment → recognise (dates, numbers, places, actors) → events → attribution → resolve.
import type { InputDocument } from '../core/contract.js';
import type { ExtractionResult, TraceEntry } from '../core/types.js';
import { detectLanguage } from '../ingest/lang-detect.js';
import { toVigieDocument } from '../ingest/normalize-document.js';
import { isSeedText, parseSeedText } from '../ingest/readers/seed.js';
import { loadKnowledge } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/types.js';
import { getLanguagePack, LANGUAGE_PACKS, type LanguagePack } from '../lang/index.js';
import { joinReadings } from './language/join-events.js';
import { blankOthers, mixedLayout } from './language/mixed.js';
import { respanEvent } from './language/respan.js';
import { runPipeline, type Recognisers } from './pipeline.js';
import { defaultRecognisers } from './recognisers.js';
import { nativeRegexps } from './native-regexps.js';

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
  /**
   * Packs tried, in order, when the document's own pack finds nothing or it has none; also the packs whose parts a
   * mixed-language document is read in (src/extract/language).
   */
  readonly fallbackPacks?: readonly LanguagePack[];
}

/** Texts longer than this are cut (the trace says so): extraction stays bounded in time and memory. */
export const MAX_TEXT_CHARS = 1_000_000;

/**
 * Toponyms do not depend on the language: found once per text even when several packs are tried. Every other
 * member of the knowledge (its own enumerable members: knowledge objects are plain objects) passes through as it is.
 */
function rememberPlaces(k: Knowledge): Knowledge {
  let lastText: string | null = null;
  let last: ReturnType<Knowledge['findPlaces']> = [];
  return {
    ...k,
    findPlaces(text) {
      if (text !== lastText) {
        last = k.findPlaces(text);
        lastText = text;
      }
      return last;
    },
  };
}

export function createExtractor(deps: ExtractorDeps = {}): Extractor {
  // Regexes compiled to machine code for both string representations (native-regexps.ts: ~35 % faster on a mixed stream).
  nativeRegexps();
  let knowledge = deps.knowledge ? rememberPlaces(deps.knowledge) : undefined;
  const recognisers = deps.recognisers ?? defaultRecognisers;
  const packFor = deps.packFor ?? getLanguagePack;
  const fallbacks = deps.fallbackPacks ?? LANGUAGE_PACKS;
  return {
    extract(input, opts = {}) {
      const document = toVigieDocument(input);
      const notes: TraceEntry[] = [];
      if (!document.text.trim()) return { document, events: [], trace: [{ stage: 'input', rule: 'empty-text', detail: 'the document has no text' }] };
      const pack = packFor(document.lang);
      if (!pack) notes.push({ stage: 'language', rule: 'no-pack', detail: document.lang ? `no language pack for "${document.lang}"; trying ${fallbacks.map((p) => p.code).join(', ')}` : 'language not recognised' });
      const from = isSeedText(document.text) ? parseSeedText(document.text).ledeStart : 0;
      let doc = document;
      if (document.text.length > MAX_TEXT_CHARS) {
        doc = { ...document, text: document.text.slice(0, MAX_TEXT_CHARS) };
        notes.push({ stage: 'input', rule: 'truncated', detail: `text cut at ${MAX_TEXT_CHARS} of ${document.text.length} characters` });
      }
      knowledge ??= rememberPlaces(loadKnowledge());
      const explain = opts.explain ?? false;
      // Parts in another language than the document's (an English headline among French ones) are read with their
      // own language's pack, each reading blanking the others' parts; a document in one language skips this.
      const layout = pack ? mixedLayout(doc.text, from, pack, fallbacks) : null;
      if (layout) {
        const k = knowledge;
        const original = doc.text;
        // Toponyms are no words of a language: each reading sees the places named anywhere in the document, as a reading
        // of the whole text would (the article's main place, a headline's place in another language). Actors are read in
        // the reading's own parts: their names come with words ("l'armée malienne", "Malian troops").
        const named: Knowledge = { ...k, findPlaces: () => k.findPlaces(original) };
        const readings = layout.packs.map((p) => {
          const text = blankOthers(doc.text, layout, p);
          const run = runPipeline({ doc: { ...doc, text }, from, pack: p, knowledge: named, recognise: recognisers, explain });
          return { events: run.events.map((e) => respanEvent(e, text, doc.text)), trace: run.trace };
        });
        const events = joinReadings(readings.map((r) => r.events));
        if (events.length) {
          notes.push({ stage: 'language', rule: 'mixed-languages', detail: `parts read with the ${layout.packs.map((p) => `"${p.code}"`).join(', ')} packs` });
          const trace = readings.flatMap((r) => r.trace);
          return { document, events, ...(explain ? { trace: [...notes, ...trace] } : { trace: notes }) };
        }
      }
      const order = [...(pack ? [pack] : []), ...fallbacks.filter((p) => p !== pack)];
      let out: ReturnType<typeof runPipeline> = { events: [], trace: [], cancelled: 0 };
      for (const p of order) {
        out = runPipeline({ doc, from, pack: p, knowledge, recognise: recognisers, explain });
        // The document's own pack has the last word when it set events aside in context (an accident), or
        // when the text is in the language the input declared (another pack would misread its words).
        if (p === pack && !out.events.length && (out.cancelled > 0 || (input.lang && detectLanguage(doc.text) === pack.code))) break;
        if (out.events.length) {
          if (p !== pack) notes.push({ stage: 'language', rule: 'fallback-pack', detail: `events found with the "${p.code}" pack` });
          break;
        }
      }
      const { events, trace } = out;
      return { document, events, ...(explain ? { trace: [...notes, ...trace] } : notes.length ? { trace: notes } : {}) };
    },
  };
}
