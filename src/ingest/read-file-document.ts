// Reads one file given on the command line into a contract input document (seed, plain text or JSON).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputDocumentSchema, type InputDocument } from '../core/contract.js';
import { isSeedText, parseSeedText } from './readers/seed.js';

export interface FileDocOptions {
  readonly date?: string | undefined;
  readonly lang?: string | undefined;
}

export function readFileDocument(path: string, opts: FileDocOptions = {}): InputDocument {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
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
    date: opts.date ?? seedDate ?? null,
    lang: opts.lang ?? null,
  };
}
