// Numbers written in words: a run of number words is read left to right into one or more numbers
// ("deux cents" 200, "quatre-vingt-dix" 90, "vingt et un" 21, "two hundred and four" 204).
import type { CompiledNumberLexicon } from './compile.js';

export interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly ordinal: boolean;
  readonly isArticleLike: boolean;
}

interface WordTok {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

const WORD_RE = /[\p{L}\p{M}'’]+/gu;

/** Can `v` (a unit, teen or ten) be added to the running group? */
function canAdd(group: number, v: number): boolean {
  if (group === 0) return true;
  const r = group % 100;
  if (v < 10) return r % 10 === 0; // "vingt trois", "dix sept", "cent trois"
  if (v < 20) return r === 0 || r === 60 || r === 80; // "soixante onze", "quatre vingt douze", "cent dix"
  return r === 0; // "cent vingt"
}

/** Reads the number words in text[start, end) (a run of number words and joiners) into numbers. */
export function readWordRun(text: string, start: number, end: number, lex: CompiledNumberLexicon): WordNumber[] {
  const toks: WordTok[] = [];
  const re = WORD_RE;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    toks.push({ start: start + m.index, end: start + m.index + m[0].length, word: m[0].toLowerCase().replace(/’/g, "'") });
  }
  const out: WordNumber[] = [];
  let total = 0;
  let group = 0;
  let lastBig = Infinity;
  let first = -1;
  let last = -1;
  let pendingJoiner = false;

  const emit = (): void => {
    if (first < 0) return;
    const a = toks[first]!;
    const b = toks[last]!;
    const single = first === last;
    out.push({
      start: a.start,
      end: b.end,
      value: total + group,
      ordinal: false,
      isArticleLike: single && lex.articleLike.has(a.word),
    });
    total = 0;
    group = 0;
    lastBig = Infinity;
    first = -1;
    last = -1;
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (lex.joiners.has(t.word)) {
      // A joiner only counts between two parts of one number.
      pendingJoiner = first >= 0;
      if (!pendingJoiner) emit();
      continue;
    }
    const info = lex.words.get(t.word);
    if (!info) {
      emit();
      pendingJoiner = false;
      continue;
    }
    if (info.kind === 'ordinal') {
      emit();
      out.push({ start: t.start, end: t.end, value: info.value, ordinal: true, isArticleLike: false });
      pendingJoiner = false;
      continue;
    }
    const v = info.value;
    let ok: boolean;
    if (first < 0) ok = true;
    else if (info.kind === 'unit') {
      const r = group % 100;
      if (v === 20 && r >= 2 && r <= 9 && !pendingJoiner) {
        group = group - r + r * 20; // "quatre vingt"
        last = i;
        continue;
      }
      ok = canAdd(group, v);
    } else if (v < 1000) ok = group % 1000 < v && group % 1000 < 1000 && !pendingJoiner;
    else ok = v < lastBig && !pendingJoiner;
    if (!ok) emit();
    if (first < 0) first = i;
    last = i;
    pendingJoiner = false;
    if (info.kind === 'unit') group += v;
    else if (v < 1000) group = (group === 0 ? 1 : group) * v;
    else {
      total += (group === 0 ? 1 : group) * v;
      group = 0;
      lastBig = v;
    }
  }
  emit();
  return out;
}
