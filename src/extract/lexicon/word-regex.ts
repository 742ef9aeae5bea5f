// Turns a language pack's pattern (a regular-expression source) into a whole-word, case-insensitive
// matcher over the original text, so that every match is an exact span of the input.
import type { Span } from '../../core/types.js';

export interface Match extends Span {
  readonly text: string;
}

/** Typographic apostrophes and straight ones are the same character for patterns (outside character classes). */
export function normaliseApostrophes(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === "'" ? "'’" : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else out += ch === "'" || ch === '’' ? "['’]" : ch;
  }
  return out;
}

/** Whole words: no letter or digit just before; after, none either unless the match ends with an apostrophe or hyphen. */
export function wordRegex(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${normaliseApostrophes(source)})(?:(?<=['’-])|(?![\\p{L}\\p{N}]))`, 'giu');
}

/** Anchored variants: the pattern must start exactly at lastIndex (sticky). */
export function stickyWordRegex(source: string): RegExp {
  return new RegExp(`(?:${normaliseApostrophes(source)})(?:(?<=['’-])|(?![\\p{L}\\p{N}]))`, 'iuy');
}

/** Every match of a global regex in text[from, to). */
export function matchAll(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Keeps the longest of overlapping matches (earlier first on ties), in one sweep in text order. */
export function longestNonOverlapping<T extends Span>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: T[] = [];
  for (const it of sorted) {
    const last = kept[kept.length - 1];
    if (!last || it.start >= last.end) kept.push(it);
    else if (it.end - it.start > last.end - last.start) kept[kept.length - 1] = it;
  }
  return kept;
}
