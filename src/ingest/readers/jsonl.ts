// JSON Lines of contract documents (one object per line); a bad line is quarantined with its line
// number and field, the others are read.
import { decodeBytes } from '../decode.js';
import { payloadOf, type ReadItem, type ReaderInput } from '../types.js';
import { recordToDocument } from './record.js';

/** One JSONL line → a document or the reason it cannot be read (null for a blank line). */
export function jsonlLineItem(line: string, lineNo: number, input: Pick<ReaderInput, 'origin' | 'id' | 'options'>): ReadItem | null {
  if (!line.trim()) return null;
  const origin = `${input.origin}:${lineNo}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { ok: false, origin, reason: `${origin}: not JSON (${(e as Error).message})`, payload: payloadOf(line) };
  }
  try {
    return { ok: true, origin, doc: recordToDocument(parsed, input.options.fieldMap ?? {}, `${input.id}:${lineNo}`) };
  } catch (e) {
    return { ok: false, origin, reason: `${origin}: ${(e as Error).message}`, payload: payloadOf(line) };
  }
}

export function emptyJsonl(origin: string): ReadItem {
  return { ok: false, origin, reason: `${origin}: no documents (empty file)`, payload: null };
}

export function readJsonl(input: ReaderInput): ReadItem[] {
  const { text } = decodeBytes(input.bytes);
  const items: ReadItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const item = jsonlLineItem(line, i + 1, input);
    if (item) items.push(item);
  });
  if (items.length === 0) items.push(emptyJsonl(input.origin));
  return items;
}
