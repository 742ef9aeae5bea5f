// What readers produce: documents read from a source, or the reason one could not be read.

/** A document as a reader found it, before normalisation (text may still hold typographic characters). */
export interface RawDocument {
  readonly id: string;
  readonly text: string;
  readonly date?: string | null;
  readonly lang?: string | null;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
}

export interface ReadDocument {
  readonly ok: true;
  /** Where it came from: "dir/file.jsonl:12", "feed.xml#3", "stdin"… */
  readonly origin: string;
  readonly doc: RawDocument;
}

export interface ReadFailure {
  readonly ok: false;
  readonly origin: string;
  /** What is wrong, naming the line and field when known. */
  readonly reason: string;
  /** The raw content when small enough to keep (for `vigie quarantine show/retry`). */
  readonly payload: string | null;
}

export type ReadItem = ReadDocument | ReadFailure;

/** Maps contract fields (id, text, date, lang, title, source, url) to the names a source uses. */
export type FieldMap = Readonly<Partial<Record<DocField, string>>>;
export const DOC_FIELDS = ['id', 'text', 'date', 'lang', 'title', 'source', 'url'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

export const FORMATS = ['seed', 'txt', 'html', 'json', 'jsonl', 'csv', 'feed'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReaderOptions {
  readonly fieldMap?: FieldMap;
  readonly csvDelimiter?: string;
}

/** What a reader is given: the bytes of one file and how to name what it finds. */
export interface ReaderInput {
  readonly bytes: Uint8Array;
  /** Origin prefix for items ("examples/a.jsonl"). */
  readonly origin: string;
  /** Default document id (path relative to the ingest root). */
  readonly id: string;
  /** The file's base name (without .gz), for dates in file names. */
  readonly name: string;
  readonly options: ReaderOptions;
}

export type Reader = (input: ReaderInput) => ReadItem[];

/** Largest payload kept with a quarantined item. */
export const MAX_PAYLOAD = 64 * 1024;

export function payloadOf(text: string): string | null {
  return text.length <= MAX_PAYLOAD ? text : null;
}
