// Types of the segmentation stage: paragraphs, sentences, tokens and quotations as spans.
import type { Span } from '../../core/types.js';

/** Per-language data the segmenter needs (supplied by src/lang/<code>/segment.ts). */
export interface SegmentLexicon {
  /** Words that may be followed by a period without ending a sentence ("M", "Mme", "Dr"); compared case-sensitively, without the period. */
  readonly abbreviations: readonly string[];
  /**
   * Capitalised words that start sentences and seldom continue a name ("The", "Il"): after a listed dotted abbreviation
   * ("U.S.", "É.-U.") one of them ends the sentence ("… by the U.S. The next day"), any other capitalised word
   * continues it; compared case-sensitively.
   */
  readonly sentenceStarters?: readonly string[];
  /** Prefix clitics written with an apostrophe and split off the next word ("l", "d", "qu"); compared case-insensitively, without the apostrophe. */
  readonly elisions: readonly string[];
  /** Suffix clitics split off the previous word, apostrophe included ("'s", "n't"); compared case-insensitively. */
  readonly clitics: readonly string[];
  /** Opening and closing quotation marks; a pair with the same mark on both sides ("…") alternates. */
  readonly quotes: readonly (readonly [open: string, close: string])[];
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
  /** Index of the sentence that holds this token. */
  readonly sentence: number;
  /** True for an elided prefix ("l'", "qu’") or a suffix clitic ("'s"). */
  readonly clitic?: boolean;
}

export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** Tokens of this sentence are tokens[tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Quotation extends Span {
  /** The quoted words, marks excluded. */
  readonly inner: Span;
  readonly open: string;
  readonly close: string;
  /** Index of the sentence where the quotation opens. */
  readonly sentence: number;
}

export interface Segmentation {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly quotations: readonly Quotation[];
}
