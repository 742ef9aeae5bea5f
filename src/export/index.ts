// Pure writers: events → JSON, ACLED-style CSV, GeoJSON. No I/O here; the CLI and the API call them.
import { writeCsv } from './csv.js';
import type { ExportItem } from './export-item.js';
import { writeGeoJson } from './geojson.js';
import { writeJson } from './json.js';

export { ACLED_COLUMNS, toCsvRows, writeCsv } from './csv.js';
export { fatalities, fromEvent, fromStoredEvent, type ExportItem } from './export-item.js';
export { toGeoJson, writeGeoJson } from './geojson.js';
export { toJsonRecords, writeJson } from './json.js';

export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

export function writeExport(format: ExportFormat, items: readonly ExportItem[]): string {
  switch (format) {
    case 'json':
      return writeJson(items);
    case 'csv':
      return writeCsv(items);
    case 'geojson':
      return writeGeoJson(items);
  }
}
