// The tables every language pack provides. The extractor core reads only these: no word of any
// language lives in src/extract or src/resolve. Patterns are regular-expression sources matched
// case-insensitively on whole words; a straight apostrophe in a pattern also matches a typographic one.
// Every row carries an example sentence that the language-pack contract test runs.
import type { CountKind, MODALITIES, PloverType } from '../core/contract.js';
import type { DateLexicon } from '../extract/dates/types.js';
import type { NumberLexicon } from '../extract/numbers/types.js';
import type { SegmentLexicon } from '../extract/segment/types.js';
import type { AcledMapping } from '../events/event-type.js';

export type Modality = (typeof MODALITIES)[number];

/** A word or phrase that signals an event of one type. */
export interface TriggerRow {
  readonly pattern: string;
  readonly type: PloverType;
  readonly mode?: string;
  readonly context?: readonly string[];
  /** Finer ACLED mapping than the type's default. */
  readonly acled?: AcledMapping;
  /** Finer CAMEO code than the type's default. */
  readonly cameo?: string;
  /** The actor right after the trigger is its source ("à la demande de la France"), not its target. */
  readonly sourceAfter?: boolean;
  /**
   * A word that also names mishaps ("explosion"): in a context that cancels the type (an accident), the
   * telling is set aside when it names no actor.
   */
  readonly incidental?: boolean;
  /** Lower weight for vague words ("opération", "incident"): the event needs other support to be kept. */
  readonly weak?: boolean;
  /** A sentence in which this row must fire. */
  readonly example: string;
}

/** Who says it: "selon X" (the source follows the cue) or "X a affirmé" (it precedes it). */
export interface AttributionCue {
  readonly pattern: string;
  readonly source: 'after' | 'before';
  readonly example: string;
}

/**
 * Marks the modality of the events in its scope: those following it in the sentence, the one just before it, or ('next')
 * only the event word right after it, nothing but spaces between them (a negated verb: "did not attack").
 */
export interface ModalityCue {
  readonly pattern: string;
  readonly modality: Exclude<Modality, 'asserted'>;
  readonly scope: 'following' | 'preceding' | 'next';
  readonly example: string;
}

/** A word that puts the events of its sentence in a context (ceasefire, peace talks, UN Security Council). */
export interface ContextCue {
  readonly pattern: string;
  readonly context: string;
  /**
   * 'sentence': every event of the sentence; 'nearest': only the event whose trigger is nearest;
   * 'paragraph': every event of the paragraph (an accident told in one sentence, its toll in the next).
   */
  readonly scope: 'sentence' | 'nearest' | 'paragraph';
  readonly example: string;
}

/** A noun or participle after a number that says what was counted ("morts", "blessés", "killed"). */
export interface CountNoun {
  readonly pattern: string;
  readonly kind: CountKind;
  readonly example: string;
}

/** A verb before a number whose object is counted ("tuant 3 personnes", "killing 12"). */
export interface CountVerb {
  readonly pattern: string;
  readonly kind: CountKind;
  readonly example: string;
  /**
   * Optional: the verb gives a toll's new figure ("the death toll rose to 23", "le bilan s'est alourdi à 23"): the
   * figure updates a lower one told for the same event instead of being another claim.
   */
  readonly update?: boolean;
}

/** A phrase stating that nobody was hurt ("aucune victime", "no casualties"): zero counts. */
export interface NoVictimCue {
  readonly pattern: string;
  readonly kinds: readonly CountKind[];
  readonly example: string;
}

export interface CountLexicon {
  readonly nouns: readonly CountNoun[];
  readonly verbs: readonly CountVerb[];
  /** Nouns for people ("personnes", "civils", "soldats", "people") allowed between a number and a count participle. */
  readonly people: string;
  /** Words allowed between a number and its count noun ("personnes", adjectives); a pattern. */
  readonly fillers: string;
  readonly none: readonly NoVictimCue[];
  /** Optional: what a number may count that is no person ("poissons", "têtes de bétail"): no casualty figure. */
  readonly nonPeople?: string;
  /** Optional: a lone person in the singular, with no number, counts one ("Ukrainian soldier killed", "kills policeman"). */
  readonly singles?: readonly CountNoun[];
  /**
   * Optional: words after a toll naming the event it happened in ("trois morts au cours d'une arrestation", "killed
   * during a raid"): the toll goes to that event rather than to the nearest one.
   */
  readonly during?: string;
  /**
   * Optional: words after a telling naming the attack it happened in, beyond \`during\` ("Rebels killed 7 soldiers in an
   * ambush"): that event word is the same event, told by its kind (src/extract/coref/fold-occasions.ts). Defaults to
   * \`during\`.
   */
  readonly occasion?: string;
}

