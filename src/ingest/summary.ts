// The per-run summary `vigie ingest` prints (and --json emits).

export interface IngestSummary {
  /** Files read (a directory counts its files). */
  files: number;
  /** Documents found in them (quarantined ones included). */
  read: number;
  /** New documents stored. */
  stored: number;
  /** Exact duplicates skipped (same text already stored, or twice in this run). */
  duplicates: number;
  /** Near-duplicates stored, linked to their original, and not extracted. */
  nearDuplicates: number;
  /** Documents or files that could not be read or processed, kept in quarantine. */
  quarantined: number;
  /** Events extracted from the stored documents. */
  events: number;
  /** Files inside directories that were not read (unknown format, excluded). */
  skippedFiles: string[];
  quarantine: { origin: string; reason: string; id: string | null }[];
  nearDuplicateLinks: { id: string; of: string; similarity: number }[];
  durationMs: number;
}

export function emptySummary(): IngestSummary {
  return { files: 0, read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, quarantined: 0, events: 0, skippedFiles: [], quarantine: [], nearDuplicateLinks: [], durationMs: 0 };
}

/** A few human-readable lines. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${s.files} file(s), ${s.read} document(s) read: ${s.stored} stored (${s.nearDuplicates} near-duplicate(s) linked), ${s.duplicates} duplicate(s) skipped, ${s.quarantined} quarantined; ${s.events} event(s) extracted in ${(s.durationMs / 1000).toFixed(1)} s`,
  ];
  for (const l of s.nearDuplicateLinks.slice(0, 20)) lines.push(`  near-duplicate: ${l.id} → ${l.of} (similarity ${l.similarity.toFixed(2)})`);
  if (s.nearDuplicateLinks.length > 20) lines.push(`  … and ${s.nearDuplicateLinks.length - 20} more near-duplicates`);
  for (const q of s.quarantine.slice(0, 20)) lines.push(`  quarantined${q.id ? ` [${q.id}]` : ''}: ${q.reason}`);
  if (s.quarantine.length > 20) lines.push(`  … and ${s.quarantine.length - 20} more (vigie quarantine list)`);
  if (s.skippedFiles.length) lines.push(`  ${s.skippedFiles.length} file(s) skipped (unknown format or excluded), e.g. ${s.skippedFiles.slice(0, 3).join(', ')}`);
  return lines.join('\n');
}
