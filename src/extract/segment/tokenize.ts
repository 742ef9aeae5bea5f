// Tokeniser: words (with elided prefixes and suffix clitics split off), numbers, punctuation, symbols.
import { nextToken } from './scan-token.js';
import type { SegmentLexicon, TokenKind } from './types.js';

/** A token before sentence splitting; `sentence` is filled in by the segmenter (-1 until then). */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  sentence: number;
  readonly clitic?: boolean;
}

/** A lexicon compiled once: lookups as sets, so tokenising is one regex pass. */
export interface CompiledSegmentLexicon {
  readonly abbreviations: ReadonlySet<string>;
  readonly starters: ReadonlySet<string>;
  readonly elisions: ReadonlySet<string>;
  readonly clitics: readonly string[];
  readonly openers: ReadonlyMap<string, string>;
  readonly symmetric: ReadonlySet<string>;
  readonly closers: ReadonlySet<string>;
}

const cache = new WeakMap<SegmentLexicon, CompiledSegmentLexicon>();

export function compileSegmentLexicon(lex: SegmentLexicon): CompiledSegmentLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const openers = new Map<string, string>();
  const symmetric = new Set<string>();
  const closers = new Set<string>();
  for (const [open, close] of lex.quotes) {
    if (open === close) symmetric.add(open);
    else {
      openers.set(open, close);
      closers.add(close);
    }
  }
  const compiled: CompiledSegmentLexicon = {
    abbreviations: new Set(lex.abbreviations),
    starters: new Set(lex.sentenceStarters ?? []),
    elisions: new Set(lex.elisions.map((e) => e.toLowerCase())),
    clitics: lex.clitics.map((c) => c.toLowerCase().replace(/’/g, "'")).sort((a, b) => b.length - a.length),
    openers,
    symmetric,
    closers,
  };
  cache.set(lex, compiled);
  return compiled;
}

// Tokens are read by nextToken (scan-token.ts): a word is letters/marks/digits, with inner hyphens or
// apostrophes, optionally ending with an apostrophe (elision before a quote); else a run of terminal
// punctuation; else one other character.
const APOSTROPHE_RE = /['’]/;
const PUNCT_RE = /^[.,;:!?…«»"“”„‟‹›()[\]{}'’\-–—/]+$/u;

const LETTER_RE = /^[\p{L}\p{M}]/u;
const NUMBER_RE = /^\p{N}/u;

/** True when the first character is a letter, mark or digit (ASCII fast path). */
export function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_RE.test(ch) || NUMBER_RE.test(ch);
}

function classify(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'number';
    if ((c | 32) >= 97 && (c | 32) <= 122) return 'word';
  } else {
    if (NUMBER_RE.test(text)) return 'number';
    if (LETTER_RE.test(text)) return 'word';
  }
  if (text.length === 1) return PUNCT_CHARS.has(text) ? 'punct' : 'symbol';
  return PUNCT_RE.test(text) ? 'punct' : 'symbol';
}

const PUNCT_CHARS: ReadonlySet<string> = new Set('.,;:!?…«»"“”„‟‹›()[]{}\'’-–—/');

/** Splits one word token into elided prefixes, the word, and a suffix clitic. */
function splitWord(text: string, start: number, lex: CompiledSegmentLexicon, out: RawToken[]): void {
  let s = 0;
  // Elided prefixes, possibly several ("qu'l'…" is rare but "jusqu'à" is one).
  for (;;) {
    const rest = text.slice(s);
    const m = APOSTROPHE_RE.exec(rest);
    if (!m) break;
    const prefix = rest.slice(0, m.index).toLowerCase();
    if (!lex.elisions.has(prefix)) break;
    const len = m.index + 1;
    out.push({ start: start + s, end: start + s + len, text: text.slice(s, s + len), kind: 'word', sentence: -1, clitic: true });
    s += len;
    if (s >= text.length) return;
  }
  let e = text.length;
  // Languages without suffix clitics (French) skip the lower-cased copy.
  if (lex.clitics.length) {
    const lower = text.slice(s).toLowerCase().replace(/’/g, "'");
    for (const c of lex.clitics) {
      if (lower.length > c.length && lower.endsWith(c)) {
        e = text.length - c.length;
        break;
      }
    }
  }
  const word = text.slice(s, e);
  out.push({ start: start + s, end: start + e, text: word, kind: classify(word), sentence: -1 });
  if (e < text.length) {
    out.push({ start: start + e, end: start + text.length, text: text.slice(e), kind: 'word', sentence: -1, clitic: true });
  }
}

/** Tokens of text[from, to), offsets absolute. */
export function tokenize(text: string, lex: CompiledSegmentLexicon, from: number, to: number): RawToken[] {
  const out: RawToken[] = [];
  const span = { start: 0, end: 0 };
  for (let pos = from; nextToken(text, pos, span) && span.start < to; pos = span.end) {
    const start = span.start;
    const t = text.slice(start, span.end);
    if (span.end > to) {
      // A token running past the window is cut at the window's edge.
      const cut = text.slice(start, to);
      if (cut) out.push({ start, end: to, text: cut, kind: classify(cut), sentence: -1 });
      break;
    }
    const isWordish = isWordChar(t.charCodeAt(0), t[0] ?? '');
    if (isWordish && t.length > 1 && (t.includes("'") || t.includes('’'))) {
      // A trailing apostrophe stays on the word only when the word is an elided prefix.
      const trailing = /['’]$/.test(t);
      if (trailing && !lex.elisions.has(t.slice(0, -1).toLowerCase())) {
        splitWord(t.slice(0, -1), start, lex, out);
        out.push({ start: start + t.length - 1, end: start + t.length, text: t.slice(-1), kind: 'punct', sentence: -1 });
      } else {
        splitWord(t, start, lex, out);
      }
    } else {
      out.push({ start, end: start + t.length, text: t, kind: classify(t), sentence: -1 });
    }
  }
  return out;
}
