// "dans la capitale", "la capitale du Mexique", "in C.African capital": a phrase naming a country's capital without its
// name is the capital city of the country it names (after a genitive, or nearest in its sentence), else of the
// article's country. The phrases are data (data/lang/<code>/capital-words.txt); the code names no word.
import { nameKey } from '../../knowledge/index.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { PlaceMention } from './assign-places.js';

/** A country named in the text: a country toponym or a country's own name as an actor. */
export interface CountrySpan {
  readonly start: number;
  readonly end: number;
  readonly country: string;
}

/** A capital named without its name; the span may run on to the country after a genitive, phraseEnd ends the phrase. */
export interface CapitalMention extends PlaceMention {
  readonly phraseStart: number;
  readonly phraseEnd: number;
}

const BREAK = /[.!?;\n]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far a country may be named from the phrase, in its sentence. */
const WINDOW = 150;
const APOSTROPHES = /['\u2019\u02bc]/gu;
const APOSTROPHE_CLASS = "['\u2019\u02bc]";
/** A possessive after a country's name ("Mali's capital", "Mali’s capital"). */
const POSSESSIVE = /^(?:['\u2019\u02bc]s)?\s+$/u;
const cache = new WeakMap<readonly string[], RegExp | null>();

function phraseRegex(words: readonly string[]): RegExp | null {
  if (!cache.has(words)) {
    // Apostrophe-blind ("l'ancienne capitale" as "l’ancienne capitale"), and any run of spaces between words.
    const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(APOSTROPHES, APOSTROPHE_CLASS));
    // No leading look-behind: it would run at every position of the text; the word start is checked on each match.
    cache.set(words, alts.length ? new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null);
  }
  return cache.get(words) ?? null;
}

export function capitalMentions(
  text: string,
  from: number,
  knowledge: Pick<Knowledge, 'capitalWords' | 'capitalOf' | 'demonymCountry'>,
  countries: readonly CountrySpan[],
  focusCountries: readonly string[],
  cp: Pick<CompiledPack, 'genitive'>,
): CapitalMention[] {
  const re = knowledge.capitalWords && knowledge.capitalOf ? phraseRegex(knowledge.capitalWords) : null;
  if (!re) return [];
  const out: CapitalMention[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue;
    // An adjective of nationality beside the phrase: "C.African capital", "la capitale malienne".
    const adjective = demonymBeside(text, start, end, knowledge);
    // A one-word phrase before a lower-case word is another sense ("capital punishment"), unless a country's
    // name leads it ("C.African capital erupts", "Mali's capital after clashes").
    if (!/\s/u.test(m[0]) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3)) && !countryBefore(text, start, countries) && !(adjective && adjective.start < start)) continue;
    const after = countryAfter(end, countries, text, cp);
    const iso3 = after?.country ?? adjective?.country ?? countryNear(text, start, end, countries) ?? focusCountries[0];
    const r = iso3 ? knowledge.capitalOf!(iso3) : null;
    // "la capitale du Mexique", "C.African capital": the place is read from the phrase and the country it names.
    const first = !after && adjective ? Math.min(start, adjective.start) : start;
    const last = after ? after.end : adjective ? Math.max(end, adjective.end) : end;
    if (r) out.push({ start: first, end: last, text: text.slice(first, last), place: r.place, phraseStart: start, phraseEnd: end });
  }
  return out;
}

const LETTERS = /\p{L}+/uy;
/** Up to three words before the phrase ("Central African", "C.African", "C. African"), or the word after it. */
function demonymBeside(
  text: string, start: number, end: number, knowledge: Pick<Knowledge, 'demonymCountry'>,
): { start: number; end: number; country: string } | null {
  if (!knowledge.demonymCountry) return null;
  // After: "la capitale malienne".
  LETTERS.lastIndex = end + 1;
  const next = /^\s/u.test(text[end] ?? '') ? LETTERS.exec(text) : null;
  if (next) {
    const country = knowledge.demonymCountry(nameKey(next[0]));
    if (country) return { start: next.index, end: next.index + next[0].length, country };
  }
  // Before: the longest run of one to three words, joined by a space or an initial's full stop.
  const words: { start: number; end: number }[] = [];
  let from = start;
  while (words.length < 3) {
    const gap = /(?:\.\s?|\s)$/u.exec(text.slice(Math.max(0, from - 2), from));
    if (!gap) break;
    const wordEnd = from - gap[0].length;
    let s0 = wordEnd;
    while (s0 > 0 && /\p{L}/u.test(text[s0 - 1]!)) s0--;
    if (s0 === wordEnd) break;
    words.push({ start: s0, end: wordEnd });
    from = s0;
  }
  let best: { start: number; end: number; country: string } | null = null;
  for (const w of words) {
    const country = knowledge.demonymCountry(nameKey(text.slice(w.start, words[0]!.end)));
    if (country) best = { start: w.start, end: words[0]!.end, country };
  }
  return best;
}

/** True when a country's name, with or without a possessive, comes right before the phrase at start. */
function countryBefore(text: string, start: number, countries: readonly CountrySpan[]): boolean {
  return countries.some((c) => c.end <= start && start - c.end <= 4 && POSSESSIVE.test(text.slice(c.end, start)));
}

/** The country after a genitive ("la capitale du Mexique"). */
function countryAfter(end: number, countries: readonly CountrySpan[], text: string, cp: Pick<CompiledPack, 'genitive'>): CountrySpan | undefined {
  return countries.find((c) => c.start >= end && c.start - end <= 15 && cp.genitive.test(text.slice(end, c.start)));
}

/** The country nearest the phrase in its sentence. */
function countryNear(text: string, start: number, end: number, countries: readonly CountrySpan[]): string | null {
  let best: { c: CountrySpan; d: number } | null = null;
  for (const c of countries) {
    const d = c.start >= end ? c.start - end : start - c.end;
    if (d < 0 || d > WINDOW) continue;
    const between = c.start >= end ? text.slice(end, c.start) : text.slice(c.end, start);
    if (BREAK.test(between)) continue;
    if (!best || d < best.d) best = { c, d };
  }
  return best?.c.country ?? null;
}
