// Which reader reads what: by file extension (".gz" looked through), else by sniffing the content.
import { gunzipSync } from 'node:zlib';
import { readCsv } from './readers/csv.js';
import { looksLikeFeed, readFeed } from './readers/feed.js';
import { readHtml } from './readers/html.js';
import { readJson } from './readers/json.js';
import { readJsonl } from './readers/jsonl.js';
import { readText } from './readers/text.js';
import type { Format, ReadItem, Reader, ReaderOptions } from './types.js';

export const READERS: Readonly<Record<Format, Reader>> = {
  seed: readText,
  txt: readText,
  html: readHtml,
  json: readJson,
  jsonl: readJsonl,
  csv: readCsv,
  feed: readFeed,
};

const EXTENSIONS: Readonly<Record<string, Format>> = {
  txt: 'txt', text: 'txt',
  html: 'html', htm: 'html', xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl', ndjson: 'jsonl',
  csv: 'csv', tsv: 'csv',
  rss: 'feed', atom: 'feed', xml: 'feed',
};

/** The name without a trailing ".gz". */
export function stripGz(name: string): string {
  return name.toLowerCase().endsWith('.gz') ? name.slice(0, -3) : name;
}

/** The format a file name implies, or null when its extension is unknown. */
export function formatForName(name: string): Format | null {
  const base = stripGz(name);
  const dot = base.lastIndexOf('.');
  if (dot < 0) return null;
  return EXTENSIONS[base.slice(dot + 1).toLowerCase()] ?? null;
}

/** Guesses a format from the first bytes (stdin, unknown extensions). */
export function sniffFormat(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return looksLikeFeed(head) ? 'feed' : 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    try {
      JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
      return 'json';
    } catch {
      return 'jsonl';
    }
  }
  return 'txt';
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** True for bytes that are not text: NULs or many control bytes in the first 8 KiB (UTF-16 with a BOM excepted). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n * 0.01;
}

export interface ReadBytesInput {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly id: string;
  readonly origin: string;
  readonly format?: Format | undefined;
  readonly options: ReaderOptions;
}

/** Reads the documents in one file's bytes (gunzipping first when needed). Never throws. */
export function readBytes(input: ReadBytesInput): ReadItem[] {
  let bytes = input.bytes;
  let name = input.name;
  let id = input.id;
  if (isGzip(bytes) || name.toLowerCase().endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      return [{ ok: false, origin: input.origin, reason: `${input.origin}: cannot gunzip (${(e as Error).message})`, payload: null }];
    }
    name = stripGz(name);
    id = stripGz(id);
  }
  if (looksBinary(bytes)) {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}: binary content, not text (NUL or control bytes)`, payload: null }];
  }
  const format = input.format ?? formatForName(name) ?? sniffFormat(bytes);
  const options: ReaderOptions = name.toLowerCase().endsWith('.tsv') && !input.options.csvDelimiter ? { ...input.options, csvDelimiter: '\t' } : input.options;
  try {
    return READERS[format]({ bytes, origin: input.origin, id, name: name.split('/').pop() ?? name, options });
  } catch (e) {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}: cannot read as ${format} (${(e as Error).message})`, payload: null }];
  }
}
