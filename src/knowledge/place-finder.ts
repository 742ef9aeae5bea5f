// Finds toponym mentions: longest match of folded token n-grams against the gazetteer keys,
// with offsets in the original text. Admin hints ("district de X", "X oblast") come from data.
import type { FeatureClass, GazetteerEntry, PlaceMatch } from './types.js';
import type { GazetteerIndex } from './gazetteer.js';
import type { PlaceHint } from './lang-data.js';
import { commonWordAt, joinable, tokenize, type Token } from './normalize.js';

/** A place match with the admin hint its context gives, when there is one. */
export interface HintedPlaceMatch extends PlaceMatch {
  readonly hint?: FeatureClass;
}

export interface PlaceFinderConfig {
  /** Folded words that never make a one-word place name on their own (from every language). */
  readonly stopKeys: ReadonlySet<string>;
  /** Folded titles that precede a person's name ("m", "mme", "general", "mr"). */
  readonly titleKeys: ReadonlySet<string>;
  /** Hints that precede a name, by their last folded token. */
  readonly hintsBefore: ReadonlyMap<string, readonly PlaceHint[]>;
  /** Hints that follow a name, by their first folded token. */
  readonly hintsAfter: ReadonlyMap<string, readonly PlaceHint[]>;
  /** Folded names that are also common words ("reunion"): not a place alone at the start of a sentence. */
  readonly commonKeys?: ReadonlySet<string>;
  /** Folded nouns of places ("airport", "hospital"): after a town's name they make a site of it ("Donetsk Airport"), not a name. */
  readonly placeNounKeys?: ReadonlySet<string>;
  /** Folded definite articles ("la", "l"): a small town's name after one in lower case names a thing ("Parc de la Fontaine"). */
  readonly articleKeys?: ReadonlySet<string>;
}

const SENTENCE_BREAK = /[.;:!?\n]/;
const MAX_HINT_REACH = 10;

export function findPlaceMatches(text: string, g: GazetteerIndex, cfg: PlaceFinderConfig): HintedPlaceMatch[] {
  const tokens = tokenize(text);
  const people = personNameKeys(text, tokens, cfg);
  const out: HintedPlaceMatch[] = [];
  const inMatch = new Uint8Array(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!g.canStart(t.key)) { i++; continue; }
    let found: { n: number; entries: readonly GazetteerEntry[] } | null = null;
    // A name of several words needs one capitalised word that is not a stop word ("La Réunion",
    // "bande de Gaza"), so "La guerre" at the start of a sentence is no place.
    let anyCap = t.cap && !cfg.stopKeys.has(t.key);
    // The n-gram keys are joined only for the candidates looked up (glued: "N'Délé" read as "ndele").
    const candidates: { n: number; glued: boolean; anyCap: boolean }[] = [{ n: 1, glued: false, anyCap }];
    for (let n = 2; n <= g.maxTokens && i + n - 1 < tokens.length; n++) {
      const prev = tokens[i + n - 2] as Token;
      const next = tokens[i + n - 1] as Token;
      if (!joinable(text, prev.end, next.start) && !afterInitial(text, prev, next)) break;
      // "N'Délé" for "Ndélé", "M'Poko" for "Mpoko": a capital initial and an apostrophe may be written into the name.
      if (n === 2 && initialApostrophe(text, prev, next)) candidates.push({ n, glued: true, anyCap: true });
      anyCap ||= next.cap && !cfg.stopKeys.has(next.key);
      candidates.push({ n, glued: false, anyCap });
    }
    for (let c = candidates.length - 1; c >= 0; c--) {
      const cand = candidates[c]!;
      if (cand.n === 1 ? !t.cap || (cfg.stopKeys.has(t.key) && !acronymInMixedCase(tokens, i)) : !cand.anyCap) continue;
      // A multi-word name starting with a stop word ("Le Havre") still needs its first word capitalised.
      if (cand.n > 1 && cfg.stopKeys.has(t.key) && !t.cap) continue;
      const entries = g.lookup(cand.glued ? t.key + (tokens[i + 1] as Token).key : joinedKey(tokens, i, cand.n));
      if (!entries) continue;
      // Short words in capitals are acronyms: a place only when the acronym is a country's ("RCA", "RDC").
      if (cand.n === 1 && isShortAcronym(t) && !entries.every((e) => e.featureClass === 'country')) continue;
      // "Réunion de crise à Paris": at a sentence start a capital says nothing, and the common word wins.
      if (cand.n === 1 && cfg.commonKeys?.has(t.key) && commonWordAt(text, t.start, t.end)) continue;
      if (cand.n === 1 && (people.has(t.key) || (!entries.some(isProminent) ? inPersonName(text, tokens, i, cfg) || afterArticle(text, tokens, i, cfg, entries) : besideUnknownName(text, tokens, i, g, cfg, entries)))) continue;
      found = { n: cand.n, entries };
      break;
    }
    // "Kamenka-Dniprovska": a capitalised compound joined by hyphens names one place, known perhaps under another
    // spelling ("Kamyanka-Dniprovska"), not the town its first part spells ("Kamenka").
    // Only a name already read as a place grows so, into a spelling of a place of a country its first part could be in.
    const compound = found ? hyphenCompound(text, tokens, i) : 0;
    if (found && compound > found.n) {
      const key = joinedKey(tokens, i, compound);
      const countries = new Set(found.entries.map((e) => e.country));
      const whole = (g.lookup(key) ?? g.lookupSkeleton(key))?.filter((e) => countries.has(e.country));
      if (whole?.length) found = { n: compound, entries: whole };
    }
    if (!found) { i++; continue; }
    const last = tokens[i + found.n - 1] as Token;
    // A name alone in quotes names a thing (an organisation, an operation: l'ONG « Pacific City »), not a place.
    if (quotedAlone(text, t.start, last.end)) { i += found.n; continue; }
    for (let k = i; k < i + found.n; k++) inMatch[k] = 1;
    const hint = hintAfter(text, tokens, i + found.n, cfg) ?? hintBefore(text, tokens, i, inMatch, cfg);
    const m: HintedPlaceMatch = {
      span: { start: t.start, end: last.end },
      text: text.slice(t.start, last.end),
      candidates: found.entries,
      ...(hint ? { hint } : {}),
    };
    out.push(m);
    i += found.n;
  }
  return out;
}

