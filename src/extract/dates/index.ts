// Public surface of the date recognition stage.
export type * from './types.js';
export { findDates } from './find-dates.js';
