// Plain .txt files and the seed format. The date comes from the seed header, else from a file name
// starting with a date (2023-09-21-slug.txt), else it is unknown (the ingest --date fills it in).
import { decodeBytes } from '../decode.js';
import { dateFromFileName } from '../dates.js';
import { payloadOf, type ReadItem, type ReaderInput } from '../types.js';
import { isSeedText, parseSeedText } from './seed.js';

export function readText(input: ReaderInput): ReadItem[] {
  const { text } = decodeBytes(input.bytes);
  if (!text.trim()) return [{ ok: false, origin: input.origin, reason: `${input.origin}: empty file`, payload: null }];
  let date: string | null = null;
  if (isSeedText(text)) {
    try {
      date = parseSeedText(text).date?.value ?? null;
    } catch (e) {
      return [{ ok: false, origin: input.origin, reason: `${input.origin}:1: ${(e as Error).message}`, payload: payloadOf(text) }];
    }
  }
  date ??= dateFromFileName(input.name);
  return [{ ok: true, origin: input.origin, doc: { id: input.id, text, date, lang: null } }];
}
