// One ingestion run over documents already read: normalise, detect language, skip exact duplicates,
// link near-duplicates (stored, not extracted), extract, store; quarantine what fails, and go on.
import type { Event, InputDocument } from '../core/contract.js';
import { parsePartialDate } from '../core/types.js';
import type { Extractor } from '../extract/index.js';
import type { EventStore, NewDocument, SaveResult } from '../store/event-store.js';
import { contentHash, decodeFingerprint, encodeFingerprint, figures, fingerprintBands, minhash, NEAR_DUPLICATE_THRESHOLD, similarity } from './fingerprint.js';
import { detectLanguage } from './lang-detect.js';
import { normalizeText } from './normalize-text.js';
import { emptySummary, type IngestSummary } from './summary.js';
import { payloadOf, type ReadItem } from './types.js';
import { normalizeLang } from './readers/html.js';

export interface SessionOptions {
  /** Publication date for documents that have none ("YYYY-MM-DD", "YYYY-MM", "YYYY"). */
  readonly date?: string | undefined;
  /** Language of every document (overrides the source's and detection). */
  readonly lang?: string | undefined;
  /** Estimated Jaccard similarity from which a document is a near-duplicate (default 0.5). */
  readonly nearDuplicateThreshold?: number | undefined;
  /** Longest text accepted, in characters (default 10,000,000); longer ones are quarantined. */
  readonly maxChars?: number | undefined;
  /**
   * Documents stored per store transaction (default 1: each document is stored as soon as it is processed).
   * Above 1, documents wait in memory until the batch is full or flush() is called.
   */
  readonly batchSize?: number | undefined;
}

export const DEFAULT_MAX_CHARS = 10_000_000;

export interface IngestProgress {
  /** Documents (and unreadable files) processed so far. */
  readonly done: number;
  /** Best current estimate of the total (grows as files are read). */
  readonly total: number;
  readonly origin: string;
}

export interface SessionDeps {
  readonly store: EventStore;
  readonly extractor: Extractor;
  readonly options?: SessionOptions | undefined;
}

export interface IngestSession {
  readonly summary: IngestSummary;
  /** Loads what the run needs from the store (existing quarantine entries). Call once first. */
  open(): Promise<void>;
  process(item: ReadItem): Promise<void>;
  /** Releases quarantine entries of an origin that now reads (e.g. a whole file that failed before). */
  release(origin: string): Promise<void>;
  /** Stores the documents still waiting in the batch. Call once at the end (a no-op when the batch size is 1). */
  flush(): Promise<void>;
}

/** The contract document a stored one came from (the payload kept when it cannot be stored). */
function inputOf(d: NewDocument): InputDocument {
  return {
    id: d.id, text: d.text, date: d.date, lang: d.lang,
    ...(d.title !== null ? { title: d.title } : {}), ...(d.source !== null ? { source: d.source } : {}), ...(d.url !== null ? { url: d.url } : {}),
  };
}

/** A processed document waiting to be stored with the next batch. */
interface Pending {
  readonly origin: string;
  readonly doc: NewDocument;
  readonly events: readonly Event[];
  readonly near: { of: string; similarity: number } | null;
}

