// French segmentation data: abbreviations that do not end a sentence, elided words, quotation marks.
import type { SegmentLexicon } from '../../extract/segment/types.js';

export const segmentLexicon: SegmentLexicon = {
  abbreviations: [
    'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste',
    'Gén', 'Gal', 'Col', 'Cdt', 'Lt', 'Cne', 'Sgt', 'Adj', 'Cpt', 'Maj',
    'av', 'apr', 'J.-C', 'env', 'etc', 'cf', 'p', 'pp', 'vol', 'n°', 'no', 'art', 'al', 'ex', 'fig', 'éd',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'bd', 'boul', 'av', 'Inc', 'Cie', 'Ets',
  ],
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'],
  clitics: [],
  quotes: [['«', '»'], ['“', '”'], ['„', '“'], ['‹', '›'], ['"', '"']],
};