/** How many capitalised tokens from i are joined by single hyphens ("Kamenka-Dniprovska" → 2); 1 when none follows. */
function hyphenCompound(text: string, tokens: readonly Token[], i: number): number {
  let n = 1;
  while (i + n < tokens.length) {
    const prev = tokens[i + n - 1] as Token;
    const next = tokens[i + n] as Token;
    if (!next.cap || next.start !== prev.end + 1 || text[prev.end] !== '-') break;
    n++;
  }
  return n;
}

/** The keys of tokens[i, i + n) joined by spaces (a multi-word gazetteer key). */
function joinedKey(tokens: readonly Token[], i: number, n: number): string {
  let key = (tokens[i] as Token).key;
  for (let k = i + 1; k < i + n; k++) key += ' ' + (tokens[k] as Token).key;
  return key;
}

const OPEN_QUOTE = /["«“„‹]\s?$/u;
const CLOSE_QUOTE = /^\s?["»”›]/u;

/** True when the text from start to end is the whole content of a pair of double quotes. */
function quotedAlone(text: string, start: number, end: number): boolean {
  return OPEN_QUOTE.test(text.slice(Math.max(0, start - 2), start)) && CLOSE_QUOTE.test(text.slice(end, end + 2));
}

/** A capital letter, an apostrophe and a capitalised word: "N'Délé", "M'Poko". */
function initialApostrophe(text: string, prev: Token, next: Token): boolean {
  return prev.end - prev.start === 1 && prev.cap && next.cap && next.start - prev.end === 1 && /['’ʼ]/u.test(text[prev.end] ?? '');
}

/** "C. Africa", "C.Africa": a capital initial and its full stop abbreviate the first word of a name. */
function afterInitial(text: string, prev: Token, next: Token): boolean {
  if (prev.end - prev.start !== 1 || !prev.cap || text[prev.end] !== '.') return false;
  const gap = next.start - prev.end;
  return gap === 1 || (gap === 2 && text[prev.end + 1] === ' ');
}

/** Countries, regions and places of 100,000 people are rarely someone's name. */
export function isProminent(e: GazetteerEntry): boolean {
  return e.featureClass === 'country' || e.featureClass === 'region' || (e.rank ?? 0) >= 5;
}

/**
 * A short word in capitals between words that are not ("CAR rebels attack church") is an acronym even when
 * the same letters in lower case are a stop word ("car"); in a headline written all in capitals it is not.
 */
function acronymInMixedCase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!isShortAcronym(t) || t.end - t.start < 2) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (!prev || !prev.upper) && (!next || !next.upper) && (prev !== undefined || next !== undefined);
}

/** "ND", "AMA", "IS": short words in capitals are acronyms, not toponyms. */
function isShortAcronym(t: Token): boolean {
  return t.upper && t.end - t.start <= 4;
}

/**
 * A one-word name next to another capitalised word that is not a stop word ("Laurent Fabius",
 * "Madame Adelys Adams") is most likely part of a person's or an organisation's name, unless
 * the place is prominent ("Donetsk International airport").
 */
function inPersonName(text: string, tokens: readonly Token[], i: number, cfg: PlaceFinderConfig): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && capWord(prev, cfg) && spaceOnly(text, prev.end, t.start)) return true;
  // "Lili-May Lopez": a stop word joined by a hyphen to a capitalised word before it is a given name's part.
  const first = tokens[i - 2];
  if (prev && first && prev.cap && !prev.upper && first.cap && !first.upper && text[prev.start - 1] === '-' && first.end === prev.start - 1 && spaceOnly(text, prev.end, t.start)) return true;
  if (next && capWord(next, cfg) && spaceOnly(text, t.end, next.start)) return true;
  return false;
}

