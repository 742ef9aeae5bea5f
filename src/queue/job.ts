// One queued job = one document as a reader found it (or the reason it could not be read).
import { createHash } from 'node:crypto';
import type { ReadItem } from '../ingest/types.js';

export interface DocumentJob {
  readonly item: ReadItem;
}

/** The same item enqueued twice gets the same job id, so the second insert is ignored while the first is kept. */
export function jobId(item: ReadItem): string {
  const h = createHash('sha256').update(JSON.stringify(item)).digest('hex');
  // Shape it as a UUID (version 5-style bits), which pg-boss requires.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Checks a job payload read back from the queue. */
export function parseJob(data: unknown): DocumentJob {
  const item = (data as { item?: unknown } | null)?.item as Partial<ReadItem> | undefined;
  if (!item || typeof item.origin !== 'string' || typeof item.ok !== 'boolean') throw new Error('job payload: field item: missing or malformed');
  if (item.ok && (typeof item.doc?.id !== 'string' || typeof item.doc.text !== 'string')) throw new Error(`job payload ${item.origin}: field item.doc: needs string id and text`);
  return { item: item as ReadItem };
}
