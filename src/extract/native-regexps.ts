// The extractor runs a few hundred fixed regular expressions over every article. V8 (Node 20, V8 11) runs a new regular
// expression in its bytecode interpreter and compiles it to machine code on its next use ("tier-up"), once, for the
// string representation it meets then: one-byte (Latin-1 texts) or two-byte (texts with "’", "—", Cyrillic…). After
// that compilation its tier-up counter no longer reaches zero, so for the other representation the expression stays
// interpreted for good, except on subjects of 1,000 characters or more, which force a compilation. Articles of both
// kinds come in turn in any stream, and most subjects are short slices: measured on the seed article after the demo
// corpus (`npm run bench -- extract` takes them in that order), 309-323 articles per CPU-second with tier-up vs 436
// without (the seed article alone: 434 vs 436). Without tier-up every expression is compiled to machine code for each
// representation on first use: the same matches, a little more compilation once.
import { setFlagsFromString } from 'node:v8';

/** The V8 flag set by nativeRegexps(). */
export const NO_REGEXP_TIER_UP = '--no-regexp-tier-up';

let done = false;

/** Makes V8 compile regular expressions to machine code on first use (once per process; later calls do nothing). */
export function nativeRegexps(): void {
  if (done) return;
  done = true;
  setFlagsFromString(NO_REGEXP_TIER_UP);
}
