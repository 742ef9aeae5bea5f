// Types of the evaluation harness: gold documents with the events an analyst coded, and the scores.
import type { InputDocument, PloverType } from '../core/contract.js';

/** A place the gold gives for an event: coordinates, a name, or only a country. */
export interface GoldPlace {
  readonly name?: string;
  /** Other names the gold accepts for the same place (popcorn mentions, route ends). */
  readonly names?: readonly string[];
  readonly lat?: number;
  readonly lon?: number;
  /** ISO 3166-1 alpha-3. */
  readonly country?: string;
  /** False when the text does not state the place precisely enough to score coordinates. */
  readonly scoreCoords?: boolean;
}

export interface GoldCount {
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
}

/** One expected event. Each field left undefined is not scored. */
export interface GoldEvent {
  /**
   * False when the text does not state this event (a headline that is only a place name, a byline,
   * a later report's title): it counts in the detection figures over all events only (not in `detection_*_stated`), and its fields are not
   * scored. Undefined = stated.
   */
  readonly stated?: boolean;
  readonly type?: PloverType;
  readonly acled?: { readonly event_type: string; readonly sub_event_type?: string };
  /** The gold's own label, kept for the confusion table and the worst-miss listing. */
  readonly label?: string;
  /** Inclusive day range YYYY-MM-DD (start = end for one day). */
  readonly date?: { readonly start: string; readonly end: string };
  readonly places?: readonly GoldPlace[];
  readonly killed?: GoldCount;
  readonly injured?: GoldCount;
  /** Who made the claim (true: someone other than the outlet; the string is for display). */
  readonly attribution?: string;
  /** ISO-3 countries of the actors (any predicted actor country in this set counts). */
  readonly actorCountries?: readonly string[];
}

export interface GoldDoc {
  readonly input: InputDocument;
  /** Expected events; an empty list means the text reports no conflict event (a negative). */
  readonly events: readonly GoldEvent[];
}

/** An event-level gold set (documents in, events expected). */
export interface EventGoldSet {
  readonly kind: 'events';
  readonly name: string;
  readonly docs: readonly GoldDoc[];
  /** Short notes on how the gold was mapped (printed under the table). */
  readonly notes: readonly string[];
}

export interface LoadOptions {
  /** Folder holding the gold sets (../shared/gold/dev). */
  readonly goldDir: string;
  /** Folder holding reference data (../shared/data). */
  readonly dataDir: string;
  /** Keep only the first N documents. */
  readonly limit?: number;
}

/** A ratio with its parts, so reports show "12/40" and not only 30%. */
export interface Ratio {
  readonly hit: number;
  readonly total: number;
  /** hit/total in percent, one decimal; null when total is 0. */
  readonly pct: number | null;
}

export interface DetectionScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface Miss {
  readonly id: string;
  readonly text: string;
  /** What went wrong, e.g. "no event", "type ATTACK→PROTEST", "killed 2→5". */
  readonly problems: readonly string[];
  /** The larger, the worse (used to order the list). */
  readonly weight: number;
  /** The document's language, in sets whose documents are in more than one. */
  readonly lang?: string;
}

/** The figures of the documents of a set read in one language (same meaning as the set's own). */
export interface LanguageReport {
  /** The language the extractor read the documents in (the declared one, else the detected one); "other" when it has no pack for it. */
  readonly lang: string;
  readonly docs: number;
  readonly goldEvents: number;
  readonly predictedEvents: number;
  readonly headline: Readonly<Record<string, number | null>>;
  readonly detection: DetectionScore;
  readonly detectionStated?: DetectionScore;
  readonly docDetection: DetectionScore;
  readonly fields: Readonly<Record<string, Ratio>>;
}

export interface SetReport {
  readonly name: string;
  readonly kind: string;
  readonly docs: number;
  readonly goldEvents: number;
  readonly predictedEvents: number;
  readonly seconds: number;
  /** Headline figures, in percent (the baseline test compares these). */
  readonly headline: Readonly<Record<string, number | null>>;
  /** Detection over every gold event, stated by its text or not. */
  readonly detection?: DetectionScore;
  /** Detection over the gold events their texts state; present when some gold event is not stated. */
  readonly detectionStated?: DetectionScore;
  readonly docDetection?: DetectionScore;
  /** Field scores over matched events, only for fields the set has. */
  readonly fields: Readonly<Record<string, Ratio>>;
  /** gold label → predicted label → count. */
  readonly confusion?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly worst: readonly Miss[];
  readonly notes: readonly string[];
  /** Set when the set could not be scored (its component is missing). */
  readonly skipped?: string;
  /** Documents the extractor threw on (each listed in worst with its message). */
  readonly errors: number;
  /** Predicted events that break the contract (schema, or evidence not the exact substring). */
  readonly invalidEvents: number;
  /** Language code → the figures of the set's documents in that language; present when its documents are in more than one. */
  readonly byLanguage?: Readonly<Record<string, LanguageReport>>;
}

export interface EvalReport {
  readonly createdAt: string;
  readonly goldDir: string;
  readonly limit: number | null;
  readonly sets: readonly SetReport[];
}
