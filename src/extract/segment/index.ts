// Public surface of the segmentation stage.
//   segment(text, pack.segment, from?) → { paragraphs, sentences, tokens, quotations }, offsets absolute in text;
//   `from` skips a header (the seed format's " date YYYY-MM ").
export type * from './types.js';
export { segment } from './segment.js';
