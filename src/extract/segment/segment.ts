// Segmentation: paragraphs (blank lines), sentences (terminal punctuation, abbreviations and quotations
// respected), tokens and quotation spans. Language knowledge comes from the SegmentLexicon.
import type { Paragraph, Quotation, Segmentation, SegmentLexicon, Sentence, Token } from './types.js';
import { compileSegmentLexicon, tokenize, type CompiledSegmentLexicon, type RawToken } from './tokenize.js';
import { dottedBefore, dottedStart } from './dotted.js';

const BLANK_LINE_RE = /\n[ \t\f\v\r\u00a0]*\n\s*/g;
const TERMINAL_RE = /^[.!?…]+$/;
/** ".", "!", "?", "…" without a regex: this runs on every token. */
function isTerminal(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63 || c === 8230) && TERMINAL_RE.test(t);
}
const UPPER_RE = /^[\p{Lu}\p{N}]/u;
const SINGLE_UPPER_RE = /^\p{Lu}$/u;

/** True when text[a, b) holds a line break (gaps between tokens are short). */
function hasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Paragraph windows [start, end) of text from `from`, trimmed of surrounding white space. */
function paragraphWindows(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const re = BLANK_LINE_RE;
  re.lastIndex = from;
  let s = from;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push([a, b]);
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(s, m.index);
    s = m.index + m[0].length;
  }
  push(s, text.length);
  return out;
}

