// "la police de Tokyo", "Paris police": a state's force named by a place it serves is that force of the place's
// country (JPN-POL), not unspecified police beside the government the capital stands for. The phrases are data
// ({place} patterns of data/lang/<code>/actor-patterns.tsv); the code names no word.
import type { Knowledge, PlaceForcePattern, PlaceMatch } from '../../knowledge/types.js';
import type { ActorHit } from '../model.js';

/** A force phrase around a toponym: its span, the toponym and the state actor it names. */
export interface ForcePhrase {
  readonly start: number;
  readonly end: number;
  readonly place: PlaceMatch;
  readonly hit: ActorHit;
}

const APOSTROPHES = /['\u2019\u02bc]/gu;
const cache = new WeakMap<readonly PlaceForcePattern[], { p: PlaceForcePattern; re: RegExp }[]>();

/**
 * Each pattern's words as a global regex that starts with its first word (no leading look-behind or blank: those would
 * be tried at every position of the text); the word boundary before it and the blanks before a place after it are
 * checked on each match. Words before the place take the space or the elided article's apostrophe that ends them.
 */
function compiled(patterns: readonly PlaceForcePattern[]): { p: PlaceForcePattern; re: RegExp }[] {
  let out = cache.get(patterns);
  if (!out) {
    out = patterns.map((p) => {
      const body = p.words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(APOSTROPHES, "['\u2019\u02bc]");
      const gap = /['\u2019\u02bc]$/u.test(p.words) ? '\\s?' : '\\s+';
      return { p, re: new RegExp(p.position === 'before' ? `${body}${gap}` : `${body}(?![\\p{L}\\p{N}])`, 'giu') };
    });
    cache.set(patterns, out);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const BLANK = /\s/u;

/**
 * The force phrases of a text: each toponym with a pattern's words right before or after it, and the state actor
 * (`{country}-{role}`) of the country its likeliest reading lies in. A toponym without such an actor gives none.
 * Each pattern scans the text once; most texts hold none of its words.
 */
export function forcePhrases(
  text: string, matches: readonly PlaceMatch[], patterns: readonly PlaceForcePattern[], knowledge: Pick<Knowledge, 'resolvePlace' | 'getActor'>,
): ForcePhrase[] {
  if (!patterns.length || !matches.length) return [];
  const out: ForcePhrase[] = [];
  const taken = new Set<PlaceMatch>();
  let byStart: Map<number, PlaceMatch> | undefined;
  let byEnd: Map<number, PlaceMatch> | undefined;
  for (const { p, re } of compiled(patterns)) {
    re.lastIndex = 0;
    for (let x = re.exec(text); x; x = re.exec(text)) {
      if (x.index > 0 && WORD_CHAR.test(text[x.index - 1]!)) continue;
      let at = p.position === 'before' ? x.index + x[0].length : x.index;
      if (p.position === 'after') {
        while (at > 0 && BLANK.test(text[at - 1]!)) at--;
        if (at === x.index) continue;
      }
      const m = p.position === 'before'
        ? (byStart ??= new Map(matches.map((y) => [y.span.start, y]))).get(at)
        : (byEnd ??= new Map(matches.map((y) => [y.span.end, y]))).get(at);
      if (!m || taken.has(m)) continue;
      const country = knowledge.resolvePlace(m, {})?.place.country;
      const actor = country ? knowledge.getActor(`${country}-${p.role}`) : null;
      if (!actor) continue;
      taken.add(m);
      const span = p.position === 'before' ? { start: x.index, end: m.span.end } : { start: m.span.start, end: x.index + x[0].length };
      const phrase = text.slice(span.start, span.end);
      out.push({ ...span, place: m, hit: { ...span, text: phrase, actor, metonym: false, match: { span, text: phrase, actor, metonym: false } } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
