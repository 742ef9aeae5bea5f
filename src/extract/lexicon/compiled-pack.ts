// A language pack compiled once into matchers (cached per pack object).
import type { LanguagePack, TriggerRow, AttributionCue, ModalityCue, ContextCue, CountNoun, CountVerb, NoVictimCue } from '../../lang/pack.js';
import { firstChars } from './first-chars.js';
import { compileTable, type Table } from './table.js';
import type { TailPattern } from './tail-match.js';
import { normaliseApostrophes, stickyWordRegex, wordRegex } from './word-regex.js';

export interface Compiled<R> {
  readonly row: R;
  readonly re: RegExp;
}

export interface CompiledPack {
  readonly pack: LanguagePack;
  readonly tables: {
    readonly triggers: Table<TriggerRow>;
    readonly attribution: Table<AttributionCue>;
    readonly modality: Table<ModalityCue>;
    readonly contexts: Table<ContextCue>;
    readonly countVerbs: Table<CountVerb>;
    readonly noVictims: Table<NoVictimCue>;
    readonly countSingles: Table<CountNoun>;
  };
  readonly triggers: readonly Compiled<TriggerRow>[];
  readonly attribution: readonly Compiled<AttributionCue>[];
  readonly modality: readonly Compiled<ModalityCue>[];
  readonly contexts: readonly Compiled<ContextCue>[];
  readonly countNouns: readonly Compiled<CountNoun>[];
  readonly countVerbs: readonly Compiled<CountVerb>[];
  readonly noVictims: readonly Compiled<NoVictimCue>[];
  /** Sticky: after a number, optional people word and fillers, then a count noun. */
  readonly countNounAfter: readonly Compiled<CountNoun>[];
  /** All count nouns in one sticky pattern, one capture group per row (the nearest noun wins). */
  readonly countNounAny: RegExp;
  /**
   * The words between a toll and a trigger after it that name that trigger's event as where the toll happened (" jeunes
   * personnes au cours d'une "); null when the pack names no such words.
   */
  readonly countDuring: RegExp | null;
  /** Sticky: right after a number, what it counts is no person ("40 têtes de bétail"); null when the pack names none. */
  readonly nonPeopleAfter: RegExp | null;
  readonly locative: RegExp;
  readonly nonLocative: RegExp;
  readonly agent: RegExp;
  readonly genitive: RegExp;
  readonly passive: RegExp;
  readonly civilians: RegExp;
  /** Words naming a party when no known actor is named; null when the pack names none (then no telling needs one). */
  readonly parties: RegExp | null;
  readonly sourceLead: RegExp;
  readonly sourceEnd: RegExp;
  /** A since-word a few words before a trigger ("depuis la fin de l'offensive"): the event is a time reference. */
  readonly sinceBefore: RegExp | null;
  /** A purpose-clause opener right before a trigger ("pour dénoncer", "in order to"); null when the pack has none. */
  readonly purposeBefore: RegExp | null;
  /** A stance prefix glued before a trigger ("anti-"): tested on the text before it. */
  readonly stanceBefore: RegExp | null;
  /** A word recalling an earlier event right before a trigger ("un précédent attentat"), or right after it (recalledAfter). */
  readonly recalledBefore: RegExp | null;
  readonly recalledAfter: RegExp | null;
  /** What is asked for right before a trigger ("a appelé les donateurs à apporter une"); null when the pack has none. */
  readonly requestedBefore: TailPattern | null;
  /** A word making a telling habitual or a sum over a period ("chaque année"), found in a trigger's clause; null when none. */
  readonly habitual: TailPattern | null;
  /** The words naming a cause right before a trigger ("suite à l'"); null when the pack has none. */
  readonly causeBefore: RegExp | null;
  /**
   * The words between a telling's verb and the attack it happened in ("killed 7 soldiers in an ambush"), the whole text
   * up to that event word: up to three words, an occasion word (counts.occasion, else counts.during), an article and up
   * to two qualifying words (coref/fold-occasions.ts); null when the pack has no such words.
   */
  readonly occasionBetween: RegExp | null;
  /**
   * Sticky, at a number's end: up to two words that are no filler ("of them"), then a people noun ("3 soldiers"): an item
   * of a toll told as a list (counts/toll-list.ts).
   */
  readonly tollPeople: RegExp;
  /** Sticky, between two items of a toll list: a comma, a joiner word (numbers.joiners), or both. */
  readonly tollJoiner: RegExp;
  /** A day word at the start of a speaker named after the verb ("…, a indiqué mardi une source hospitalière"). */
  readonly sourceTime: RegExp | null;
  /** An agent marker a few words ahead ("abattu à bout portant par …"): tested on the text after a trigger. */
  readonly agentAhead: RegExp;
  readonly demonstrative: RegExp;
  /** An event word with a definite article, ending where the trigger ends ("les manifestants", "la grève"); null when none. */
  readonly definiteBefore: TailPattern | null;
  /** The same pattern anchored where it is tried (sticky), and the characters it can start with (null: any). */
  readonly demonstrativeAt: RegExp;
  readonly demonstrativeFirst: ReadonlySet<string> | null;
  readonly relative: RegExp;
}

