// Types of the number recognition stage: numbers in digits or words, with ranges and qualifiers.
import type { Span } from '../../core/types.js';

export type NumberQualifier = 'exact' | 'at_least' | 'at_most' | 'about' | 'range';

/** Per-language data the number recogniser needs (supplied by src/lang/<code>/numbers.ts). */
export interface NumberLexicon {
  /** Decimal separator in digit groups: "," in French ("6,7"), "." in English ("1.1"). */
  readonly decimalSeparator: ',' | '.';
  /** Word → value for units, teens and tens ("cinq" 5, "soixante" 60, "twenty" 20). Lower case. */
  readonly units: Readonly<Record<string, number>>;
  /** Word → value for multipliers ("cent"/"cents" 100, "mille" 1000, "million(s)" 1e6, "hundred", "thousand"). */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Words that join parts of one number ("et" in "vingt et un", "and" in "two hundred and four"). */
  readonly joiners: readonly string[];
  /** Approximate quantities: phrase → value and qualifier ("une dizaine" 10 about, "des dizaines" 20 at_least, "a dozen" 12 exact). */
  readonly approximations: Readonly<Record<string, { readonly value: number; readonly qualifier: NumberQualifier }>>;
  /** Phrase before a number → qualifier ("au moins" at_least, "plus de" at_least, "près de" about, "up to" at_most). */
  readonly qualifiers: Readonly<Record<string, NumberQualifier>>;
  /** Range frames: words before the low number and between low and high ("entre"/"et", "de"/"à", "between"/"and", ""/"to"). */
  readonly ranges: readonly (readonly [before: string, between: string])[];
  /** Words that are numbers but usually articles ("un", "une", "a", "an"); reported with isArticleLike. */
  readonly articleLike: readonly string[];
  /** Words meaning "minus" before a number ("moins", "minus", "negative"). */
  readonly negatives: readonly string[];
  /** Ordinal words → value ("premier" 1, "deuxième" 2, "third" 3); reported with ordinal: true. */
  readonly ordinalWords?: Readonly<Record<string, number>>;
  /** Suffixes making digits an ordinal ("er", "e", "ème", "st", "nd", "th"). */
  readonly ordinalSuffixes?: readonly string[];
}

export interface NumberMention extends Span {
  /** Exact substring text.slice(start, end). */
  readonly text: string;
  /** The number itself (for a range, the low bound). */
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: NumberQualifier;
  /** Written in words ("cinq", "a dozen") rather than digits. */
  readonly words: boolean;
  /** True when the whole mention is an article-like word ("un", "a"): count it only before a count noun. */
  readonly isArticleLike: boolean;
  /** An ordinal ("1er", "deuxième", "3rd"), not a count. */
  readonly ordinal: boolean;
  /**
   * Set when this bare number is coordinated with a qualified one just before it ("au moins 200 morts et
   * 400 blessés": 400 gets at_least). `qualifier` stays what the text says of this number alone.
   */
  readonly listQualifier?: NumberQualifier;
  /** Where the number itself lies when the mention includes a qualifier ("au moins 200" → "200"). */
  readonly core: Span;
}

export interface FindNumbersOptions {
  /** Drop article-like words ("un", "a") entirely (default false: keep them, flagged isArticleLike). */
  readonly skipArticleLike?: boolean;
  /** Spans already claimed by another recogniser (dates): numbers overlapping them are dropped. */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
}
