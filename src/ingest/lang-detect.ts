// Language identification with eld (small model, offline): "fr", "en", … or null when unsure.
import { eld } from 'eld/small';

/** Characters read: eld's accuracy between French and English is flat well before this length. */
const SAMPLE = 1000;
/** Fewer letters than this is too little to tell a language. */
const MIN_LETTERS = 8;
const LETTER = /\p{L}/u;

function hasLetters(text: string, n: number): boolean {
  let seen = 0;
  for (const ch of text) if (LETTER.test(ch) && ++seen >= n) return true;
  return false;
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  const r = eld.detect(sample);
  return r.language && r.language !== 'und' ? r.language : null;
}
