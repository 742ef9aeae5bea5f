// JSON Lines of contract documents (one object per line); a bad line is quarantined with its line
// number and field, the others are read.
import { decodeBytes } from '../decode.js';
import { payloadOf, type ReadItem, type ReaderInput } from '../types.js';
import { recordToDocument } from './record.js';

export function readJsonl(input: ReaderInput): ReadItem[] {
  const { text } = decodeBytes(input.bytes);
  const items: ReadItem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (!line.trim()) return;
    const origin = `${input.origin}:${lineNo}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      items.push({ ok: false, origin, reason: `${origin}: not JSON (${(e as Error).message})`, payload: payloadOf(line) });
      return;
    }
    try {
      items.push({ ok: true, origin, doc: recordToDocument(parsed, input.options.fieldMap ?? {}, `${input.id}:${lineNo}`) });
    } catch (e) {
      items.push({ ok: false, origin, reason: `${origin}: ${(e as Error).message}`, payload: payloadOf(line) });
    }
  });
  if (items.length === 0) items.push({ ok: false, origin: input.origin, reason: `${input.origin}: no documents (empty file)`, payload: null });
  return items;
}