export function createSession(deps: SessionDeps): IngestSession {
  const { store, extractor } = deps;
  const opts = deps.options ?? {};
  const threshold = opts.nearDuplicateThreshold ?? NEAR_DUPLICATE_THRESHOLD;
  const summary = emptySummary();
  /** Quarantine entries already stored, by origin (re-ingesting the same bad file adds nothing). */
  const quarantined = new Map<string, { id: string; reason: string; earlier: boolean }[]>();

  async function quarantine(origin: string, reason: string, payload: string | null): Promise<void> {
    summary.quarantined++;
    const existing = quarantined.get(origin)?.find((q) => q.reason === reason);
    if (existing) {
      summary.quarantine.push({ origin, reason, id: existing.id });
      return;
    }
    const id = await store.addQuarantine({ origin, reason, payload });
    // the newest reason supersedes entries of earlier runs for the same origin
    const list = quarantined.get(origin) ?? [];
    // (the same origin and payload is the same entry: addQuarantine counted one more attempt on it)
    for (const old of list.filter((q) => q.earlier && q.id !== id)) await store.removeQuarantine(old.id);
    quarantined.set(origin, [...list.filter((q) => !q.earlier && q.id !== id), { id, reason, earlier: false }]);
    summary.quarantine.push({ origin, reason, id });
  }

  const batchSize = Math.max(1, Math.floor(opts.batchSize ?? 1));
  const pending: Pending[] = [];
  /** The waiting documents, by content hash and by id, and their fingerprint bands (duplicates among them). */
  const pendingByHash = new Map<string, Pending>();
  const pendingById = new Map<string, Pending>();
  const pendingBands = new Map<string, { id: string; fingerprint: string }[]>();
  /** Origins to release once the waiting documents are stored (never before: a crash must not lose an entry). */
  const deferredReleases: string[] = [];

  async function release(origin: string): Promise<void> {
    if (pending.length) deferredReleases.push(origin);
    else await releaseNow(origin);
  }

  /** A document from an origin that was quarantined by an earlier run has now gone through: release those entries. */
  async function releaseNow(origin: string): Promise<void> {
    const list = quarantined.get(origin);
    if (!list?.some((q) => q.earlier)) return;
    for (const q of list.filter((x) => x.earlier)) await store.removeQuarantine(q.id);
    const current = list.filter((x) => !x.earlier);
    if (current.length) quarantined.set(origin, current);
    else quarantined.delete(origin);
  }

  async function nearDuplicateOf(fp: string, text: string): Promise<{ of: string; similarity: number } | null> {
    const sig = decodeFingerprint(fp);
    if (!sig) return null;
    const bands = fingerprintBands(fp);
    const candidates = [...(await store.findByFingerprintBands(bands)), ...bands.flatMap((b) => pendingBands.get(b) ?? [])];
    let best: { id: string; similarity: number } | null = null;
    for (const c of candidates) {
      const other = decodeFingerprint(c.fingerprint);
      if (!other) continue;
      const s = similarity(sig, other);
      if (s >= threshold && (!best || s > best.similarity || (s === best.similarity && c.id < best.id))) best = { id: c.id, similarity: s };
    }
    if (!best) return null;
    const original = pendingById.get(best.id)?.doc ?? (await store.getDocument(best.id));
    // a copy that states a figure the original does not (an updated toll) is a new report: extract it
    if (original) {
      const known = figures(original.text);
      for (const f of figures(text)) if (!known.has(f)) return null;
    }
    // link to the first publication, not to another copy
    return { of: original?.nearDuplicateOf ?? best.id, similarity: best.similarity };
  }

  async function processDocument(origin: string, raw: ReadItem & { ok: true }): Promise<void> {
    const d = raw.doc;
    const text = normalizeText(d.text);
    if (!text.trim()) return quarantine(origin, `${origin}: empty text`, payloadOf(d.text));
    const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    if (text.length > maxChars) return quarantine(origin, `${origin}: text too long (${text.length} characters; the limit is ${maxChars})`, null);
    const dateValue = d.date ?? opts.date ?? null;
    const date = parsePartialDate(dateValue);
    if (dateValue && !date) return quarantine(origin, `${origin}: field date: "${dateValue}" is not YYYY-MM-DD, YYYY-MM or YYYY`, payloadOf(d.text));
    const hash = contentHash(text);
    if (pendingByHash.has(hash) || (await store.findByContentHash(hash))) {
      summary.duplicates++;
      return release(origin);
    }
    const sameId = pendingById.has(d.id) || (await store.getDocument(d.id));
    if (sameId) {
      return quarantine(origin, `${origin}: id "${d.id}" is already stored with a different text (ingest the new version under another id)`, payloadOf(d.text));
    }
    const lang = opts.lang ?? (d.lang ? normalizeLang(d.lang) : null) ?? detectLanguage(text);
    const sig = minhash(text);
    const fingerprint = sig ? encodeFingerprint(sig) : null;
    const near = fingerprint ? await nearDuplicateOf(fingerprint, text) : null;
    const title = d.title !== undefined ? normalizeText(d.title) : undefined;
    let events: readonly Event[] = [];
    if (!near) {
      const input: InputDocument = {
        id: d.id,
        text,
        date: date?.value ?? null,
        lang,
        ...(title !== undefined ? { title } : {}),
        ...(d.source !== undefined ? { source: d.source } : {}),
        ...(d.url !== undefined ? { url: d.url } : {}),
      };
      try {
        events = extractor.extract(input).events;
      } catch (e) {
        return quarantine(origin, `${origin}: extraction failed (${(e as Error).message})`, payloadOf(JSON.stringify(input)));
      }
    }
    const doc: NewDocument = {
      id: d.id,
      text,
      date: date?.value ?? null,
      datePrecision: date && date.precision !== 'week' ? date.precision : null,
      lang,
      title: title ?? null,
      source: d.source ?? null,
      url: d.url ?? null,
      origin,
      contentHash: hash,
      fingerprint,
      nearDuplicateOf: near?.of ?? null,
    };
    const p: Pending = { origin, doc, events, near };
    pending.push(p);
    pendingByHash.set(hash, p);
    pendingById.set(doc.id, p);
    if (fingerprint) {
      for (const b of new Set(fingerprintBands(fingerprint))) pendingBands.set(b, [...(pendingBands.get(b) ?? []), { id: doc.id, fingerprint }]);
    }
    deferredReleases.push(origin);
    if (pending.length >= batchSize) await flush();
  }

  function count(p: Pending, saved: SaveResult): void {
    if (saved.status === 'duplicate') {
      summary.duplicates++;
      return;
    }
    summary.stored++;
    summary.events += p.events.length;
    if (p.near) {
      summary.nearDuplicates++;
      summary.nearDuplicateLinks.push({ id: p.doc.id, of: p.near.of, similarity: p.near.similarity });
    }
  }

  /** Stores the waiting documents in one batch; when the batch fails, one by one, quarantining the ones that fail. */
  async function flush(): Promise<void> {
    const batch = pending.splice(0);
    pendingByHash.clear();
    pendingById.clear();
    pendingBands.clear();
    if (batch.length) {
      let results: readonly SaveResult[] | null = null;
      try {
        results = await store.saveDocuments(batch.map((p) => ({ doc: p.doc, events: p.events })));
      } catch {
        results = null; // one document of the batch failed: store them one by one below, to find it
      }
      if (results) {
        for (const [i, p] of batch.entries()) count(p, results[i] ?? { status: 'stored', id: p.doc.id, eventIds: [] });
      } else {
        for (const p of batch) {
          let saved: SaveResult;
          try {
            saved = await store.saveDocument(p.doc, p.events);
          } catch (e) {
            const reason = `${p.origin}: cannot store (${(e as Error).message})`;
            await quarantine(p.origin, reason, payloadOf(JSON.stringify(inputOf(p.doc))));
            continue;
          }
          count(p, saved);
        }
      }
    }
    for (const origin of deferredReleases.splice(0)) await releaseNow(origin);
  }
  return {
    summary,
    async open() {
      for (const q of await store.listQuarantine()) {
        const list = quarantined.get(q.origin) ?? [];
        list.push({ id: q.id, reason: q.reason, earlier: true });
        quarantined.set(q.origin, list);
      }
    },
    async process(item) {
      summary.read++;
      if (!item.ok) return quarantine(item.origin, item.reason, item.payload);
      return processDocument(item.origin, item);
    },
    release,
    flush,
  };
}
