// A site the event's own words name with a common noun: "Des bombes ont été larguées sur un petit village", "ils sont
// sortis dans les rues", "ils ont bloqué les routes". Read in the part of the sentence that tells the event, near its
// trigger: a site noun (knowledge.siteNouns) after a site preposition ("dans", "sur", "devant", "outside"), with at most
// two determiners or adjectives between, or right after the trigger as its object, or inside the trigger's own words.
// Language-blind: the words are data (data/lang/<code>/site-prepositions.txt, site-determiners.txt, place-nouns.txt).
import type { Span } from '../../core/types.js';
import { nameKey } from '../../knowledge/index.js';
import type { SiteWords } from '../../knowledge/types.js';
import { letterWords } from '../lexicon/letter-words.js';

const CAPITAL = /^\p{Lu}/u;
const NAME_AFTER = /^[ \u00a0]\p{Lu}/u;
/** How far from the trigger (UTF-16 units, either side) a site is read. */
const REACH = 100;

interface Patterns {
  /** A preposition, up to two determiners, then a word (group 1). */
  readonly afterPreposition: RegExp;
  /** Sticky, at the trigger's end: up to two determiners, then a word (group 1). */
  readonly object: RegExp;
}

const compiled = new WeakMap<SiteWords, Patterns | null>();

/** The language's patterns, compiled once per word lists: the text is scanned by the engine, not word by word. */
function patternsOf(words: SiteWords): Patterns | null {
  let p = compiled.get(words);
  if (p === undefined) {
    const alt = (set: ReadonlySet<string>) => [...set].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // Spaces, or an elision's apostrophe ("à l'hôpital"): nothing else between the words of the phrase.
    const gap = "(?:[ \\u00a0\\t]+|[ \\u00a0\\t]*['’][ \\u00a0\\t]*)";
    const dets = words.determiners.size ? `(?:(?:${alt(words.determiners)})(?![\\p{L}\\p{M}])${gap}){0,2}` : '';
    const noun = '([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*)';
    p = words.prepositions.size
      ? {
          afterPreposition: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alt(words.prepositions)})${gap}${dets}${noun}`, 'giu'),
          object: new RegExp(`[ \\u00a0\\t]+${dets}${noun}`, 'iuy'),
        }
      : null;
    compiled.set(words, p);
  }
  return p;
}

/**
 * The site noun of `part` nearest the trigger (after it first, within REACH), introduced by a site preposition or
 * standing as the trigger's object or inside its words; null when none. `sites` are folded nouns, `words` the language's
 * prepositions and determiners. A site followed by a toponym (`toponymStarts`, "les rues de Belgrade") is left to it.
 */
export function siteInPart(
  text: string, part: { readonly start: number; readonly end: number }, trigger: { readonly start: number; readonly end: number },
  sites: ReadonlySet<string>, words: SiteWords, toponymStarts: readonly number[] = [],
): Span | null {
  const pats = sites.size ? patternsOf(words) : null;
  if (!pats) return null;
  const from = Math.max(part.start, trigger.start - REACH);
  const to = Math.min(part.end, trigger.end + REACH);
  let best: Span | null = null;
  let bestDistance = Infinity;
  const consider = (start: number, w: string): void => {
    const end = start + w.length;
    // A capitalised noun is part of a name ("l'association « Tous à l'Ecole »"), not a site.
    if (end > to || CAPITAL.test(w) || !sites.has(nameKey(w))) return;
    // A name right after it ("in east Ukraine", "à la frontière Niger-Mali") is what the noun qualifies: not a site.
    if (toponymStarts.some((s) => s >= end && s - end <= 8) || NAME_AFTER.test(text.slice(end, end + 3))) return;
    const d = start >= trigger.end ? start - trigger.end : Math.max(0, trigger.start - end) * 1.5;
    if (d < bestDistance) {
      best = { start, end };
      bestDistance = d;
    }
  };
  // Scanned within the window only (a search over the whole text would run on to its end).
  const re = pats.afterPreposition;
  const window = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const w = m[1]!;
    const start = from + m.index + m[0].length - w.length;
    // A preposition inside the trigger's words leaves the noun to the trigger's own reading below.
    if (!(start < trigger.end && trigger.start < start + w.length)) consider(start, w);
  }
  // The trigger's object ("bloqué les routes", "attaquer un centre de santé").
  pats.object.lastIndex = trigger.end;
  const obj = pats.object.exec(text);
  if (obj) consider(trigger.end + obj[0].length - obj[1]!.length, obj[1]!);
  // Inside the trigger ("bloqué les routes"), a noun after its first word is named by the trigger's own words.
  const own = letterWords(text, trigger.start, trigger.end);
  for (let k = 2; k < own.length; k += 2) consider(own[k]!, text.slice(own[k]!, own[k + 1]!));
  return best;
}
