// Retrying quarantined documents. When the origin's file still exists it is read again (the user
// may have fixed it; documents already stored are skipped as duplicates); otherwise the kept payload
// is read again. An entry whose origin now goes through is removed from the quarantine.
import { existsSync, statSync } from 'node:fs';
import type { QuarantineEntry } from '../store/event-store.js';
import { formatForName, readBytes } from './formats.js';
import { ingest, type IngestDeps } from './ingest.js';
import { createSession } from './session.js';
import type { ReadItem } from './types.js';

export interface RetryOutcome {
  readonly id: string;
  readonly origin: string;
  readonly status: 'resolved' | 'failing';
  /** Why it still fails (the current reason). */
  readonly reason: string | null;
}

/** The file an origin names: "dir/a.jsonl:12" → "dir/a.jsonl", "a.json[3]" → "a.json", "feed.xml#2" → "feed.xml". */
export function originFile(origin: string): string {
  const m = /^(.*?)(?::\d+|\[\d+\]|#\d+)$/.exec(origin);
  return m?.[1] ?? origin;
}

/** A file or directory that can be read again. */
function isFile(path: string): boolean {
  try {
    return existsSync(path) && (statSync(path).isFile() || statSync(path).isDirectory());
  } catch {
    return false;
  }
}

/** Retries the given quarantine entries (all when `ids` is empty). */
export async function retryQuarantine(ids: readonly string[], deps: IngestDeps): Promise<RetryOutcome[]> {
  const { store } = deps;
  const entries: QuarantineEntry[] = [];
  if (ids.length) {
    for (const id of ids) {
      const e = await store.getQuarantine(id);
      if (!e) throw new Error(`no quarantine entry "${id}" (vigie quarantine list)`);
      entries.push(e);
    }
  } else entries.push(...(await store.listQuarantine()));

  const files = new Set(entries.map((e) => originFile(e.origin)).filter(isFile));
  if (files.size) await ingest([...files], { ...deps, onProgress: undefined });

  const fromPayload = entries.filter((e) => !files.has(originFile(e.origin)));
  if (fromPayload.length) {
    const session = createSession({ store, extractor: deps.extractor, options: deps.options });
    await session.open();
    for (const e of fromPayload) {
      if (!(await store.getQuarantine(e.id))) continue;
      await session.process(payloadItem(e));
    }
    await session.flush();
  }

  const outcomes: RetryOutcome[] = [];
  const current = await store.listQuarantine();
  for (const e of entries) {
    const still = current.find((q) => q.origin === e.origin);
    // Failing again as before leaves the entry untouched: count the attempt (a new reason was counted when stored).
    if (still && still.id === e.id && still.attempts === e.attempts) await store.recordQuarantineAttempt(e.id, still.reason);
    outcomes.push({ id: e.id, origin: e.origin, status: still ? 'failing' : 'resolved', reason: still?.reason ?? null });
  }
  return outcomes;
}

/** Re-reads a kept payload as the document it was (a JSONL line is one JSON document). */
function payloadItem(e: QuarantineEntry): ReadItem {
  const file = originFile(e.origin);
  if (e.payload === null) {
    return { ok: false, origin: e.origin, reason: `${e.origin}: cannot retry: ${file} is gone and no payload was kept`, payload: null };
  }
  let format = formatForName(file) ?? undefined;
  if (format === 'jsonl' || (format === 'json' && e.origin !== file) || isDocumentJson(e.payload)) format = 'json';
  if (format === 'csv' || format === 'feed') {
    return { ok: false, origin: e.origin, reason: `${e.origin}: cannot retry: ${file} is gone (a ${format} item cannot be re-read alone)`, payload: e.payload };
  }
  const items = readBytes({ bytes: Buffer.from(e.payload, 'utf8'), name: file, id: file, origin: e.origin, format, options: {} });
  const [first] = items;
  if (items.length !== 1 || !first) {
    return { ok: false, origin: e.origin, reason: `${e.origin}: cannot retry: the payload holds ${items.length} documents`, payload: e.payload };
  }
  return first;
}

/** A payload kept as a contract document (documents the extractor failed on are kept this way). */
function isDocumentJson(payload: string): boolean {
  if (!payload.startsWith('{')) return false;
  try {
    const v = JSON.parse(payload) as unknown;
    return !!v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string' && typeof (v as { id?: unknown }).id === 'string';
  } catch {
    return false;
  }
}
