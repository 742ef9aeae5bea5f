// A source record (JSON object, CSV row) → RawDocument through a field map; errors name the field.
import { toDocDate } from '../dates.js';
import type { InputDocument } from '../../core/contract.js';
import type { DocField, FieldMap, RawDocument, ReadItem } from '../types.js';

export class RecordError extends Error {}

function pick(record: Readonly<Record<string, unknown>>, field: DocField, map: FieldMap): { key: string; value: unknown } {
  const key = map[field] ?? field;
  let value: unknown = record;
  // "a.b" reaches into nested objects (e.g. --field-map text=article.body)
  for (const part of key.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return { key, value };
}

function optionalString(record: Readonly<Record<string, unknown>>, field: DocField, map: FieldMap): string | undefined {
  const { key, value } = pick(record, field, map);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new RecordError(`field ${key}: expected a string, got ${Array.isArray(value) ? 'an array' : typeof value}`);
}

/** Maps one record; `fallbackId` names it when it has no id of its own. Throws RecordError naming the field. */
export function recordToDocument(record: unknown, map: FieldMap, fallbackId: string): RawDocument {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new RecordError(`expected an object, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`);
  }
  const r = record as Record<string, unknown>;
  const textField = pick(r, 'text', map);
  if (typeof textField.value !== 'string') {
    throw new RecordError(textField.value === undefined ? `field ${textField.key}: missing (the document text)` : `field ${textField.key}: expected a string, got ${typeof textField.value}`);
  }
  if (!textField.value.trim()) throw new RecordError(`field ${textField.key}: empty text`);
  const dateField = pick(r, 'date', map);
  let date: string | null;
  try {
    date = toDocDate(dateField.value);
  } catch (e) {
    throw new RecordError(`field ${dateField.key}: ${(e as Error).message}`);
  }
  const id = optionalString(r, 'id', map) ?? fallbackId;
  const lang = optionalString(r, 'lang', map);
  const title = optionalString(r, 'title', map);
  const source = optionalString(r, 'source', map);
  const url = optionalString(r, 'url', map);
  return {
    id,
    text: textField.value,
    date,
    lang: lang ?? null,
    ...(title !== undefined ? { title } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** A contract document already in memory as a read item (`origin#id`), for `ingestDocuments` and the queue. */
export function memoryItem(d: InputDocument, origin: string): ReadItem {
  return {
    ok: true,
    origin: `${origin}#${d.id}`,
    doc: {
      id: d.id,
      text: d.text,
      date: d.date ?? null,
      lang: d.lang ?? null,
      ...(d.title !== undefined ? { title: d.title } : {}),
      ...(d.source !== undefined ? { source: d.source } : {}),
      ...(d.url !== undefined ? { url: d.url } : {}),
    },
  };
}
