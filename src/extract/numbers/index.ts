// Public surface of the number recognition stage.
//   findNumbers(text, pack.numbers, { skipArticleLike?, exclude? }) → NumberMention[] in text order;
//   pass the date mentions' spans as `exclude` so that "21" of "jeudi 21 septembre" is not a count.
export type * from './types.js';
export { findNumbers, parseDigits } from './find-numbers.js';
