// "dans la capitale", "la capitale du Mexique", "in C.African capital": a phrase naming a country's capital without its
// name is the capital city of the country it names (after a genitive, or nearest in its sentence), else of the
// article's country. The phrases are data (data/lang/<code>/capital-words.txt); the code names no word.
import type { Knowledge } from '../../knowledge/types.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import type { PlaceMention } from './assign-places.js';

/** A country named in the text: a country toponym or a country's own name as an actor. */
export interface CountrySpan {
  readonly start: number;
  readonly end: number;
  readonly country: string;
}

const BREAK = /[.!?;\n]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far a country may be named from the phrase, in its sentence. */
const WINDOW = 150;
const cache = new WeakMap<readonly string[], RegExp | null>();

function phraseRegex(words: readonly string[]): RegExp | null {
  if (!cache.has(words)) {
    const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // No leading look-behind: it would run at every position of the text; the word start is checked on each match.
    cache.set(words, alts.length ? new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null);
  }
  return cache.get(words) ?? null;
}

export function capitalMentions(
  text: string,
  from: number,
  knowledge: Pick<Knowledge, 'capitalWords' | 'capitalOf'>,
  countries: readonly CountrySpan[],
  focusCountries: readonly string[],
  cp: Pick<CompiledPack, 'genitive'>,
): PlaceMention[] {
  const re = knowledge.capitalWords && knowledge.capitalOf ? phraseRegex(knowledge.capitalWords) : null;
  if (!re) return [];
  const out: PlaceMention[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue;
    // A one-word phrase before a lower-case word is another sense ("capital punishment").
    if (!/\s/u.test(m[0]) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    const iso3 = countryFor(text, start, end, countries, cp) ?? focusCountries[0];
    const r = iso3 ? knowledge.capitalOf!(iso3) : null;
    if (r) out.push({ start, end, text: m[0], place: r.place });
  }
  return out;
}

/** The country after a genitive ("la capitale du Mexique"), else the nearest named in the same sentence. */
function countryFor(text: string, start: number, end: number, countries: readonly CountrySpan[], cp: Pick<CompiledPack, 'genitive'>): string | null {
  const after = countries.find((c) => c.start >= end && c.start - end <= 15 && cp.genitive.test(text.slice(end, c.start)));
  if (after) return after.country;
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
