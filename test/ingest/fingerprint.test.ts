// Near-duplicate detection: a wire story republished with a new headline and one edited sentence is
// the same story; another outlet's story on the same event is not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BAND_COUNT, contentHash, decodeFingerprint, encodeFingerprint, figures, fingerprintBands, minhash, NEAR_DUPLICATE_THRESHOLD, similarity, textFingerprint,
} from '../../src/ingest/fingerprint.js';
import { normalizeText } from '../../src/ingest/normalize-text.js';

const FIX = join(import.meta.dirname, '../fixtures/ingest');
const text = (f: string): string => normalizeText(readFileSync(join(FIX, f), 'utf8'));
const sig = (f: string): Uint32Array => minhash(text(f))!;

describe('near-duplicate fingerprints', () => {
  it('links a republished story with a changed headline and one edited sentence', () => {
    const s = similarity(sig('wire-original.fr.txt'), sig('wire-republished.fr.txt'));
    expect(s).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    const shared = new Set(fingerprintBands(textFingerprint(text('wire-original.fr.txt'))!));
    expect(fingerprintBands(textFingerprint(text('wire-republished.fr.txt'))!).some((b) => shared.has(b))).toBe(true);
  });

  it('does not link two different stories on the same event', () => {
    expect(similarity(sig('wire-original.fr.txt'), sig('same-event-other-story.fr.txt'))).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    expect(similarity(sig('wire-republished.fr.txt'), sig('same-event-other-story.fr.txt'))).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('is deterministic and round-trips through its stored form', () => {
    const fp = textFingerprint(text('wire-original.fr.txt'))!;
    expect(textFingerprint(text('wire-original.fr.txt'))).toBe(fp);
    expect(encodeFingerprint(decodeFingerprint(fp)!)).toBe(fp);
    expect(fingerprintBands(fp)).toHaveLength(BAND_COUNT);
    expect(new Set(fingerprintBands(fp)).size).toBe(BAND_COUNT);
  });

  it('gives no fingerprint to a text too short to compare, nor to one without words, and rejects foreign fingerprints', () => {
    expect(textFingerprint('Attaque à Kidal le 3 mars : 2 morts, selon la MINUSMA.')).toBeNull();
    expect(textFingerprint(' … — ')).toBeNull();
    expect(decodeFingerprint('abcdef')).toBeNull();
    expect(fingerprintBands('simhash:0123')).toEqual([]);
  });

  it('reads the figures a text states, thousands separators aside', () => {
    expect([...figures('Au moins 1 200 morts et 1,200 blessés ; 3,5 km ; le 21 septembre 2023.')]).toEqual(['1200', '3,5', '21', '2023']);
  });

  it('hashes the exact text (sha256)', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(contentHash('abc ')).not.toBe(contentHash('abc'));
  });
});