/**
 * A town, however big, next to a capitalised word that names no place and is no common word of the data
 * ("Rodriguez Melian", "Van Gogh", "Lili-May Lopez") is part of a person's or an organisation's name.
 * Countries and regions keep their reading, and so does a name before an admin word or its abbreviation ("Kharkiv
 * Oblast", "Luhansk Obl": place hints).
 */
function besideUnknownName(text: string, tokens: readonly Token[], i: number, g: GazetteerIndex, cfg: PlaceFinderConfig, entries: readonly GazetteerEntry[]): boolean {
  const t = tokens[i] as Token;
  // A heading in capitals ("ÉTAT-CIVIL DE RENNES Naissances") is no name.
  if (t.upper || entries.some((e) => e.featureClass === 'country' || e.featureClass === 'region')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "à Paris Edouard Naulet": a word that opens another name of several words does not close this one.
  const after = tokens[i + 2];
  const opensName = !!after && after.cap && spaceOnly(text, next!.end, after.start);
  // A province's name is a name's first word too ("Van Gogh"), but not before an admin word cut short or misspelt
  // ("Luhansk Obl", "Luhansk Oblt": it starts like one).
  const province = entries.some((e) => e.featureClass === 'admin1');
  return (unknownWord(prev, g, cfg) && joinedByName(text, prev!.end, t.start)) || (unknownWord(next, g, cfg) && !(province && adminWord(next!, cfg)) && !opensName && joinedByName(text, t.end, next!.start));
}

/** A capitalised word that is no stop word (a name's other word). */
function capWord(o: Token | undefined, cfg: PlaceFinderConfig): boolean {
  return !!o && o.cap && !o.upper && !cfg.stopKeys.has(o.key);
}

/** A capitalised word the data does not know: no stop word, title, place hint, place noun, nor the start of a toponym. */
function unknownWord(o: Token | undefined, g: GazetteerIndex, cfg: PlaceFinderConfig): boolean {
  return !!o && o.cap && !o.upper && o.end - o.start > 1 && !cfg.stopKeys.has(o.key) && !cfg.titleKeys.has(o.key) &&
    !cfg.hintsAfter.has(o.key) && !cfg.hintsBefore.has(o.key) && !g.canStart(o.key) && !cfg.placeNounKeys?.has(o.key);
}

/** A word starting like an admin word ("Obl", "Oblt" for "Oblast"). */
function adminWord(o: Token, cfg: PlaceFinderConfig): boolean {
  return o.key.length >= 3 && adminStarts(cfg).has(o.key.slice(0, 3));
}

/**
 * "le Parc de la Fontaine", "rue de la Concorde": a one-word name of towns only (no area: "l'Ouaka"), right after a
 * definite article in lower case, names a thing after a common word, not a town; names written with their article
 * ("La Rochelle", "Le Havre") are matched whole, with a capital.
 */
function afterArticle(text: string, tokens: readonly Token[], i: number, cfg: PlaceFinderConfig, entries: readonly GazetteerEntry[]): boolean {
  const prev = tokens[i - 1];
  if (!prev || !cfg.articleKeys?.has(prev.key) || prev.cap || !entries.every((e) => e.featureClass === 'city')) return false;
  const gap = text.slice(prev.end, (tokens[i] as Token).start);
  return gap === ' ' || gap === '\u00a0' || /^['’ʼ]$/u.test(gap);
}

const starts = new WeakMap<PlaceFinderConfig, ReadonlySet<string>>();

/** The first three letters of every admin word that follows a name ("obl" of "oblast"), once per config. */
function adminStarts(cfg: PlaceFinderConfig): ReadonlySet<string> {
  let s = starts.get(cfg);
  if (!s) starts.set(cfg, (s = new Set([...cfg.hintsAfter.keys()].filter((k) => k.length >= 3).map((k) => k.slice(0, 3)))));
  return s;
}

/** A space or a hyphen between two words of a name. */
function joinedByName(text: string, from: number, to: number): boolean {
  return spaceOnly(text, from, to) || (to - from === 1 && text[from] === '-');
}

/** How many capitalised words after a title make a person's name ("Madame Dominique Dos Santos"). */
const MAX_NAME_WORDS = 4;

/**
 * Words of people's names: the capitalised words that follow a title ("M. Adams", "général Santos",
 * "Monsieur Jurien Rodríguez", "Madame Dominique Dos Santos"), joined by spaces or hyphens. A word so
 * used is a name everywhere in the document ("la famille Rodríguez"), however prominent a place it is.
 */
function personNameKeys(text: string, tokens: readonly Token[], cfg: PlaceFinderConfig): Set<string> {
  const out = new Set<string>();
  if (!cfg.titleKeys.size) return out;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!cfg.titleKeys.has((tokens[i] as Token).key)) continue;
    const title = tokens[i] as Token;
    // The title and the name: "M. Adams", "Mme Adams", "général Santos"; not across a sentence break.
    // Only a short title is abbreviated with a full stop ("M.", "Gén."): after "maire." a sentence ends.
    const gap = text.slice(title.end, (tokens[i + 1] as Token).start);
    if (!(/^[ \u00a0]$/u.test(gap) || (/^\.[ \u00a0]$/u.test(gap) && title.end - title.start <= 4))) continue;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_NAME_WORDS; k++) {
      const w = tokens[k] as Token;
      if (!w.cap || w.upper || cfg.titleKeys.has(w.key)) break;
      if (k > i + 1) {
        const between = text.slice((tokens[k - 1] as Token).end, w.start);
        if (!(spaceOnly(text, (tokens[k - 1] as Token).end, w.start) || between === '-')) break;
      }
      if (!cfg.stopKeys.has(w.key)) out.add(w.key);
    }
  }
  return out;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0;
}

