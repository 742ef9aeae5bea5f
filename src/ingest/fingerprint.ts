// Exact and near-duplicate fingerprints.
// Exact: sha256 of the normalised text. Near: MinHash (120 hash functions) over word 3-shingles,
// indexed by LSH in 40 bands of 3 rows; two texts whose estimated Jaccard similarity reaches the
// threshold are the same story republished.
import { createHash } from 'node:crypto';

export const MINHASH_SIZE = 120;
export const BAND_ROWS = 3;
export const BAND_COUNT = MINHASH_SIZE / BAND_ROWS;
/** Estimated Jaccard similarity from which a document is a near-duplicate of an earlier one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
const SHINGLE_WORDS = 3;
const FINGERPRINT_PREFIX = 'mh1:';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Fixed odd multipliers and offsets for the 120 universal hash functions (deterministic: a splitmix-like sequence).
const MULT = new Uint32Array(MINHASH_SIZE);
const ADD = new Uint32Array(MINHASH_SIZE);
{
  let s = 0x9e3779b9;
  const next = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < MINHASH_SIZE; i++) {
    MULT[i] = next() | 1;
    ADD[i] = next();
  }
}

/** FNV-1a over a string's UTF-16 code units, then a final avalanche. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Only the start of a very long text is fingerprinted (an article is far shorter; this bounds the cost). */
const MAX_FINGERPRINT_CHARS = 200_000;

function shingleHashes(text: string): Set<number> {
  const words = text.slice(0, MAX_FINGERPRINT_CHARS).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(hash32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/**
 * Texts with fewer distinct shingles get no near-duplicate fingerprint: two short dispatches built
 * on the same pattern ("Attaque à X : N morts") share most of their few shingles without being copies.
 */
export const MIN_SHINGLES = 30;

/** The MinHash signature of a text, or null when it is too short to compare (see MIN_SHINGLES). */
export function minhash(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = (Math.imul(MULT[i]!, h) + ADD[i]!) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Serialises a signature for the store ("mh1:" + 120 × 8 hex digits). */
export function encodeFingerprint(sig: Uint32Array): string {
  let s = FINGERPRINT_PREFIX;
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function decodeFingerprint(fp: string): Uint32Array | null {
  if (!fp.startsWith(FINGERPRINT_PREFIX) || fp.length !== FINGERPRINT_PREFIX.length + MINHASH_SIZE * 8) return null;
  const sig = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const v = Number.parseInt(fp.slice(FINGERPRINT_PREFIX.length + i * 8, FINGERPRINT_PREFIX.length + i * 8 + 8), 16);
    if (Number.isNaN(v)) return null;
    sig[i] = v;
  }
  return sig;
}

/** The fingerprint of a text ("mh1:…"), or null when it is too short to compare. */
export function textFingerprint(text: string): string | null {
  const sig = minhash(text);
  return sig ? encodeFingerprint(sig) : null;
}

/** LSH band keys of a fingerprint ("b07:1a2b3c…"): documents sharing one are near-duplicate candidates. */
export function fingerprintBands(fp: string): string[] {
  if (!fp.startsWith(FINGERPRINT_PREFIX)) return [];
  const body = fp.slice(FINGERPRINT_PREFIX.length);
  const bands: string[] = [];
  for (let b = 0; b < BAND_COUNT; b++) {
    bands.push(`b${String(b).padStart(2, '0')}:${body.slice(b * BAND_ROWS * 8, (b + 1) * BAND_ROWS * 8)}`);
  }
  return bands;
}

/** Estimated Jaccard similarity of two signatures (share of equal MinHash values). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** The figures a text states (digit sequences, "1,200" and "1 200" read alike). */
export function figures(text: string): Set<string> {
  return new Set((text.match(/\d+(?:[., ]\d{3})*(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(/[ ,.](?=\d{3}(?!\d))/g, '')));
}
