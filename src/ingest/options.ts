// Parsing of the ingest options users type (CLI flags, query strings): errors name the flag.
import { parsePartialDate } from '../core/types.js';
import { DOC_FIELDS, FORMATS, type DocField, type FieldMap, type Format } from './types.js';

export class OptionError extends Error {}

/** "text=body,date=meta.published" → { text: 'body', date: 'meta.published' }. */
export function parseFieldMap(spec: string): FieldMap {
  const map: Partial<Record<DocField, string>> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!(DOC_FIELDS as readonly string[]).includes(key)) {
      throw new OptionError(`--field-map: unknown field "${key}" (expected ${DOC_FIELDS.join(', ')})`);
    }
    if (!value) throw new OptionError(`--field-map: "${part}" needs a source name (FIELD=NAME)`);
    map[key as DocField] = value;
  }
  return map;
}

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new OptionError(`--format: expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return value as Format;
}

export function parseDateOption(value: string): string {
  const d = parsePartialDate(value);
  if (!d) throw new OptionError(`--date: expected YYYY-MM-DD, YYYY-MM or YYYY, got "${value}"`);
  return d.value;
}

export function parseLangOption(value: string): string {
  const v = value.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(v)) throw new OptionError(`--lang: expected a language code such as fr or en, got "${value}"`);
  return v;
}

export function parseThreshold(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new OptionError(`--near-threshold: expected a number in (0, 1], got "${value}"`);
  return n;
}
