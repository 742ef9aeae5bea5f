// Per-language knowledge data (data/lang/<code>/): place stop words, admin hints, actor alias
// patterns and plural rules. Parsing only; the words live in the data files.
import type { FeatureClass, PlaceForcePattern } from './types.js';
import { KnowledgeDataError } from './errors.js';
import type { DistanceWords } from './distance-words.js';

export interface PlaceHint {
  /** Folded tokens of the hint phrase ("district de" → ["district", "de"]). */
  readonly tokens: readonly string[];
  readonly featureClass: FeatureClass;
  /** "before": the phrase precedes the name ("district de X"); "after": it follows ("X oblast"). */
  readonly position: 'before' | 'after';
}

export interface ActorPattern {
  /** Suffix of the generated actor id ("GOV", "MIL", "MOD"…), defined in data/actors/state-roles.tsv. */
  readonly role: string;
  /**
   * Alias template with {country}, {dem.m}, {dem.f}, {dem.mp}, {dem.fp}; or a phrase with {place} at its start or end
   * ("police de {place}", "{place} police"), read in the text: the role of the country the named place lies in.
   */
  readonly pattern: string;
}

export interface PluralRule {
  readonly ending: string;
  readonly replacement: string;
}

export interface LangData {
  readonly code: string;
  readonly placeStopwords: readonly string[];
  /** Titles before a person's name ("Mme", "général"): the next word is not a place. */
  readonly personTitles?: readonly string[];
  /** Nouns of places ("rues", "hôpital"): a capital after one and a genitive is a place. */
  readonly placeNouns?: readonly string[];
  /** Nouns of the people of a place ("habitants"): a capital after one and a genitive is a place too, but they say who. */
  readonly peopleNouns?: readonly string[];
  /** Phrases naming a country's capital without its name ("la capitale", "the capital"). */
  readonly capitalWords?: readonly string[];
  /** Definite articles ("la", "l'", "the"): a small town's name after one in lower case names a thing ("de la Fontaine"). */
  readonly placeArticles?: readonly string[];
  /** Nouns of events a place's name may modify ("protest": "Kiev protest"): a capital right before one is the place. */
  readonly modifiedEventNouns?: readonly string[];
  /** Names of places that are also common words ("réunion"): alone at the start of a sentence, the common word. */
  readonly commonWordNames?: readonly string[];
  /** Phrases saying an event covers the whole country ("sur tout le territoire", "nationwide"): no town stands for it. */
  readonly countryWide?: readonly string[];
  /** Prepositions before a site ("dans", "devant", "on"): "dans les rues", "devant le siège" say where an event was. */
  readonly sitePrepositions?: readonly string[];
  /** Words that may stand between a site preposition and the site's noun ("les", "un vieux"). */
  readonly siteDeterminers?: readonly string[];
  /** Words of a distance from a place ("à 37 km d'", "650 km east of"): data/lang/<code>/distance-words.tsv. */
  readonly distanceWords?: DistanceWords;
  readonly placeHints: readonly PlaceHint[];
  readonly actorPatterns: readonly ActorPattern[];
  readonly plural: readonly PluralRule[];
}

const FEATURE_CLASSES: readonly FeatureClass[] = ['country', 'admin1', 'admin2', 'city', 'region'];

/** Rows of a TSV file without comments and blank lines, with 1-based line numbers. */
export function tsvRows(text: string): { line: number; cols: string[] }[] {
  const out: { line: number; cols: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    if (!l.trim() || l.startsWith('#')) return;
    out.push({ line: i + 1, cols: l.split('\t').map((c) => c.trim()) });
  });
  return out;
}

export function parseStopwords(text: string): string[] {
  return tsvRows(text).map((r) => r.cols[0] ?? '').filter(Boolean);
}

