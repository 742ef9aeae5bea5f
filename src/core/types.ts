// Vigie's internal domain types shared by every stage. No I/O, no natural-language words.
import type { Event } from './contract.js';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A date known to some precision: "2023-09" is month precision. */
export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
}

/** A half-open range of UTF-16 code units in a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A document as the pipeline sees it: text normalised, date parsed, language known or null. */
export interface VigieDocument {
  readonly id: string;
  readonly text: string;
  readonly date: PartialDate | null;
  readonly lang: string | null;
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
}

/** A value with the text behind it (habit 5: evidence in the type). */
export interface Evidenced<T> {
  readonly value: T;
  readonly spans: readonly Span[];
  readonly confidence: number;
}

/** What the extractor returns for one document. */
export interface ExtractionResult {
  readonly document: VigieDocument;
  readonly events: readonly Event[];
  /** Lazily filled when tracing is on: which rule of which stage produced what. */
  readonly trace?: readonly TraceEntry[];
}

export interface TraceEntry {
  readonly stage: string;
  readonly rule: string;
  readonly span?: Span;
  readonly detail?: string;
}

/** Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" into a PartialDate; null when absent or malformed. */
export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d) {
    const dt = new Date(`${y}-${mo}-${d}T00:00:00Z`);
    if (Number.isNaN(dt.getTime()) || dt.getUTCDate() !== Number(d)) return null;
    return { value: `${y}-${mo}-${d}`, precision: 'day' };
  }
  if (mo) return { value: `${y}-${mo}`, precision: 'month' };
  return { value: String(y), precision: 'year' };
}
