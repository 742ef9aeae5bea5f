// A .json file: one contract document, an array of them, or an object holding such an array
// ({"documents": [...]}, {"items": [...]}, {"data": [...]}).
import { decodeBytes } from '../decode.js';
import { payloadOf, type ReadItem, type ReaderInput } from '../types.js';
import { recordToDocument } from './record.js';

const CONTAINER_KEYS = ['documents', 'items', 'articles', 'data'];

export function readJson(input: ReaderInput): ReadItem[] {
  const { text } = decodeBytes(input.bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}: not JSON (${(e as Error).message})`, payload: payloadOf(text) }];
  }
  const map = input.options.fieldMap ?? {};
  let records: unknown[] | null = Array.isArray(parsed) ? parsed : null;
  if (!records && parsed && typeof parsed === 'object') {
    for (const k of CONTAINER_KEYS) {
      const v = (parsed as Record<string, unknown>)[k];
      if (Array.isArray(v)) records = v;
    }
  }
  if (!records) {
    try {
      return [{ ok: true, origin: input.origin, doc: recordToDocument(parsed, map, input.id) }];
    } catch (e) {
      return [{ ok: false, origin: input.origin, reason: `${input.origin}: ${(e as Error).message}`, payload: payloadOf(text) }];
    }
  }
  if (records.length === 0) return [{ ok: false, origin: input.origin, reason: `${input.origin}: no documents (empty array)`, payload: null }];
  return records.map((rec, i): ReadItem => {
    const origin = `${input.origin}[${i}]`;
    try {
      return { ok: true, origin, doc: recordToDocument(rec, map, `${input.id}[${i}]`) };
    } catch (e) {
      return { ok: false, origin, reason: `${origin}: ${(e as Error).message}`, payload: payloadOf(JSON.stringify(rec) ?? '') };
    }
  });
}