export interface PlaceCues {
  /** Words before a place naming where something happened ("à", "dans", "près de", "in", "near"). */
  readonly locative: string;
  /** Words before a place that is not where it happened ("en provenance de", "originaire de", "from"). */
  readonly nonLocative: string;
}

export interface ActorCues {
  /** Agent marker of a passive ("par", "by"): the actor after it is the source. */
  readonly agent: string;
  /** Words naming civilians as victims ("civils", "villageois", "civilians"): an attack on them is violence against civilians. */
  readonly civilians: string;
  /** Passive auxiliary just before a trigger ("ont été tués", "were killed"): the actor before it is the target. */
  readonly passive: string;
  /** Genitive after a noun trigger ("l'offensive de l'Azerbaïdjan"): an armed or state actor there is the source. */
  readonly genitive: string;
  /** Words between a cue and a source's name to drop from its label (articles: "le", "la", "les", "the"). */
  readonly articles: string;
  /** Phrases that end a source's name ("dans un communiqué", "in a statement"). */
  readonly sourceEnd: string;
  /** Words opening a relative or participial clause, skipped when looking for a speaker ("qui", "who"). */
  readonly relative: string;
  /**
   * Optional: words naming a party to talks, requests or praise when no known actor is named ("le Premier
   * ministre", "les deux délégations", "the foreign minister"). A telling of a non-physical type whose clause names
   * neither a known actor nor one of these ("la réunion des associés", "a demandé aux touristes") is no event.
   * A pack without it keeps every such telling.
   */
  readonly parties?: string;
}

/** An anaphoric reference to an event already told ("cette offensive", "the attack"): no new event alone. */
export interface CorefCues {
  readonly demonstrative: string;
  /**
   * Optional: an event word with a definite article, the word included: the people taking part in an event ("les
   * manifestants", "un des grévistes", "the protesters") or the event itself ("la grève", "lors de la manifestation").
   * It points back at an event of the same type told before; with none, it tells one.
   */
  readonly definite?: string;
}

/** Clause openers that change what a trigger tells. */
export interface ClauseCues {
  /**
   * What may stand between the words opening a purpose clause and an event word: "pour", "afin de", "pour exprimer
   * leur" (before "soutien"), "in order to". An event told there is the aim of the event before it in the sentence
   * ("ils ont défilé pour dénoncer …"), not an event of its own.
   */
  readonly purpose: string;
  /**
   * Optional: a prefix glued by a hyphen before an event word that makes it a stance or a name ("anti-émeute",
   * "mouvement anti-massacre", "anti-riot unit"): no event. The pattern names the prefix without its hyphen
   * ("contre-offensive" is an offensive: "contre" is no stance).
   */
  readonly stance?: string;
  /**
   * Optional: a word next to an event word that recalls an earlier event as background ("un précédent attentat",
   * "l'attaque précédente"): told to compare, not as news, it is no event of its own.
   */
  readonly recalled?: string;
  /**
   * Optional: what may stand between a verb of asking and an event word that is what is asked for, the verb that
   * names it included ("a appelé la communauté internationale à apporter une", "invite les autorités à appliquer
   * des", "called on donors to send"): the event is the content of a request, not told as happening; no event of its own.
   */
  readonly requested?: string;
  /**
   * Optional: words that make a telling habitual, generic or a sum over a period ("chaque année", "depuis le début de
   * l'année", "every year"): no one event is told. Tried only around a trigger, in its clause.
   */
  readonly habitual?: string;
  /**
   * Optional: what may stand before an event word named as the cause of the sentence's event, the article included
   * ("suite à l'", "à la suite du", "in retaliation for the"): a toll told in a later sentence is the main event's, not
   * the cause's ("Violences entre éleveurs et cultivateurs suite à l'assassinat du maire. 30 morts").
   */
  readonly cause?: string;
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  readonly code: string;
  readonly name: string;
  readonly segment: SegmentLexicon;
  readonly dates: DateLexicon;
  readonly numbers: NumberLexicon;
  readonly triggers: readonly TriggerRow[];
  readonly attribution: readonly AttributionCue[];
  readonly modality: readonly ModalityCue[];
  readonly contexts: readonly ContextCue[];
  readonly counts: CountLexicon;
  readonly places: PlaceCues;
  readonly actors: ActorCues;
  readonly coref: CorefCues;
  /** Optional: a pack without it keeps every event told in a purpose clause. */
  readonly clauses?: ClauseCues;
  /**
   * Optional: frequent words of the language, lower case ("the", "of", "says"; "le", "selon"), that tell the language
   * of a short part of a mixed text (headlines in two languages joined by ";"). A word two packs list counts for
   * neither. A pack without it is never told apart inside a document.
   */
  readonly functionWords?: readonly string[];
}