export function parsePlaceHints(text: string, source: string, fold: (s: string) => string[]): PlaceHint[] {
  return tsvRows(text).map(({ line, cols }) => {
    const [phrase, cls, pos] = cols;
    if (!phrase) throw new KnowledgeDataError(source, line, 'phrase', 'is empty');
    if (!FEATURE_CLASSES.includes(cls as FeatureClass)) throw new KnowledgeDataError(source, line, 'class', `unknown feature class "${cls}"`);
    if (pos !== 'before' && pos !== 'after') throw new KnowledgeDataError(source, line, 'position', `must be "before" or "after", got "${pos}"`);
    return { tokens: fold(phrase), featureClass: cls as FeatureClass, position: pos };
  });
}

export function parseActorPatterns(text: string, source: string, roles: ReadonlySet<string>): ActorPattern[] {
  return tsvRows(text).map(({ line, cols }) => {
    const [role, pattern] = cols;
    if (!role || !roles.has(role)) throw new KnowledgeDataError(source, line, 'role', `unknown role "${role}" (see data/actors/state-roles.tsv)`);
    if (!pattern) throw new KnowledgeDataError(source, line, 'pattern', 'is empty');
    const bad = /\{([^}]*)\}/g;
    for (let m = bad.exec(pattern); m; m = bad.exec(pattern)) {
      if (!['country', 'dem.m', 'dem.f', 'dem.mp', 'dem.fp', 'place'].includes(m[1] ?? '')) {
        throw new KnowledgeDataError(source, line, 'pattern', `unknown placeholder {${m[1]}}`);
      }
    }
    if (pattern.includes('{place}')) {
      const words = pattern.replace('{place}', '').trim();
      if (!words || /\{/.test(words) || !(pattern.startsWith('{place}') || pattern.endsWith('{place}'))) {
        throw new KnowledgeDataError(source, line, 'pattern', '{place} stands alone, at the start or the end of the phrase ("police de {place}", "{place} police")');
      }
    }
    return { role, pattern };
  });
}

export function parsePlural(text: string, source: string): PluralRule[] {
  return tsvRows(text).map(({ line, cols }) => {
    const [ending, replacement] = cols;
    if (ending === undefined || ending === '') throw new KnowledgeDataError(source, line, 'ending', 'is empty (use * for any)');
    return { ending: ending === '*' ? '' : ending, replacement: replacement ?? '' };
  });
}

/** Applies the first plural rule whose ending matches: "azerbaïdjanaise" → "azerbaïdjanaises". */
export function pluralize(word: string, rules: readonly PluralRule[]): string {
  for (const r of rules) {
    if (word.endsWith(r.ending)) {
      if (r.replacement === '=') return word;
      return word.slice(0, word.length - r.ending.length) + r.replacement;
    }
  }
  return word;
}

/** The {place} patterns of each language ("police de {place}" → words "police de", before the place). */
export function placeForcePatterns(langs: readonly LangData[]): Map<string, PlaceForcePattern[]> {
  const out = new Map<string, PlaceForcePattern[]>();
  for (const l of langs) {
    const list = l.actorPatterns
      .filter((p) => p.pattern.includes('{place}'))
      .map((p): PlaceForcePattern => ({ role: p.role, words: p.pattern.replace('{place}', '').trim(), position: p.pattern.startsWith('{place}') ? 'after' : 'before' }));
    if (list.length) out.set(l.code, list);
  }
  return out;
}

/**
 * Phrases as written ("sur l'ensemble du territoire", "nation-wide", "au nord-est") as one regex alternation, longest
 * first: any run of spaces between words, either apostrophe, a hyphen or a space or nothing where the phrase has a
 * hyphen. Empty when there is no phrase.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]\s*/g, "['’]\\s*").replace(/-/g, '[-\\s]?').replace(/\s+/g, '\\s+'))
    .join('|');
}

/** One pattern for phrases as written (phraseAlternation), case aside, whole words only. Null when none. */
export function phrasePattern(phrases: readonly string[]): RegExp | null {
  const alts = phraseAlternation(phrases);
  return alts ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, 'iu') : null;
}