const cache = new WeakMap<LanguagePack, CompiledPack>();

/** A pattern tried at word starts up to the end of a slice (tail-match.ts). */
function tail(source: string, pattern: string): TailPattern {
  return { at: new RegExp(source, 'iuy'), first: firstChars(pattern) };
}

function occasionBetween(pack: LanguagePack): RegExp | null {
  const words = pack.counts.occasion ?? pack.counts.during;
  return words
    ? new RegExp(`^(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,3}?[\\s,]+(?:${normaliseApostrophes(words)})(?:\\s+|(?<=['’]))(?:${normaliseApostrophes(pack.actors.articles)})\\s*(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu')
    : null;
}

function tollJoiner(words: readonly string[]): RegExp {
  const joiners = words.map(escapeRe).join('|');
  return new RegExp(`\\s*,\\s*(?:(?:${joiners})\\s+)?|\\s+(?:${joiners})\\s+`, 'iuy');
}

function rows<R extends { readonly pattern: string }>(list: readonly R[]): Compiled<R>[] {
  return list.map((row) => ({ row, re: wordRegex(row.pattern) }));
}

export function compilePack(pack: LanguagePack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) return hit;
  const c = pack.counts;
  // number, then up to two words (people nouns, adjectives, fillers), then the count noun.
  // Animals and things counted ("des centaines de poissons morts") are no casualties.
  const nonPeopleAt = c.nonPeople ? `\\s*(?:(?:${c.fillers})\\s*)?(?:${c.nonPeople})` : null;
  const notPeople = nonPeopleAt ? `(?!${nonPeopleAt}(?![\\p{L}]))` : '';
  const gap = `${notPeople}\\s*(?:(?:${c.fillers})\\s*)?(?:(?:${c.people})\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:(?:${c.fillers})\\s*)?`;
  // An opening quote may stand before the word ("qualifiés de « massacre »").
  const demonstrative = `(?<![\\p{L}\\p{N}])(?:${apos(pack.coref.demonstrative)})\\s+(?:[\\p{L}-]+\\s+)?(?:[«"“]\\s*)?$`;
  const compiled: CompiledPack = {
    pack,
    tables: {
      triggers: compileTable(pack.triggers),
      attribution: compileTable(pack.attribution),
      modality: compileTable(pack.modality),
      contexts: compileTable(pack.contexts),
      countVerbs: compileTable(c.verbs),
      noVictims: compileTable(c.none),
      countSingles: compileTable(c.singles ?? []),
    },
    triggers: rows(pack.triggers),
    attribution: rows(pack.attribution),
    modality: rows(pack.modality),
    contexts: rows(pack.contexts),
    countNouns: rows(c.nouns),
    countVerbs: rows(c.verbs),
    noVictims: rows(c.none),
    countNounAfter: c.nouns.map((row) => ({ row, re: stickyWordRegex(`${gap}(?:${row.pattern})`) })),
    countNounAny: stickyWordRegex(`${gap}(?:${c.nouns.map((n) => `(${n.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|')})`),
    nonPeopleAfter: nonPeopleAt ? stickyWordRegex(nonPeopleAt) : null,
    // Up to three words ending the toll's own phrase, the during-words, an article.
    countDuring: c.during
      ? new RegExp(`^(?:[\\s,]+[\\p{L}'’-]+){0,3}?[\\s,]+(?:${apos(c.during)})(?:\\s+|(?<=['’]))(?:${apos(pack.actors.articles)})\\s*$`, 'iu')
      : null,
    locative: new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.places.locative)})\\s*$`, 'iu'),
    nonLocative: new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.places.nonLocative)})\\s*$`, 'iu'),
    // The since-word, an article, and at most one noun with its genitive ("depuis la fin de l'", "since the").
    sinceBefore: pack.dates.sinceWords.length
      ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${pack.dates.sinceWords.map((w) => apos(escapeRe(w))).join('|')})\\s+(?:${apos(pack.actors.articles)})` +
          `(?:[\\p{L}-]+\\s+(?:${apos(pack.actors.genitive)})(?:\\s+|(?<=['’]))(?:${apos(pack.actors.articles)}))?$`,
        'iu',
      )
      : null,
    purposeBefore: pack.clauses ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.clauses.purpose)})(?:\\s+|(?<=['’]))$`, 'iu') : null,
    stanceBefore: pack.clauses?.stance ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.clauses.stance)})-$`, 'iu') : null,
    recalledBefore: pack.clauses?.recalled ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.clauses.recalled)})\\s+$`, 'iu') : null,
    recalledAfter: pack.clauses?.recalled ? new RegExp(`^\\s+(?:${apos(pack.clauses.recalled)})(?![\\p{L}\\p{N}])`, 'iu') : null,
    requestedBefore: pack.clauses?.requested ? tail(`(?:${apos(pack.clauses.requested)})(?:\\s+|(?<=['’]))$`, pack.clauses.requested) : null,
    causeBefore: pack.clauses?.cause ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.clauses.cause)})(?:\\s+|(?<=['’]))$`, 'iu') : null,
    occasionBetween: occasionBetween(pack),
    tollPeople: new RegExp(`\\s+(?:(?!(?:${c.fillers})\\s)[\\p{L}'’-]+\\s+){0,2}?(?:${c.people})(?![\\p{L}])`, 'iuy'),
    tollJoiner: tollJoiner(pack.numbers.joiners),
    habitual: pack.clauses?.habitual ? tail(`(?:${apos(pack.clauses.habitual)})(?![\\p{L}\\p{N}])`, pack.clauses.habitual) : null,
    sourceTime: sourceTimeRe(pack),
    agentAhead: new RegExp(`^[\\s,]*(?:[\\p{L}'’-]+\\s+){0,4}?(?:${apos(pack.actors.agent)})\\s`, 'iu'),
    agent: new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.actors.agent)})\\s+(?:[\\p{L}'’-]+\\s+){0,5}$`, 'iu'),
    civilians: wordRegex(pack.actors.civilians),
    parties: pack.actors.parties ? wordRegex(pack.actors.parties) : null,
    passive: new RegExp(`(?<![\\p{L}\\p{N}])(?:${apos(pack.actors.passive)})$`, 'iu'),
    genitive: new RegExp(`^\\s*(?:${apos(pack.actors.genitive)})(?:(?<=['’-])|(?![\\p{L}\\p{N}]))\\s*$`, 'iu'),
    sourceLead: new RegExp(`^\\s*(?:${apos(pack.actors.articles)})(?:(?<=['’-])|(?![\\p{L}\\p{N}]))\\s*`, 'iu'),
    sourceEnd: new RegExp(`(?:${apos(pack.actors.sourceEnd)})`, 'iu'),
    relative: new RegExp(`^\\s*(?:${apos(pack.actors.relative)})(?![\\p{L}\\p{N}])`, 'iu'),
    // Ends with white space or an opening quote: findTriggers skips the test when the text before a trigger does not.
    demonstrative: new RegExp(demonstrative, 'iu'),
    definiteBefore: pack.coref.definite ? tail(`(?:${apos(pack.coref.definite)})$`, pack.coref.definite) : null,
    demonstrativeAt: new RegExp(demonstrative, 'iuy'),
    demonstrativeFirst: firstChars(pack.coref.demonstrative),
  };
  cache.set(pack, compiled);
  return compiled;
}

const apos = normaliseApostrophes;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Day words (weekdays, "hier", "aujourd'hui"), with a part of the day after them ("mardi soir"), from the date lexicon. */
function sourceTimeRe(pack: LanguagePack): RegExp | null {
  const days = [...pack.dates.weekdays.flat(), ...Object.keys(pack.dates.relativeDays)].map((w) => apos(escapeRe(w)));
  if (!days.length) return null;
  const parts = Object.keys(pack.dates.dayParts).map((w) => apos(escapeRe(w)));
  const part = parts.length ? `(?:\\s+(?:${parts.join('|')}))?` : '';
  return new RegExp(`^\\s*(?:${days.join('|')})${part}(?![\\p{L}\\p{N}])\\s*`, 'iu');
}
