// The recognition stages (segmentation, numbers, dates) bound to a language pack's data.
import type { VigieDocument } from '../core/types.js';
import { findDates } from './dates/index.js';
import { findNumbers } from './numbers/index.js';
import type { Recognisers } from './pipeline.js';
import { segment } from './segment/index.js';

export const defaultRecognisers: Recognisers = {
  segment: (text, pack, from) => segment(text, pack.segment, from),
  numbers: (text, pack) => findNumbers(text, pack.numbers),
  dates: (text, pack, doc: VigieDocument) => findDates(text, pack.dates, doc.date),
};
