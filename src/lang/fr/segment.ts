// French segmentation data: abbreviations that do not end a sentence, elided words, quotation marks.
import type { SegmentLexicon } from '../../extract/segment/types.js';

export const segmentLexicon: SegmentLexicon = {
  abbreviations: [
    'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste',
    'Gén', 'Gal', 'Col', 'Cdt', 'Lt', 'Cne', 'Sgt', 'Adj', 'Cpt', 'Maj',
    'av', 'apr', 'J.-C', 'env', 'etc', 'cf', 'p', 'pp', 'vol', 'n°', 'no', 'art', 'al', 'ex', 'fig', 'éd',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    'bd', 'boul', 'av', 'Inc', 'Cie', 'Ets',
    'É.-U', 'E.-U', 'O.N.U', 'U.E',
  ],
  // Words that start a sentence after a listed dotted abbreviation (« É.-U. », « O.N.U. ») rather than continue a name.
  sentenceStarters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Je', 'Ce', 'Cet', 'Cette',
    'Ces', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Mais', 'Et', 'Or', 'Puis', 'Selon', 'Dans', 'En', 'Au', 'Aux', 'Lors',
    'Depuis', 'Après', 'Avant', 'Pendant', 'Par', 'Pour', 'Avec', 'Sur', 'Cependant', 'Toutefois', 'Ensuite',
    'Plus', 'Aucun', 'Aucune', 'Personne', 'Plusieurs',
  ],
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'],
  clitics: [],
  quotes: [['«', '»'], ['“', '”'], ['„', '“'], ['‹', '›'], ['"', '"']],
};