function tokensEqual(tokens: readonly Token[], from: number, want: readonly string[]): boolean {
  if (from < 0 || from + want.length > tokens.length) return false;
  for (let k = 0; k < want.length; k++) if ((tokens[from + k] as Token).key !== want[k]) return false;
  return true;
}

function hintAfter(text: string, tokens: readonly Token[], at: number, cfg: PlaceFinderConfig): FeatureClass | undefined {
  const t = tokens[at];
  if (!t) return undefined;
  const prev = tokens[at - 1];
  if (prev && !joinable(text, prev.end, t.start)) return undefined;
  for (const h of cfg.hintsAfter.get(t.key) ?? []) if (tokensEqual(tokens, at, h.tokens)) return h.featureClass;
  return undefined;
}

/**
 * Looks back from a name for a hint phrase that governs it: directly ("district de X") or across
 * a list ("districts de X (deux) et de Y"): the way back may pass through earlier names, bracketed
 * words and words of at most three letters, never across a sentence break.
 */
function hintBefore(
  text: string, tokens: readonly Token[], at: number, inMatch: Uint8Array, cfg: PlaceFinderConfig,
): FeatureClass | undefined {
  for (let j = at - 1, steps = 0; j >= 0 && steps < MAX_HINT_REACH; j--, steps++) {
    const tj = tokens[j] as Token;
    const after = tokens[j + 1] as Token;
    if (SENTENCE_BREAK.test(text.slice(tj.end, after.start))) return undefined;
    for (const h of cfg.hintsBefore.get(tj.key) ?? []) {
      if (tokensEqual(tokens, j - h.tokens.length + 1, h.tokens)) return h.featureClass;
    }
    const bracketed = text.charCodeAt(tj.start - 1) === 40 && text.charCodeAt(tj.end) === 41;
    if (!(inMatch[j] || bracketed || tj.end - tj.start <= 3)) return undefined;
  }
  return undefined;
}
