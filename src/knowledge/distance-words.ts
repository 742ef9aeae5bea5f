// Words of a distance from a named place, per language (data/lang/<code>/distance-words.tsv): "à 37 km d'Andéranboukane",
// "650 km east of Bangui". Parsing and one pattern per language; the words live in the data files.
import { KnowledgeDataError } from './errors.js';
import { phraseAlternation, tsvRows } from './lang-data.js';
import type { DistancePattern } from './types.js';

export interface DistanceWords {
  /** Units with their length in km ("km" 1, "miles" 1.609344). */
  readonly units: readonly { readonly phrase: string; readonly km: number }[];
  /** Directions between the unit and the words before the place ("au nord", "north-east"). */
  readonly directions: readonly string[];
  /** The words right before the place ("de", "d'", "from", "of the town of"). */
  readonly froms: readonly string[];
}

export function parseDistanceWords(text: string, source: string): DistanceWords {
  const units: { phrase: string; km: number }[] = [];
  const directions: string[] = [];
  const froms: string[] = [];
  for (const { line, cols } of tsvRows(text)) {
    const [kind, phrase, km] = cols;
    if (!phrase) throw new KnowledgeDataError(source, line, 'phrase', 'is empty');
    if (kind === 'unit') {
      const n = Number(km);
      if (!km || !Number.isFinite(n) || n <= 0) throw new KnowledgeDataError(source, line, 'km', `must be a positive number of kilometres, got "${km ?? ''}"`);
      units.push({ phrase, km: n });
    } else if (kind === 'direction') directions.push(phrase);
    else if (kind === 'from') froms.push(phrase);
    else throw new KnowledgeDataError(source, line, 'kind', `must be "unit", "direction" or "from", got "${kind ?? ''}"`);
  }
  return { units, directions, froms };
}


/**
 * The pattern of a distance phrase ending where a place's name starts ("37 km d'", "650 km east of "), with the number,
 * the unit's length and where the phrase starts; null when the language has no units or no words before the place.
 * A number is written in digits: "1 200", "1,200" (thousands), "1,5" or "1.5" (decimals).
 */
export function distancePattern(w: DistanceWords): DistancePattern | null {
  if (!w.units.length || !w.froms.length) return null;
  const dirs = w.directions.length ? `(?:(?:${phraseAlternation(w.directions)})\\s+)?` : '';
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?)\\s*(${phraseAlternation(w.units.map((u) => u.phrase))})\\.?\\s+${dirs}(?:${phraseAlternation(w.froms)})\\s*$`,
    'iu',
  );
  const units = new Map(w.units.map((u) => [u.phrase.toLowerCase(), u.km]));
  return {
    before(text, at) {
      const from = Math.max(0, at - 90);
      const m = re.exec(text.slice(from, at));
      if (!m) return null;
      const km = (units.get(m[2]!.toLowerCase()) ?? 1) * readNumber(m[1]!);
      return Number.isFinite(km) ? { start: from + m.index, km } : null;
    },
  };
}

/** "1 200", "1,200", "1.200" (thousands: groups of three digits) or "1,5", "1.5" (a decimal). */
function readNumber(s: string): number {
  if (/^\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+$/u.test(s)) return Number(s.replace(/[^\d]/g, ''));
  return Number(s.replace(',', '.'));
}
