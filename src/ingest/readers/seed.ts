// The seed text format: first line " date YYYY-MM <lede>", a blank line, then the body.
// The stored text is the whole file (lede included) so evidence offsets point into what the user has.
import { parsePartialDate, type PartialDate } from '../../core/types.js';

export interface SeedParse {
  readonly date: PartialDate | null;
  /** Offset of the lede in the text (after the date marker). */
  readonly ledeStart: number;
  readonly text: string;
}

const SEED_HEADER = /^\s?date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+/;

/** True when a text starts with the seed header. */
export function isSeedText(raw: string): boolean {
  return SEED_HEADER.test(raw);
}

/**
 * Reads a seed-format text. The text is kept whole (header included) so that offsets into it are
 * offsets into the file; the date marker is returned so that stages can skip it.
 */
export function parseSeedText(raw: string): SeedParse {
  const m = SEED_HEADER.exec(raw);
  if (!m) throw new Error('not in seed format: the first line must be " date YYYY-MM <lede>"');
  const date = parsePartialDate(m[1]);
  if (!date) throw new Error(`seed header: invalid date "${m[1]}"`);
  return { date, ledeStart: m[0].length, text: raw };
}
