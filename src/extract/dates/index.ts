// Public surface of the date recognition stage.
//   findDates(text, pack.dates, doc.date, { weekdayDirection?, yearDirection?, chainReference? }) → DateMention[]
//   kinds: 'date' | 'range' | 'since' | 'duration' (no date) | 'relative-to-event' (start null; see `relative`).
export type * from './types.js';
export { findDates } from './find-dates.js';
