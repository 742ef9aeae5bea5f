// Does a text state a gold value? Gold sets built from more than the text (UCDP codes from full
// articles, the text is a headline) are scored only on what the text itself says.
import { fold } from './mappings.js';

/** True when one of the numbers appears in digits as a whole number ("8", "1,200", "1 200"). */
export function statesNumber(text: string, values: readonly number[]): boolean {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+/g)) found.add(Number(m[0].replace(/\D/g, '')));
  return values.some((v) => found.has(v));
}

/** True when a word of at least `min` letters of the name appears as a word of the text (accents and case ignored). */
export function statesName(text: string, name: string, min = 4): boolean {
  const words = new Set(fold(text).split(/[^\p{L}\p{N}]+/u));
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length >= min && words.has(w));
}
