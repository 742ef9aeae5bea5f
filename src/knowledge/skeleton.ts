// A spelling skeleton for transliteration variants ("Pionerske"/"Pionerskoye", "Kalinovo"/"Kalynove",
// "Andéranboukane"/"Anderamboukane"): folded letters rewritten by data rules
// (data/places/skeleton-rules.txt), every run of vowels written "a", repeated letters collapsed.
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
export function skeleton(key: string, rules: readonly SkeletonRule[], minLength = 5): string {
  let s = key.replace(/[^a-z]/g, '');
  for (const r of rules) if (s.includes(r.from)) s = s.split(r.from).join(r.to);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = VOWELS.has(s[i] as string) ? 'a' : (s[i] as string);
    if (c !== out[out.length - 1]) out += c;
  }
  return out.length >= minLength ? out : '';
}

/** Identifies a rule set, so that a precomputed skeleton index is used only with the rules it was built from. */
export function rulesId(rules: readonly SkeletonRule[]): string {
  let h = 0x811c9dc5;
  for (const ch of rules.map((r) => `${r.from}>${r.to}`).join(';')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The "skeleton<TAB>ids" index text for a "key<TAB>ids" index, headed by the rules' id. */
export function skeletonIndexText(keys: string, rules: readonly SkeletonRule[]): string {
  const m = new Map<string, string>();
  for (const line of keys.split('\n')) {
    const tab = line.indexOf('\t');
    const ids = line.slice(tab + 1);
    if (tab <= 0 || !ids) continue;
    const sk = skeleton(line.slice(0, tab), rules);
    if (!sk) continue;
    const known = m.get(sk);
    m.set(sk, known === undefined ? ids : `${known},${ids}`);
  }
  return `# skeleton rules ${rulesId(rules)}\n` + [...m].map(([k, v]) => `${k}\t${v}`).join('\n') + '\n';
}
