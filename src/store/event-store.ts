// The one storage interface. SQLite (src/store/sqlite) and PostgreSQL (src/store/postgres) implement it,
// and test/contracts/store.contract.ts runs the same suite against both.
import type { CountKind, Event, Evidence } from '../core/contract.js';

/** A document as stored (the text is kept exactly as extracted, so evidence offsets stay valid). */
export interface StoredDocument {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;            // "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
  readonly datePrecision: 'day' | 'month' | 'year' | null;
  readonly lang: string | null;
  readonly title: string | null;
  readonly source: string | null;          // outlet
  readonly url: string | null;
  readonly origin: string | null;          // file path, feed URL, "stdin"…
  readonly contentHash: string;            // sha256 of the normalised text (exact duplicates)
  readonly fingerprint: string | null;     // near-duplicate fingerprint (e.g. SimHash hex)
  readonly nearDuplicateOf: string | null; // id of the original when this is a republished copy
  readonly ingestedAt: string;             // ISO timestamp
}

export type NewDocument = Omit<StoredDocument, 'ingestedAt'>;

/** One event as found in one document. */
export interface EventMention {
  readonly id: string;          // deterministic: from document id + index
  readonly documentId: string;
  readonly eventId: string;     // the merged event it belongs to
  readonly event: Event;
}

/** A figure claimed by someone about an event (claims ledger). */
export interface Claim {
  readonly id: string;
  readonly eventId: string;
  readonly mentionId: string;
  readonly documentId: string;
  readonly kind: CountKind;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string;
  readonly claimant: string | null;   // attribution name; null = the outlet itself
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly evidence: Evidence | null;
}

/** low / best / high for one kind of figure, derived from the claims (rule documented in README). */
export interface Figure {
  readonly low: number;
  readonly best: number;
  readonly high: number;
  readonly contested: boolean;
  readonly claims: number;
}

/** One real event: the merge of its mentions across documents. */
export interface StoredEvent {
  readonly id: string;
  readonly event: Event;              // the merged representative event
  readonly mentionCount: number;
  readonly sourceCount: number;       // distinct outlets (or documents when outlets are unknown)
  readonly documentIds: readonly string[];
  readonly figures: Partial<Record<CountKind, Figure>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface EventDetail extends StoredEvent {
  readonly mentions: readonly EventMention[];
  readonly claims: readonly Claim[];
}

export interface EventQuery {
  readonly type?: string;
  readonly context?: string;
  readonly country?: string;
  readonly actor?: string;       // actor id or name substring
  readonly place?: string;       // place name substring
  readonly bbox?: readonly [number, number, number, number]; // minLon, minLat, maxLon, maxLat
  readonly since?: string;       // YYYY-MM-DD inclusive
  readonly until?: string;       // YYYY-MM-DD inclusive
  readonly modality?: string;
  readonly text?: string;        // full-text search over evidence and document text
  readonly minSources?: number;
  readonly documentId?: string;
  readonly sort?: 'date' | '-date' | 'sources' | '-sources';
  readonly limit?: number;       // page size (bounded by the store)
  readonly cursor?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
  /** Matches over all pages; exact unless totalIsLowerBound. */
  readonly total: number;
  /** True when `total` only says "at least this many" (a text search matching more than the count cap). */
  readonly totalIsLowerBound?: boolean;
}

export interface QuarantineEntry {
  readonly id: string;
  readonly origin: string;       // file path (+ line) or URL
  readonly reason: string;
  readonly payload: string | null; // raw content when small enough to keep
  readonly attempts: number;
  readonly createdAt: string;
}

/** One line of the merge changelog (a feed clients can sync from, in seq order). */
export interface ChangeEntry {
  readonly seq: number;
  readonly at: string;
  readonly kind: 'create' | 'merge' | 'unmerge' | 'update';
  readonly eventId: string;
  readonly mentionId: string | null;
  readonly otherEventId: string | null;
  readonly score: number | null;
  readonly reason: string;
}

/** Counts per time bucket (and group), for the timeline and the aggregates endpoint. */
export interface AggregateRow {
  readonly bucket: string;          // YYYY-MM-DD (day) or the Monday of the ISO week
  readonly group: string | null;    // event type or country, when grouped
  readonly events: number;
  readonly killedLow: number;
  readonly killedBest: number;
  readonly killedHigh: number;
  readonly injuredBest: number;
}

export interface SaveResult {
  readonly status: 'stored' | 'duplicate';
  readonly id: string;
  readonly eventIds: readonly string[];
}

/** One document of a batch save with the events extracted from it. */
export interface DocumentBatchItem {
  readonly doc: NewDocument;
  readonly events: readonly Event[];
}

/** Most documents stored in one transaction by saveDocuments. */
export const SAVE_CHUNK_SIZE = 64;

export interface EventStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations; returns the schema version. */
  migrate(): Promise<number>;
  close(): Promise<void>;

  /** Stores a document and its event mentions in one transaction; a no-op when its id or content hash exists. */
  saveDocument(doc: NewDocument, events: readonly Event[]): Promise<SaveResult>;
  /**
   * Stores many documents, in order, one transaction per chunk (at most SAVE_CHUNK_SIZE documents):
   * a chunk is stored whole or not at all. Same rules and results as saveDocument, one per input.
   */
  saveDocuments(batch: readonly DocumentBatchItem[]): Promise<SaveResult[]>;
  findByContentHash(hash: string): Promise<string | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(q: { limit?: number; cursor?: string | null }): Promise<Page<StoredDocument>>;
  /** Documents whose fingerprint shares a band with one of these (near-duplicate candidates). */
  findByFingerprintBands(bands: readonly string[]): Promise<readonly { id: string; fingerprint: string }[]>;

  listEvents(q: EventQuery): Promise<Page<StoredEvent>>;
  getEvent(id: string): Promise<EventDetail | null>;
  mentionsForDocument(documentId: string): Promise<readonly EventMention[]>;
  aggregate(q: EventQuery, by: { interval: 'day' | 'week'; group: 'type' | 'country' | null }): Promise<readonly AggregateRow[]>;

  /** Detaches a mention from its event into a new event of its own; logged in the changelog. Returns the new event id. */
  unmergeMention(mentionId: string, reason: string): Promise<string>;
  listChanges(q: { after?: number; limit?: number }): Promise<readonly ChangeEntry[]>;

  addQuarantine(entry: Omit<QuarantineEntry, 'id' | 'createdAt' | 'attempts'>): Promise<string>;
  listQuarantine(): Promise<readonly QuarantineEntry[]>;
  getQuarantine(id: string): Promise<QuarantineEntry | null>;
  removeQuarantine(id: string): Promise<void>;
  /** Records one more failed attempt of an entry (attempts + 1, the latest reason); null when the id is unknown. */
  recordQuarantineAttempt(id: string, reason: string): Promise<QuarantineEntry | null>;

  counts(): Promise<{ documents: number; events: number; mentions: number; quarantined: number }>;
}
