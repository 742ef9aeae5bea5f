// JSON export: one array of contract events, each carrying its store id, source count and figures.
import type { ExportItem } from './export-item.js';

export function toJsonRecords(items: readonly ExportItem[]): unknown[] {
  return items.map((it) => ({
    ...it.event,
    id: it.id,
    source_count: it.sourceCount,
    document_ids: it.documentIds,
    figures: it.figures,
  }));
}

export function writeJson(items: readonly ExportItem[], pretty = false): string {
  return `${JSON.stringify(toJsonRecords(items), null, pretty ? 2 : 0)}\n`;
}
