// The interface between the knowledge files (gazetteer, actor dictionary) and the pipeline.
// Implementations live in src/knowledge/; stages receive a Knowledge through their context.
import type { Actor, Place } from '../core/contract.js';
import type { Span } from '../core/types.js';

export type FeatureClass = 'country' | 'admin1' | 'admin2' | 'city' | 'region';

/** One gazetteer entry (a GeoNames feature or a named region). */
export interface GazetteerEntry {
  readonly geonameid: number | null;
  readonly name: string;            // English/international name
  readonly names: readonly string[]; // exonyms and variants (FR/EN, transliterations)
  readonly featureClass: FeatureClass;
  readonly country: string | null;  // ISO-3
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number;
  /** Prominence used to break ties among homonyms (log10 of population or an equivalent). */
  readonly rank?: number;
  /** True for hand-reviewed entries (data/places/*.tsv), preferred over bulk data. */
  readonly curated?: boolean;
}

/** A place name found in a text, with every entry it could denote. */
export interface PlaceMatch {
  readonly span: Span;
  readonly text: string;
  readonly candidates: readonly GazetteerEntry[];
  /** The feature class the surrounding words ask for ("district de X", "X oblast"), when any. */
  readonly hint?: FeatureClass;
}

export interface PlaceContext {
  /** Countries the document is about (ISO-3), most salient first. */
  readonly focusCountries?: readonly string[];
  /** A feature class the surrounding words ask for ("district de", "oblast"). */
  readonly hint?: FeatureClass;
  /**
   * Places the document already names (resolved): a homonym in the same admin1 or within 150 km
   * of one of them is preferred ("Pervomaisk" in a story about Luhansk). Admin areas among them
   * (precision admin1 / admin2: "Donetsk oblast") weigh more: a homonym inside one wins over bigger
   * ones elsewhere, and lookupPlace answers with the area itself rather than with a namesake far
   * outside every area and place named.
   */
  readonly near?: readonly NearPlace[];
}

/** A resolved place used as context (a contract Place, or a gazetteer entry's fields). */
export interface NearPlace {
  readonly name: string;
  readonly geonameid?: number | null;
  readonly country: string | null;
  readonly admin1?: string | null;
  readonly admin2?: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly precision?: Place['precision'];
}

export interface ResolvedPlace {
  readonly place: Place;
  readonly entry: GazetteerEntry;
  readonly reason: string;
}

/** A canonical actor in the dictionary. */
export interface ActorEntry {
  readonly id: string;              // e.g. "AZE-GOV", "RUS-MOD", "PER-JEYHUN-BAYRAMOV"
  readonly name: string;            // canonical English name
  readonly country: string | null;  // ISO-3
  readonly kind: Actor['kind'];
  /** For people: roles with the dates they held them ("YYYY-MM-DD"; open ends are null). */
  readonly roles?: readonly { readonly title: string; readonly org: string | null; readonly from: string | null; readonly to: string | null }[];
}

/** An actor mention found in a text. `metonym` marks a capital or a place standing for a government. */
export interface ActorMatch {
  readonly span: Span;
  readonly text: string;
  readonly actor: ActorEntry;
  readonly metonym: boolean;
  /** For a role ("le ministre arménien des Affaires étrangères"): the person holding it at the date, when known. */
  readonly holder?: ActorEntry;
}

