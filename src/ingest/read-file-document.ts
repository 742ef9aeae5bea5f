// Reads one file given on the command line into a contract input document (seed, plain text, HTML or JSON).
// The bytes are decoded by their encoding (UTF-8, BOM, Latin-1/Windows-1252); the text is otherwise kept
// as in the file, so evidence offsets are offsets into what the user has.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputDocumentSchema, type InputDocument } from '../core/contract.js';
import { dateFromFileName } from './dates.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { extractHtml } from './readers/html.js';
import { isSeedText, parseSeedText } from './readers/seed.js';

export interface FileDocOptions {
  readonly date?: string | undefined;
  readonly lang?: string | undefined;
}

export function readFileDocument(path: string, opts: FileDocOptions = {}): InputDocument {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const isHtml = /\.x?html?$/i.test(path);
  let raw = decodeBytes(bytes, isHtml ? declaredCharset(bytes) : null).text;
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (isHtml) {
    let page;
    try {
      page = extractHtml(raw);
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
    return {
      id: basename(path),
      text: page.text,
      date: opts.date ?? page.date ?? dateFromFileName(basename(path)) ?? null,
      lang: opts.lang ?? page.lang ?? null,
      ...(page.title ? { title: page.title } : {}),
      ...(page.source ? { source: page.source } : {}),
      ...(page.url ? { url: page.url } : {}),
    };
  }
  if (path.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${path}: not JSON (${(e as Error).message})`);
    }
    const r = InputDocumentSchema.safeParse(parsed);
    if (!r.success) throw new Error(`${path}: ${r.error.issues.map((i) => `field ${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    return { ...r.data, ...(opts.date ? { date: opts.date } : {}), ...(opts.lang ? { lang: opts.lang } : {}) };
  }
  const seedDate = isSeedText(raw) ? parseSeedText(raw).date?.value : undefined;
  return {
    id: basename(path),
    text: raw,
    date: opts.date ?? seedDate ?? dateFromFileName(basename(path)) ?? null,
    lang: opts.lang ?? null,
  };
}
