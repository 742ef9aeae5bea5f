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

/**
 * eld reads its text with runs of non-letters made one space, lower-cased, and stops after 380 UTF-8 bytes of that
 * (eld 2.1 languageDetector.js strToUtf8Bytes), so a sample is cut once it holds more ASCII letters than that (each
 * one at least a byte eld keeps), right after one of them: a cased letter, past which no character's lower case
 * looks (final sigma), and no run of non-letters is cut. eld then reads exactly what it read from the whole sample.
 */
const ELD_BYTES = 380;

export function cutForEld(sample: string): string {
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122 && ++letters > ELD_BYTES + 20) return sample.slice(0, i + 1);
  }
  return sample;
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  const r = eld.detect(cutForEld(sample));
  return r.language && r.language !== 'und' ? r.language : null;
}
