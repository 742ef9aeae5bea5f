// The place of an event told in a sentence: a resolved toponym of the sentence, preferring one after
// a locative cue ("à", "près de", "in") and the nearest after the trigger; toponyms standing for a
// government (metonymy) or after a non-locative cue ("en provenance de") are not places of the event.
// Breakdowns "X (deux) et Y (trois)" give places[].
import type { Place } from '../../core/contract.js';
import type { CompiledPack } from '../lexicon/compiled-pack.js';
import { lastAtOrBefore } from '../bucket.js';
import type { Candidate } from '../model.js';
import { isDistanceMention } from './distance-from.js';

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly place: Place;
  /** A country, a region, or a place of 100,000 people or more (a gazetteer reading); undefined when unknown. */
  readonly prominent?: boolean;
}

const BREAKDOWN = /^\s*\(\s*[^()]{1,30}\)/u;

export interface SentencePlaces {
  readonly best: PlaceMention | null;
  readonly rank: number;
  readonly breakdown: readonly PlaceMention[];
}

export function placesForCandidate(
  text: string,
  c: Candidate,
  mentions: readonly PlaceMention[],
  pack: CompiledPack,
  numberStarts: readonly number[],
  focusCountries: readonly string[],
): SentencePlaces {
  const s = c.sentence;
  // A bracketed place counts from its bracket, and the first in it (the finest area) comes first.
  const scored: { m: PlaceMention; rank: number; at: { start: number; end: number } }[] = [];
  const breakdown: PlaceMention[] = [];
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    if (c.trigger.start < m.end && m.start < c.trigger.end) continue;
    // A distance phrase ("10 miles from Bambari") says where by itself: the cues are read before it.
    const far = isDistanceMention(m);
    const at = far ? m.phraseStart : m.start;
    const before = text.slice(Math.max(s.start, at - 40), at);
    if (pack.nonLocative.test(before)) continue;
    const paren = BREAKDOWN.exec(text.slice(m.end, m.end + 34));
    if (paren && hasNumberIn(numberStarts, m.end, m.end + paren[0].length)) breakdown.push(m);
    // Inside brackets that open earlier in the sentence ("X (commune de Y; cercle de Z; région de W)").
    const head = text.slice(s.start, m.start);
    const rel = head.lastIndexOf('(');
    const inParens = rel >= 0 && rel > head.lastIndexOf(')');
    const open = s.start + rel;
    const offFocus = focusCountries.length > 0 && !focusCountries.includes(m.place.country ?? '') ? 1 : 0;
    const locative = far || pack.locative.test(before);
    if (!inParens && strayPlace(text, m, focusCountries, pack)) continue;
    scored.push({ m, rank: (inParens ? 2 : locative ? 0 : 1) + offFocus, at: inParens ? { start: open, end: open + 1 } : m });
  }
  // A country named beside a finer place of it ("Centrafrique : … dans la région de Paoua") yields to that place;
  // a place read in another country than the one the sentence names ("RCA : … à Sido" read as Sidon) is a homonym.
  const countries = new Set(scored.filter((x) => x.m.place.precision === 'country').map((x) => x.m.place.country));
  for (const x of scored) {
    if (x.m.place.precision === 'country' && scored.some((y) => y.m.place.precision !== 'country' && y.m.place.country === x.m.place.country)) x.rank += 1.5;
    else if (x.m.place.precision !== 'country' && countries.size > 0 && !countries.has(x.m.place.country)) x.rank += 2;
  }
  const t = c.trigger.start;
  scored.sort((a, b) => a.rank - b.rank || distance(a.at, t) - distance(b.at, t) || a.m.start - b.m.start);
  const top = scored[0];
  return { best: top?.m ?? null, rank: top?.rank ?? 9, breakdown: breakdown.length >= 2 ? breakdown : [] };
}

/**
 * A small town or an area outside the story's countries, named without a locative cue ("Central African Republic:
 * Time for accountability", "The Mission"): a word misread or a mere mention, not where an event took place.
 */
export function strayPlace(text: string, m: PlaceMention, focusCountries: readonly string[], pack: Pick<CompiledPack, 'locative'>): boolean {
  // A big city abroad is named for what happened there ("… arrondissement de Paris"); an area ("Africa", "Western") is not.
  if (!focusCountries.length || (m.prominent && m.place.precision === 'city') || m.place.precision === 'country' || focusCountries.includes(m.place.country ?? '')) return false;
  return !isDistanceMention(m) && !pack.locative.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** Places after the trigger come first; before it, a little farther. */
function distance(m: { start: number; end: number }, trigger: number): number {
  return m.start >= trigger ? m.start - trigger : (trigger - m.end) * 1.5;
}

/** True when a number starts in (from, to); numberStarts is sorted. */
function hasNumberIn(numberStarts: readonly number[], from: number, to: number): boolean {
  const i = lastAtOrBefore(numberStarts, from, (n) => n) + 1;
  const n = numberStarts[i];
  return n !== undefined && n > from && n < to;
}
