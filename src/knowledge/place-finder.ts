// Finds toponym mentions: longest match of folded token n-grams against the gazetteer keys,
// with offsets in the original text. Admin hints ("district de X", "X oblast") come from data.
import type { FeatureClass, GazetteerEntry, PlaceMatch } from './types.js';
import type { GazetteerIndex } from './gazetteer.js';
import type { PlaceHint } from './lang-data.js';
import { joinable, tokenize, type Token } from './normalize.js';

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
}

const SENTENCE_BREAK = /[.;:!?\n]/;
const MAX_HINT_REACH = 10;

export function findPlaceMatches(text: string, g: GazetteerIndex, cfg: PlaceFinderConfig): HintedPlaceMatch[] {
  const tokens = tokenize(text);
  const out: HintedPlaceMatch[] = [];
  const inMatch = new Uint8Array(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!g.canStart(t.key)) { i++; continue; }
    let found: { n: number; entries: readonly GazetteerEntry[] } | null = null;
    let key = t.key;
    // A name of several words needs one capitalised word that is not a stop word ("La Réunion",
    // "bande de Gaza"), so "La guerre" at the start of a sentence is no place.
    let anyCap = t.cap && !cfg.stopKeys.has(t.key);
    const candidates: { n: number; key: string; anyCap: boolean }[] = [{ n: 1, key, anyCap }];
    for (let n = 2; n <= g.maxTokens && i + n - 1 < tokens.length; n++) {
      const prev = tokens[i + n - 2] as Token;
      const next = tokens[i + n - 1] as Token;
      if (!joinable(text, prev.end, next.start) && !afterInitial(text, prev, next)) break;
      key += ' ' + next.key;
      anyCap ||= next.cap && !cfg.stopKeys.has(next.key);
      candidates.push({ n, key, anyCap });
    }
    for (let c = candidates.length - 1; c >= 0; c--) {
      const cand = candidates[c]!;
      if (cand.n === 1 ? !t.cap || (cfg.stopKeys.has(t.key) && !acronymInMixedCase(tokens, i)) : !cand.anyCap) continue;
      // A multi-word name starting with a stop word ("Le Havre") still needs its first word capitalised.
      if (cand.n > 1 && cfg.stopKeys.has(t.key) && !t.cap) continue;
      const entries = g.lookup(cand.key);
      if (!entries) continue;
      // Short words in capitals are acronyms: a place only when the acronym is a country's ("RCA", "RDC").
      if (cand.n === 1 && isShortAcronym(t) && !entries.every((e) => e.featureClass === 'country')) continue;
      if (cand.n === 1 && (afterTitle(tokens, i, cfg) || (!entries.some(isProminent) && inPersonName(text, tokens, i, cfg)))) continue;
      found = { n: cand.n, entries };
      break;
    }
    if (!found) { i++; continue; }
    const last = tokens[i + found.n - 1] as Token;
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

/** "C. Africa", "C.Africa": a capital initial and its full stop abbreviate the first word of a name. */
function afterInitial(text: string, prev: Token, next: Token): boolean {
  if (prev.end - prev.start !== 1 || !prev.cap || text[prev.end] !== '.') return false;
  const gap = next.start - prev.end;
  return gap === 1 || (gap === 2 && text[prev.end + 1] === ' ');
}

/** Countries, regions and places of 100,000 people are rarely someone's name. */
function isProminent(e: GazetteerEntry): boolean {
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
  const capWord = (o: Token | undefined): boolean => !!o && o.cap && !o.upper && !cfg.stopKeys.has(o.key);
  if (prev && capWord(prev) && spaceOnly(text, prev.end, t.start)) return true;
  if (next && capWord(next) && spaceOnly(text, t.end, next.start)) return true;
  return false;
}

/** "M. Adams", "Mme Dominique", "général Santos": a title before a word makes it a person's name. */
function afterTitle(tokens: readonly Token[], i: number, cfg: PlaceFinderConfig): boolean {
  const prev = tokens[i - 1];
  return !!prev && cfg.titleKeys.has(prev.key);
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