export interface Knowledge {
  readonly version: string;
  /** All toponym mentions, longest match first, accent- and case-insensitive. */
  findPlaces(text: string): PlaceMatch[];
  /** Chooses one entry for a mention, with the precision level and the reason. */
  resolvePlace(match: PlaceMatch, ctx: PlaceContext): ResolvedPlace | null;
  /** Looks a single name up (e.g. "Yevlakh", "district de Mardakert"); null when unknown. */
  lookupPlace(name: string, ctx?: PlaceContext): ResolvedPlace | null;
  /** All actor mentions in a text for one language, at a date (for date-bounded roles). */
  findActors(text: string, lang: string, date?: string | null): ActorMatch[];
  getActor(id: string): ActorEntry | null;
  /**
   * The state actor a described force stands for in a country (its generic id's `state` flag in data/actors/generic.tsv:
   * GEN-SOLDIERS in CAF → CAF-MIL); null when the actor is no such force or the country has no such actor.
   */
  stateForce?(genericId: string, iso3: string): ActorEntry | null;
  /** The state role a described force stands for ("GEN-SOLDIERS" → "MIL"); null for any other actor. */
  forceRole?(genericId: string): string | null;
  /** ISO-3 for a country name or code in any known language; null when unknown. */
  countryCode(nameOrCode: string): string | null;
  /**
   * Folded nouns of places and of their people, from every language ("rues", "hôpital", "residents"): a capital
   * after one of them and a genitive ("les rues d'Athènes") is the place, not its government.
   */
  readonly placeNouns?: ReadonlySet<string>;
  /** The folded nouns of sites among placeNouns ("rues", "hôpital"), not of people ("habitants", "residents", who say who, not where). */
  readonly siteNouns?: ReadonlySet<string>;
  /**
   * By language, one pattern of the phrases saying an event covers the whole country ("sur tout le territoire",
   * "nationwide"; null when the language has none): such an event is not moved to a town of the country.
   */
  readonly countryWide?: ReadonlyMap<string, RegExp | null>;
  /**
   * By language, the words before a site's noun, in lower case as written: prepositions ("dans", "devant", "outside")
   * and the determiners or adjectives that may stand between ("les", "un vieux"): "dans les rues" says where.
   */
  readonly siteWords?: ReadonlyMap<string, SiteWords>;
  /**
   * Phrases of a state's force around a place it names, by language ("police de {place}", "{place} police"): the force
   * (the role of a state actor, "POL") of the country that place lies in.
   */
  readonly placeForces?: ReadonlyMap<string, readonly PlaceForcePattern[]>;
  /**
   * Folded nouns of events a place's name may modify, from every language ("Kiev protest", "Bangui clashes"): a
   * capital right before one is the place, not its government.
   */
  readonly modifiedEventNouns?: ReadonlySet<string>;
  /** Phrases naming a country's capital without its name, as written, from every language ("la capitale", "the capital"). */
  readonly capitalWords?: readonly string[];
  /** The capital city of a country (ISO-3), resolved in the gazetteer; null when unknown. */
  capitalOf?(iso3: string): ResolvedPlace | null;
  /**
   * True when `name` is the country's name in another language than `lang` only, and `lang` names the country
   * otherwise (French "Mexico": the country is "Mexique" there, so "Mexico" is the city). False when unknown.
   */
  foreignCountryName?(iso3: string, name: string, lang: string): boolean;
  /**
   * The country (ISO-3) whose people a folded adjective of nationality names, in any language ("malienne", "central
   * african", "c african" for "C.African"); null when none.
   */
  demonymCountry?(key: string): string | null;
  /** The country itself (ISO-3) as a gazetteer place; null when unknown. */
  countryPlace?(iso3: string): ResolvedPlace | null;
  /** The admin1 area of that name in the country (ISO-3) as a gazetteer place; null when unknown. */
  admin1Place?(iso3: string, admin1: string): ResolvedPlace | null;
  /**
   * By language, the pattern of a distance phrase before a place's name ("à 37 km d'", "650 km east of"); null when
   * the language has none.
   */
  readonly distancePhrases?: ReadonlyMap<string, DistancePattern | null>;
}

/** A distance phrase read before a place's name. */
export interface DistancePattern {
  /** The phrase ending at `at` (where the name starts), its start and the distance in km; null when none ends there. */
  before(text: string, at: number): { readonly start: number; readonly km: number } | null;
}

/** The words that introduce a site named by a common noun, in one language (lower case, as written). */
export interface SiteWords {
  readonly prepositions: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
}

/** "police de {place}": the words before or after the place (as written), and the state role they name. */
export interface PlaceForcePattern {
  readonly role: string;
  readonly words: string;
  readonly position: 'before' | 'after';
}
