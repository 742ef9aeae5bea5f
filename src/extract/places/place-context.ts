// Context rules for toponyms, language-blind: the other places a document names choose among homonyms;
// an apposition in brackets ("X (admin area Y)") vetoes a reading of X far from Y; a capitalised name the
// gazetteer index lacks is tried as a spelling variant in the document's countries, and kept only when it
// lies near the other places the document names.
import type { Place } from '../../core/contract.js';
import { nameKey } from '../../knowledge/index.js';
import { distanceKm } from '../../knowledge/resolve-place.js';
import type { Knowledge, NearPlace, PlaceMatch, ResolvedPlace } from '../../knowledge/types.js';
import { nextCapitalWord } from '../lexicon/capital-words.js';

/** Two places agree when in the same country and the same admin1, or within this distance. */
export const NEAR_KM = 150;
/** A spelling-variant reading must lie this close to a place the document names. */
const VARIANT_KM = 60;

export function asNear(p: Place): NearPlace {
  return { name: p.name, geonameid: p.geonameid ?? null, country: p.country, admin1: p.admin1 ?? null, admin2: p.admin2 ?? null, lat: p.lat ?? null, lon: p.lon ?? null, precision: p.precision };
}

/** True when a lies in, or near, b (b an admin area, a town or a region); countries never count as near. */
export function agrees(a: Place, b: Place): boolean {
  if (a.precision === 'country' || b.precision === 'country') return false;
  if (a.country && b.country && a.country !== b.country) return false;
  if (b.precision === 'admin1' && (a.admin1 === b.name || a.admin1 === b.admin1)) return true;
  if (b.precision === 'admin2' && (a.admin2 === b.name || a.admin2 === b.admin2)) return true;
  if (a.admin1 && b.admin1 && a.admin1 === b.admin1 && a.country === b.country) return true;
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
}

/**
 * Re-resolves names with several candidates, the other places of the document as `near` context
 * ("Doro (entre Gossi et Gao)": the Doro near Gossi and Gao).
 */
export function resolveWithNeighbours(
  knowledge: Knowledge, matches: readonly PlaceMatch[], first: readonly (ResolvedPlace | null)[], focusCountries: readonly string[],
): (ResolvedPlace | null)[] {
  const out = [...first];
  // Distinct places only (a long text names the same towns again and again), at most MAX_NEIGHBOURS.
  const all = distinctPlaces(first.flatMap((r) => (r && r.place.precision !== 'country' ? [r.place] : [])));
  // Only names that cannot be read otherwise anchor the distance rule.
  const sureAll = distinctPlaces(first.flatMap((r, j) => (r && (matches[j]!.candidates.length === 1 || r.place.precision === 'admin2') ? [r.place] : [])));
  const memo = new Map<string, ResolvedPlace | null>();
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const own = first[i];
    if (m.candidates.length < 2 || !own) continue;
    const key = `${nameKey(m.text)}|${m.hint ?? ''}|${placeKey(own.place)}`;
    if (!memo.has(key)) {
      const near = all.filter((p) => p.name !== own.place.name).map(asNear);
      const r = near.length ? knowledge.resolvePlace(m, { focusCountries, near, ...(m.hint ? { hint: m.hint } : {}) }) : null;
      const sure = sureAll.filter((p) => placeKey(p) !== placeKey(own.place)).map(asNear);
      memo.set(key, r ? closestTown(knowledge, m, r, sure, focusCountries) : null);
    }
    const r = memo.get(key);
    if (r) out[i] = r;
  }
  return out;
}

/** How many distinct places of a document serve as context. */
const MAX_NEIGHBOURS = 100;

const placeKey = (p: Place) => `${p.name}|${p.country ?? ''}|${p.precision}|${p.lat ?? ''}|${p.lon ?? ''}`;

/** The distinct places of a list, in order of first mention, at most MAX_NEIGHBOURS. */
export function distinctPlaces(places: readonly Place[]): Place[] {
  const seen = new Map<string, Place>();
  for (const p of places) {
    if (seen.size >= MAX_NEIGHBOURS) break;
    const k = placeKey(p);
    if (!seen.has(k)) seen.set(k, p);
  }
  return [...seen.values()];
}

/**
 * Among homonym towns, the one closest to an unambiguous town or district the document names, when the
 * chosen one lies far from all of them ("Kéra (cercle de Ténenkou; région de Mopti)": the Kéra by Ténenkou, not another in Mopti).
 */
