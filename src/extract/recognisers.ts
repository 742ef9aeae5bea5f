// The recognition stages (segmentation, numbers, dates) bound to a language pack's data.
import type { VigieDocument } from '../core/types.js';
import * as dateStage from './dates/index.js';
import type { DateMention, DateLexicon, FindDatesOptions } from './dates/types.js';
import type { PartialDate } from '../core/types.js';
import { findNumbers } from './numbers/index.js';
import type { Recognisers } from './pipeline.js';
import { segment } from './segment/index.js';

type FindDates = (text: string, lexicon: DateLexicon, reference: PartialDate | null, opts?: FindDatesOptions) => DateMention[];
// TEMPORARY until the dates stage exports findDates: no date mentions (events fall back to the document date).
const findDates: FindDates = ((dateStage as Record<string, unknown>).findDates as FindDates | undefined) ?? (() => []);

export const defaultRecognisers: Recognisers = {
  segment: (text, pack, from) => segment(text, pack.segment, from),
  numbers: (text, pack) => findNumbers(text, pack.numbers),
  dates: (text, pack, doc: VigieDocument) => findDates(text, pack.dates, doc.date),
};
