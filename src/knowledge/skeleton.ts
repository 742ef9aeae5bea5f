// A spelling skeleton for transliteration variants ("Pionerske"/"Pionerskoye", "Kalinovo"/"Kalynove",
// "Andéranboukane"/"Anderamboukane"): folded letters rewritten by data rules
// (data/places/skeleton.tsv), vowels after the first letter dropped, repeated letters collapsed.
import { tsvRows } from './lang-data.js';
import { KnowledgeDataError } from './errors.js';

export interface SkeletonRule {
  readonly from: string;
  readonly to: string;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

export function parseSkeletonRules(text: string, source: string): SkeletonRule[] {
  return tsvRows(text).map(({ line, cols }) => {
    const [from, to] = cols;
    if (!from || !/^[a-z]+$/.test(from)) throw new KnowledgeDataError(source, line, 'from', `"${from ?? ''}" must be folded letters a-z`);
    if (to !== undefined && to !== '' && !/^[a-z]+$/.test(to)) throw new KnowledgeDataError(source, line, 'to', `"${to}" must be folded letters a-z or empty`);
    return { from, to: to ?? '' };
  });
}

/** Skeleton of a folded name key; "" when the name has too few letters to compare safely. */
export function skeleton(key: string, rules: readonly SkeletonRule[], minLength = 4): string {
  let s = key.replace(/[^a-z]/g, '');
  if (!s) return '';
  const first = VOWELS.has(s[0] ?? '') ? 'a' : (s[0] ?? '');
  for (const r of rules) if (s.includes(r.from)) s = s.split(r.from).join(r.to);
  let out = first;
  for (let i = 1; i < s.length; i++) {
    const c = s[i] as string;
    if (VOWELS.has(c) || c === out[out.length - 1]) continue;
    out += c;
  }
  return out.length >= minLength ? out : '';
}
