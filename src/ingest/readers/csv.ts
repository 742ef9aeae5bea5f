// CSV exports of news databases: a header row, then one document per row. Columns are mapped to
// contract fields by name (id, text, date, …) or through the field map (--csv-text-col, --field-map).
import { decodeBytes } from '../decode.js';
import { DOC_FIELDS, payloadOf, type FieldMap, type ReadItem, type ReaderInput } from '../types.js';
import { CsvError, parseCsv } from './csv-parse.js';
import { recordToDocument } from './record.js';

export function readCsv(input: ReaderInput): ReadItem[] {
  const { text } = decodeBytes(input.bytes);
  const delimiter = input.options.csvDelimiter ?? sniffDelimiter(text);
  let rows;
  try {
    rows = parseCsv(text, delimiter);
  } catch (e) {
    const line = e instanceof CsvError ? e.line : 0;
    return [{ ok: false, origin: input.origin, reason: `${input.origin}:${line}: ${(e as Error).message}`, payload: payloadOf(text) }];
  }
  const [header, ...records] = rows;
  if (!header || records.length === 0) return [{ ok: false, origin: input.origin, reason: `${input.origin}: no rows (a header row and at least one document are needed)`, payload: payloadOf(text) }];
  const names = header.fields.map((h) => h.trim());
  const map: FieldMap = input.options.fieldMap ?? {};
  const textCol = map.text ?? 'text';
  if (!names.includes(textCol)) {
    return [{ ok: false, origin: input.origin, reason: `${input.origin}:1: no column "${textCol}" for the text (columns: ${names.join(', ')}; use --csv-text-col)`, payload: null }];
  }
  for (const f of DOC_FIELDS) {
    const col = map[f];
    if (col !== undefined && !names.includes(col)) {
      return [{ ok: false, origin: input.origin, reason: `${input.origin}:1: no column "${col}" for field ${f} (columns: ${names.join(', ')})`, payload: null }];
    }
  }
  return records.map((r): ReadItem => {
    const origin = `${input.origin}:${r.line}`;
    if (r.fields.length !== names.length) {
      return { ok: false, origin, reason: `${origin}: ${r.fields.length} fields where the header has ${names.length}`, payload: payloadOf(r.fields.join(delimiter)) };
    }
    const record: Record<string, string> = {};
    names.forEach((n, i) => {
      record[n] = r.fields[i] ?? '';
    });
    try {
      return { ok: true, origin, doc: recordToDocument(record, map, `${input.id}:${r.line}`) };
    } catch (e) {
      return { ok: false, origin, reason: `${origin}: ${(e as Error).message}`, payload: payloadOf(r.fields.join(delimiter)) };
    }
  });
}

/** The delimiter of the header line: the most frequent of , ; tab outside quotes. */
function sniffDelimiter(text: string): string {
  const nl = text.search(/\r?\n/);
  const first = (nl < 0 ? text : text.slice(0, nl)).replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const n = first.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
