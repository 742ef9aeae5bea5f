// Finds the parts of a document written in another language than its own: the document is read once per language
// present, each time with the other languages' parts blanked out. Decided cheaply: a document holding fewer than
// MIN_FOREIGN_CUES cue words of every other language takes the one-language path untouched.
import type { Span } from '../../core/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import { detectLanguage } from '../../ingest/lang-detect.js';
import { cueTable, cueVotes, hasCues, MIN_CUES, partLanguage, type Votes } from './cue-words.js';
import { textParts } from './parts.js';

/** Cue words of another language a document must hold before its parts are looked at: as many as one part needs. */
export const MIN_FOREIGN_CUES = MIN_CUES;
/** A part in another language must have at least this many words: a name or a short phrase is no part of its own. */
export const MIN_PART_WORDS = 4;
/** A part of this many words whose cue words do not decide is asked of the statistical detector. */
export const MIN_DETECTOR_WORDS = 6;

export interface LanguagePart extends Span {
  /** The pack reading this part; null when its language is unsure (it stays with the document's own language). */
  readonly pack: LanguagePack | null;
}

export interface MixedLayout {
  /** The packs present, the document's own first. */
  readonly packs: readonly LanguagePack[];
  readonly parts: readonly LanguagePart[];
}

/**
 * The language layout of text[from…] read as `own` among `packs`, or null when the document is in one language
 * (or its own language cannot be told apart: a pack without cue words).
 */
export function mixedLayout(
  text: string,
  from: number,
  own: LanguagePack,
  packs: readonly LanguagePack[],
  detect: (text: string) => string | null = detectLanguage,
): MixedLayout | null {
  const table = cueTable(packs);
  const ownIndex = packs.indexOf(own);
  if (ownIndex < 0 || !own.functionWords?.length) return null;
  const foreign = packs.map((_, i) => i).filter((i) => i !== ownIndex && hasCues(text, from, table, i, MIN_FOREIGN_CUES));
  if (!foreign.length) return null;
  const parts: LanguagePart[] = [];
  const present = new Set<number>();
  let ownSeen = false;
  for (const span of textParts(text, from)) {
    const v = cueVotes(text, span.start, span.end, table);
    const i = languageOf(v, () => detect(text.slice(span.start, span.end)), packs);
    if (i === ownIndex) ownSeen = true;
    const other = i >= 0 && i !== ownIndex && v.words >= MIN_PART_WORDS;
    if (other) present.add(i);
    parts.push({ ...span, pack: other ? packs[i]! : i === ownIndex ? own : null });
  }
  // Parts in another language beside parts in the document's own or of unsure language ("Centrafrique : combats à
  // Alindao" has too few cue words): each is read with its pack. A text whose every part is in another language is
  // no mixed text.
  if (!present.size || !(ownSeen || parts.some((p) => p.pack === null))) return null;
  return { packs: [own, ...[...present].sort((a, b) => a - b).map((i) => packs[i]!)], parts };
}

/** The text with every part read by another pack than `pack` replaced by spaces (line breaks kept): offsets hold. */
export function blankOthers(text: string, layout: MixedLayout, pack: LanguagePack): string {
  const own = pack === layout.packs[0];
  const out: string[] = [];
  let at = 0;
  for (const p of layout.parts) {
    // Parts of unsure language stay with the document's own language.
    const keep = p.pack === pack || (own && p.pack === null);
    if (keep) continue;
    out.push(text.slice(at, p.start), text.slice(p.start, p.end).replace(/[^\n]/g, ' '));
    at = p.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/**
 * The index of a part's pack: its cue words decide; when they do not, a long enough part goes to the detector, whose
 * answer stands when it names a pack whose cue words are not outnumbered there. -1 when unsure.
 */
function languageOf(v: Votes, detect: () => string | null, packs: readonly LanguagePack[]): number {
  const i = partLanguage(v);
  if (i >= 0 || v.words < MIN_DETECTOR_WORDS) return i;
  const code = detect();
  const j = code ? packs.findIndex((p) => p.code === code) : -1;
  return j >= 0 && v.counts.every((n) => n <= v.counts[j]!) ? j : -1;
}
