// Reading gold files: CSV (RFC 4180, via csv-parse), TSV, JSON lines; errors name the file and line.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The repository root (this file is src/eval/ or dist/eval/, two levels down). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared relative to the repository root. */
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const DEFAULT_GOLD_DIR = join(SHARED_DIR, 'gold', 'dev');
export const DEFAULT_DATA_DIR = join(SHARED_DIR, 'data');
/** Committed mapping tables (gold labels → PLOVER / ACLED). */
export const MAPPINGS_DIR = join(REPO_ROOT, 'eval', 'mappings');

export class GoldFileError extends Error {}

function readText(path: string): string {
  if (!existsSync(path)) throw new GoldFileError(`${path}: not found`);
  return readFileSync(path, 'utf8');
}

/** Rows of a CSV file with a header line, as objects keyed by column name. */
export function readCsv(path: string): Record<string, string>[] {
  try {
    return parse(readText(path), { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as Record<string, string>[];
  } catch (e) {
    if (e instanceof GoldFileError) throw e;
    throw new GoldFileError(`${path}: ${(e as Error).message}`);
  }
}

/** Rows of a TSV file with a header line (no quoting: fields hold no tabs). Lines starting with # are comments. */
export function readTsv(path: string): Record<string, string>[] {
  const lines = readText(path).split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length < header.length - 1) throw new GoldFileError(`${path}:${i + 2}: ${cells.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()]));
  });
}

/** Parsed JSON lines; a line that is not JSON is an error naming file and line. */
export function readJsonl(path: string): unknown[] {
  const out: unknown[] = [];
  readText(path).split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new GoldFileError(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
    }
  });
  return out;
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readText(path));
  } catch (e) {
    if (e instanceof GoldFileError) throw e;
    throw new GoldFileError(`${path}: not JSON (${(e as Error).message})`);
  }
}

/** A number from a gold cell; null for empty, "ND" and other non-numbers. */
export function cellNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const t = cell.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function take<T>(items: readonly T[], limit: number | undefined): readonly T[] {
  return limit !== undefined && limit >= 0 ? items.slice(0, limit) : items;
}
