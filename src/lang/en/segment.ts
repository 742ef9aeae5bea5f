// English segmentation data: abbreviations that do not end a sentence, clitics, quotation marks.
import type { SegmentLexicon } from '../../extract/segment/types.js';

export const segmentLexicon: SegmentLexicon = {
  abbreviations: [
    'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'St', 'Sr', 'Jr', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'Pres',
    'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpl', 'Sgt', 'Adm', 'Brig', 'Cmdr', 'Pvt',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun',
    'No', 'Nos', 'vs', 'etc', 'approx', 'est', 'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Ave', 'Rd', 'Mt', 'Ft',
    'U.S', 'U.N', 'U.K', 'e.g', 'i.e', 'a.m', 'p.m',
  ],
  // Words that start a sentence after a listed dotted abbreviation ("U.S.", "U.N.") rather than continue a name ("… by the U.S. The next day").
  sentenceStarters: [
    'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Its',
    'His', 'Her', 'Their', 'Our', 'But', 'And', 'Yet', 'So', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'After',
    'Before', 'When', 'While', 'Since', 'During', 'Meanwhile', 'However', 'Earlier', 'Later', 'Then', 'Some',
    'Many', 'Most', 'No', 'None', 'Nobody', 'According', 'Also', 'Still', 'Officials', 'Witnesses',
  ],
  elisions: [],
  clitics: ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"],
  quotes: [['“', '”'], ['‘', '’'], ['"', '"']],
};