/** Pairs quotation marks among a paragraph's tokens; unmatched marks are ignored. */
function findQuotations(tokens: readonly RawToken[], lex: CompiledSegmentLexicon): { open: number; close: number }[] {
  const pairs: { open: number; close: number }[] = [];
  const stack: { index: number; expect: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') continue;
    const t = tokens[i]!.text;
    const top = stack[stack.length - 1];
    if (top && t === top.expect) {
      stack.pop();
      pairs.push({ open: top.index, close: i });
    } else if (lex.openers.has(t)) {
      stack.push({ index: i, expect: lex.openers.get(t)! });
    } else if (lex.symmetric.has(t)) {
      stack.push({ index: i, expect: t });
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** True when a terminal token at i ends a sentence. */
function endsSentence(tokens: readonly RawToken[], i: number, lex: CompiledSegmentLexicon, text: string): boolean {
  const t = tokens[i]!;
  if (!isTerminal(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // No sentence starts with a comma or a colon: "U.N.: 12 killed", "selon l'O.N.U. : 12 morts", "Quoi ?, a-t-il dit".
  if (next?.text === ',') return false;
  if (next?.text === ':' && !(t.text === '.' && tokens[dottedStart(tokens, i) - 1]?.text === ';')) return false;
  if (t.text === '.' && prev && prev.end === t.start && prev.kind === 'word') {
    if (lex.abbreviations.has(prev.text)) return false;
    // A listed dotted abbreviation ("U.S.", "É.-U."): a capitalised word that starts sentences ends one after it ("… by
    // the U.S. The next day"); any other continues it ("the U.N. Security Council", "e.g. Mali"). Initials of a name
    // are not listed: "J.-M. Le Pen" goes on.
    const dotted = next && UPPER_RE.test(next.text) ? dottedBefore(tokens, i, text) : null;
    if (dotted && lex.abbreviations.has(dotted)) return lex.starters.has(next!.text);
    if (SINGLE_UPPER_RE.test(prev.text) && next && UPPER_RE.test(next.text)) return false; // initials: "J. Smith"
    // Hyphenated initials: "J.-P. Lacroix", "J.-C.": the hyphen glued to the dot and to a capital.
    const after = tokens[i + 2];
    if (SINGLE_UPPER_RE.test(prev.text) && next?.text === '-' && next.start === t.end && after && after.start === next.end && UPPER_RE.test(after.text)) return false;
  }
  if (!next) return true;
  // Question marks standing for characters lost in transcoding, apart from the word before and glued to the next ("in
  // the area of ??Ugledar and Prechistovka"), end no sentence.
  if (t.text.charCodeAt(0) === 63 && next.start === t.end && next.kind !== 'punct' && (!prev || prev.end < t.start)) return false;
  if (t.text === '.' && prev?.kind === 'number' && next.kind === 'number' && prev.end === t.start && next.start === t.end) return false;
  // A line break after terminal punctuation always ends the sentence; otherwise the next word must look like a start.
  if (hasNewline(text, t.end, next.start)) return true;
  return UPPER_RE.test(next.text) || lex.openers.has(next.text) || lex.symmetric.has(next.text) || next.kind === 'punct';
}

/**
 * Splits text (from offset `from`, default 0) into paragraphs, sentences, tokens and quotations.
 * Offsets are absolute UTF-16 positions in `text`.
 */
export function segment(text: string, lexicon: SegmentLexicon, from = 0): Segmentation {
  const lex = compileSegmentLexicon(lexicon);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const quotations: Quotation[] = [];
  const start0 = Math.max(0, Math.min(from, text.length));

  for (const [ps, pe] of paragraphWindows(text, start0)) {
    const pIndex = paragraphs.length;
    paragraphs.push({ index: pIndex, start: ps, end: pe });
    const raw = tokenize(text, lex, ps, pe);
    if (raw.length === 0) continue;
    const quotes = findQuotations(raw, lex);
    // Token index → index of the quotation's closing mark when the token is inside a quotation (none: no array).
    const insideUntil = quotes.length ? new Int32Array(raw.length).fill(-1) : null;
    const closes = new Set<number>();
    for (const q of quotes) {
      closes.add(q.close);
      for (let k = q.open + 1; k < q.close; k++) insideUntil![k] = Math.max(insideUntil![k]!, q.close);
    }
    const inside = (k: number): boolean => insideUntil !== null && insideUntil[k] !== -1;
    const sentenceOf = new Int32Array(raw.length);

    let sentStart = 0;
    const closeSentence = (endTok: number): void => {
      const first = raw[sentStart]!;
      const last = raw[endTok]!;
      const sIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let k = sentStart; k <= endTok; k++) {
        const tok = raw[k]!;
        tok.sentence = sIndex;
        tokens.push(tok);
        sentenceOf[k] = sIndex;
      }
      sentences.push({ index: sIndex, paragraph: pIndex, start: first.start, end: last.end, tokenStart, tokenEnd: tokens.length });
      sentStart = endTok + 1;
    };
    for (let i = 0; i < raw.length; i++) {
      const next = raw[i + 1];
      // A soft line break ends a sentence when the next line starts with a capital and this line has no final punctuation (titles).
      const softBreak = next !== undefined && !inside(i) && hasNewline(text, raw[i]!.end, next.start)
        && raw[i]!.kind !== 'punct' && UPPER_RE.test(next.text);
      if (inside(i)) continue; // never split inside a quotation
      const prevTok = raw[i - 1];
      const quoteEnd = closes.size > 0 && closes.has(i) && prevTok !== undefined && isTerminal(prevTok.text)
        && (next === undefined || UPPER_RE.test(next.text));
      if (quoteEnd) {
        closeSentence(i);
      } else if (endsSentence(raw, i, lex, text)) {
        // Closing marks that follow the terminal punctuation belong to the sentence.
        let j = i;
        while (raw[j + 1] && (lex.closers.has(raw[j + 1]!.text) || raw[j + 1]!.text === ')') && raw[j + 1]!.start === raw[j]!.end) j++;
        closeSentence(j);
        i = j;
      } else if (softBreak) {
        closeSentence(i);
      }
    }
    if (sentStart < raw.length) closeSentence(raw.length - 1);

    for (const q of quotes) {
      const open = raw[q.open]!;
      const close = raw[q.close]!;
      quotations.push({
        start: open.start,
        end: close.end,
        // The quoted words without the spaces French puts inside « ».
        inner: q.close > q.open + 1 ? { start: raw[q.open + 1]!.start, end: raw[q.close - 1]!.end } : { start: open.end, end: open.end },
        open: open.text,
        close: close.text,
        sentence: sentenceOf[q.open] ?? sentences.length - 1,
      });
    }
  }
  return { paragraphs, sentences, tokens, quotations };
}
