// Public surface of the number recognition stage.
export type * from './types.js';
export { findNumbers, parseDigits } from './find-numbers.js';