function closestTown(knowledge: Knowledge, m: PlaceMatch, r: ResolvedPlace, near: readonly NearPlace[], focusCountries: readonly string[]): ResolvedPlace {
  if (r.place.precision !== 'city') return r;
  const local = near.filter((p) => (p.precision === 'city' || p.precision === 'admin2') && p.lat != null && p.lon != null);
  if (!local.length) return r;
  const dist = (lat: number | null | undefined, lon: number | null | undefined) =>
    lat == null || lon == null ? Infinity : Math.min(...local.map((p) => distanceKm(lat, lon, p.lat!, p.lon!)));
  const own = dist(r.place.lat, r.place.lon);
  let best: { c: PlaceMatch['candidates'][number]; d: number } | null = null;
  for (const c of m.candidates) {
    if (c.featureClass !== 'city' || c.country !== r.place.country || (focusCountries.length && !focusCountries.includes(c.country ?? ''))) continue;
    const d = dist(c.lat, c.lon);
    if (d < (best?.d ?? Infinity)) best = { c, d };
  }
  if (!best || best.d > NEAR_KM || own <= NEAR_KM) return r;
  const alt = knowledge.resolvePlace({ ...m, candidates: [best.c] }, { focusCountries });
  return alt ? { ...alt, reason: `${alt.reason}; closest to a town the text names (${Math.round(best.d)} km)` } : r;
}

/** The first toponym inside brackets that open right after `end` ("Ménaka (Région de Gao)"), if any; `sorted` by start. */
export function bracketedAfter<T extends { start: number; end: number }>(text: string, end: number, sorted: readonly T[]): T | null {
  const open = /^\s*\(/u.exec(text.slice(end, end + 4));
  if (!open) return null;
  const from = end + open[0].length;
  const close = text.indexOf(')', from);
  if (close < 0) return null;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const x = sorted[lo];
  return x && x.end <= close ? x : null;
}

/**
 * Capitalised words (with a lower-case letter) that do not open a sentence, stand alone (no capitalised
 * neighbour: "Federal Secretary" is a title, not a place) and that no known name covers.
 */
const SPACE_RE = /\s/u;

// Made once (not at each word): patterns with \p{…} are built by the RegExp constructor wherever they are written.
const LOWER_LETTER = /\p{Ll}/u;
const CAPITAL_WORD_END = /\p{Lu}[\p{L}\p{M}.]*\s+$/u;
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

export function unknownNames(text: string, from: number, covered: (start: number, end: number) => boolean): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // The capitalised words, by a character scanner (lexicon/capital-words.ts: the same matches as its regex).
  const span = { start: 0, end: 0 };
  for (let at = from; nextCapitalWord(text, at, span); at = span.end) {
    const w = text.slice(span.start, span.end);
    if (w.length < 4 || !LOWER_LETTER.test(w.slice(1))) continue;
    const start = span.start;
    const before = text.slice(Math.max(0, start - 3), start);
    if (start === 0 || /(?:^|[.!?:;\n]\s*)$/u.test(before) || /\n\s*$/u.test(before)) continue;
    if ((SPACE_RE.test(text[start - 1]!) && CAPITAL_WORD_END.test(text.slice(Math.max(0, start - 30), start))) || CAPITAL_NEXT.test(text.slice(start + w.length, start + w.length + 3))) continue;
    if (covered(start, start + w.length)) continue;
    out.push({ start, end: start + w.length, text: w });
  }
  return out;
}

/**
 * A spelling variant in the document's countries, kept when it lies close to a town or district the
 * document names, or, when the document names only larger areas, inside one of them.
 */
export function variantNear(knowledge: Knowledge, name: string, focusCountries: readonly string[], near: readonly Place[]): ResolvedPlace | null {
  if (!focusCountries.length || !near.length) return null;
  const r = knowledge.lookupPlace(name, { focusCountries, near: near.map(asNear) });
  if (!r || r.place.precision !== 'city' || !focusCountries.includes(r.place.country ?? '')) return null;
  // A name the index has as such was left out by the place finder on purpose (a stop word, a surname).
  const key = nameKey(name);
  if ([r.entry.name, ...r.entry.names].some((n) => nameKey(n) === key)) return null;
  const local = near.filter((p) => p.precision === 'city' || p.precision === 'admin2');
  const v = r.place;
  const ok = local.length
    ? local.some((p) => p.lat != null && p.lon != null && v.lat != null && v.lon != null && distanceKm(v.lat, v.lon, p.lat, p.lon) <= VARIANT_KM)
    : near.some((p) => agrees(v, p));
  return ok ? r : null;
}

/**
 * An admin area without coordinates ("cercle de Tombouctou") takes those of the town the same words name
 * in its country (the other candidates of the mention), its seat as a rule, so that it can be mapped; its
 * name and precision stay.
 */
export function withSeatCoords(p: Place, candidates: PlaceMatch['candidates']): Place {
  if (p.lat != null || (p.precision !== 'admin1' && p.precision !== 'admin2')) return p;
  const seat = candidates
    .filter((c) => c.featureClass === 'city' && c.country === p.country && c.lat !== null && c.lon !== null && (!p.admin1 || !c.admin1 || c.admin1 === p.admin1))
    .sort((a, b) => b.population - a.population)[0];
  return seat ? { ...p, lat: seat.lat, lon: seat.lon } : p;
}
