// French date words: months, weekdays, relative expressions, parts of the day, duration units.
import type { DateLexicon } from '../../extract/dates/types.js';

const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
  'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS: readonly [string, number][] = [['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]];

/** "un" … "soixante-neuf" with hyphenated and spaced spellings, plus "une". */
function numberWords(): Record<string, number> {
  const out: Record<string, number> = { une: 1 };
  UNITS.forEach((w, i) => {
    if (w) out[w] = i;
    if (w.includes('-')) out[w.replace('-', ' ')] = i;
  });
  for (const [t, v] of TENS) {
    out[t] = v;
    for (let u = 1; u <= 9; u++) {
      const uw = UNITS[u]!;
      const forms = u === 1 ? [`${t}-et-un`, `${t} et un`, `${t}-et-une`, `${t} et une`] : [`${t}-${uw}`, `${t} ${uw}`];
      for (const f of forms) out[f] = v + u;
    }
  }
  return out;
}

export const dateLexicon: DateLexicon = {
  months: [
    ['janvier', 'janv', 'jan'], ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'], ['mars'],
    ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil', 'jui'], ['août', 'aout'],
    ['septembre', 'sept', 'sep'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc', 'dec'],
  ],
  weekdays: [
    ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche'],
  ],
  numericOrder: 'dmy',
  monthFirst: false,
  dayMonthLinks: [],
  articles: ['le', 'ce'],
  daySuffixes: ['er', 'ère', 'e', 'ème', 'eme'],
  firstDayWords: ['premier', '1er'],
  relativeDays: {
    "aujourd'hui": 0, 'ce jour': 0, hier: -1, 'avant-hier': -2, 'avant hier': -2, demain: 1,
    'après-demain': 2, 'apres-demain': 2, 'hier soir': -1, 'cette nuit': 0, 'la nuit dernière': -1,
  },
  relativePeriods: {
    'cette semaine': { unit: 'week', offset: 0 },
    'la semaine dernière': { unit: 'week', offset: -1 },
    'la semaine passée': { unit: 'week', offset: -1 },
    'la semaine précédente': { unit: 'week', offset: -1 },
    'la semaine prochaine': { unit: 'week', offset: 1 },
    'la semaine suivante': { unit: 'week', offset: 1 },
    'la semaine qui suit': { unit: 'week', offset: 1 },
    'ce mois-ci': { unit: 'month', offset: 0 },
    'le mois dernier': { unit: 'month', offset: -1 },
    'le mois passé': { unit: 'month', offset: -1 },
    'le mois prochain': { unit: 'month', offset: 1 },
    'le mois suivant': { unit: 'month', offset: 1 },
    'cette année': { unit: 'year', offset: 0 },
    "l'année dernière": { unit: 'year', offset: -1 },
    "l'an dernier": { unit: 'year', offset: -1 },
    "l'année passée": { unit: 'year', offset: -1 },
    "l'an passé": { unit: 'year', offset: -1 },
    "l'année prochaine": { unit: 'year', offset: 1 },
    "l'an prochain": { unit: 'year', offset: 1 },
  },
  weekdayModifiers: {
    dernier: { offset: -1, position: 'after' },
    passé: { offset: -1, position: 'after' },
    prochain: { offset: 1, position: 'after' },
    suivant: { offset: 1, position: 'after', week: true },
    "d'après": { offset: 1, position: 'after', week: true },
    'cette semaine': { offset: 0, position: 'after', week: true },
    'de cette semaine': { offset: 0, position: 'after', week: true },
    'la semaine dernière': { offset: -1, position: 'after', week: true },
    'de la semaine dernière': { offset: -1, position: 'after', week: true },
    'la semaine prochaine': { offset: 1, position: 'after', week: true },
    'de la semaine prochaine': { offset: 1, position: 'after', week: true },
    'la semaine suivante': { offset: 1, position: 'after', week: true },
    'de la semaine suivante': { offset: 1, position: 'after', week: true },
    "la semaine d'après": { offset: 1, position: 'after', week: true },
    "de la semaine d'après": { offset: 1, position: 'after', week: true },
  },
  dayParts: {
    matin: 8, 'au matin': 8, 'dans la matinée': 9, 'en matinée': 9, 'à la mi-journée': 12, 'en milieu de journée': 12,
    'à midi': 12, midi: 12, 'après-midi': 15, "dans l'après-midi": 15, "en début d'après-midi": 14,
    "en fin d'après-midi": 17, soir: 19, 'au soir': 19, 'dans la soirée': 20, 'en soirée': 20, 'en début de soirée': 19,
    'en fin de soirée': 22, 'en fin de journée': 18, 'dans la nuit': 23, 'à minuit': 0, 'à l\'aube': 6, 'à l’aube': 6,
    'du matin': 8, 'du mat': 8, 'le matin': 8, 'ce matin': 8, 'du soir': 19, 'le soir': 19, 'ce soir': 19,
    "de l'après-midi": 15, 'cet après-midi': 15, "l'après-midi": 15, 'en début de journée': 8,
    'en milieu de matinée': 10, 'en fin de matinée': 11, 'en début de matinée': 7, 'minuit': 0,
  },
  monthParts: {
    début: [1, 5], 'au début': [1, 5], 'en début': [1, 5], mi: [10, 19], 'à la mi': [10, 19],
    fin: [21, -1], 'à la fin': [21, -1], 'en fin': [21, -1],
    'la première quinzaine': [1, 14], 'la deuxième quinzaine': [15, -1], 'la seconde quinzaine': [15, -1],
  },
  monthPartLinks: ['de', "d'", 'du mois de', "du mois d'", '-'],
  dayPartLinks: ['de', 'du'],
  anchorOffsets: {
    'au lendemain du': 1, 'au lendemain de la': 1, "au lendemain de l'": 1, 'au lendemain des': 1, 'au lendemain de': 1,
    'le lendemain du': 1, 'le lendemain de la': 1, "le lendemain de l'": 1, 'le lendemain des': 1, 'le lendemain de': 1,
    'la veille du': -1, 'la veille de la': -1, "la veille de l'": -1, 'la veille des': -1, 'la veille de': -1,
    "à la veille du": -1, 'à la veille de la': -1, "à la veille de l'": -1, 'à la veille des': -1, 'à la veille de': -1,
    "l'avant-veille du": -2, "l'avant-veille de la": -2, "l'avant-veille de": -2,
    'le surlendemain du': 2, 'le surlendemain de la': 2, 'le surlendemain de': 2,
  },
  standaloneOffsets: {
    'la veille': -1, "l'avant-veille": -2, 'le lendemain': 1, 'au lendemain': 1, 'le surlendemain': 2,
    "le jour d'avant": -1, 'le jour précédent': -1, "le jour d'après": 1, 'le jour suivant': 1, 'jour suivant': 1,
  },
  sinceWords: ['depuis', 'dès', 'à partir de', 'à partir du'],
  rangeFrames: [['du', 'au'], ['du', "jusqu'au"], ['les', 'et'], ['entre le', 'et le'], ['entre', 'et'], ['de', 'à'], ['', 'au'], ['', "jusqu'au"], ['', '-'], ['', '–']],
  durationPrefixes: ['en', 'en moins de', 'en près de', 'en quelque', 'en l’espace de', "en l'espace de"],
  durationOffsets: {
    'il y a': { sign: -1, position: 'before' },
    'dans': { sign: 1, position: 'before' },
    'plus tôt': { sign: -1, position: 'after' },
    'auparavant': { sign: -1, position: 'after' },
    'plus tard': { sign: 1, position: 'after' },
  },
  hourMarkers: ['h', 'heures', 'heure', 'H'],
  timePrefixes: ['à', 'vers', 'aux alentours de', 'autour de', 'à environ', 'peu avant', 'peu après'],
  durationUnits: {
    sec: 'second', seconde: 'second', secondes: 'second', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
    heure: 'hour', heures: 'hour', jour: 'day', jours: 'day', journée: 'day', journées: 'day', semaine: 'week', semaines: 'week',
    mois: 'month', trimestre: 'quarter', trimestres: 'quarter', an: 'year', ans: 'year', année: 'year', années: 'year',
  },
  numberWords: numberWords(),
  yearPrefixes: ['en', 'depuis', 'dès', "jusqu'en", 'avant', 'après', 'fin', 'début', 'mi', "l'année", 'année'],
  monthPrefixes: ['en', 'au mois de', "au mois d'", 'le mois de', "le mois d'", 'courant', 'mois de', "mois d'", 'depuis'],
};
