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

/**
 * "en fin de semaine" (this week), "à la fin de la semaine dernière" (last week): each part of the unit, alone or with
 * "dernier"/"prochain" after it.
 */
function part(unit: 'semaine' | 'mois', parts: Record<string, [number, number]>): Record<string, { unit: 'week' | 'month'; offset: number; days: [number, number] }> {
  const u = unit === 'semaine' ? 'week' : 'month';
  const after: [string, number][] = unit === 'semaine' ? [['', 0], [' dernière', -1], [' passée', -1], [' prochaine', 1]] : [['', 0], [' dernier', -1], [' passé', -1], [' prochain', 1]];
  const out: Record<string, { unit: 'week' | 'month'; offset: number; days: [number, number] }> = {};
  for (const [before, days] of Object.entries(parts)) {
    for (const [a, offset] of after) out[`${before}${before.endsWith('-') ? '' : ' '}${unit}${a}`] = { unit: u, offset, days };
  }
  return out;
}

/** "en fin d'année", "à la fin de l'année dernière": each part of the year, alone or with "dernière"/"prochaine" after it. */
function yearPart(parts: Record<string, [number, number]>): Record<string, { unit: 'year'; offset: number; days: [number, number] }> {
  const out: Record<string, { unit: 'year'; offset: number; days: [number, number] }> = {};
  for (const [phrase, days] of Object.entries(parts)) {
    for (const [a, offset] of [['', 0], [' dernière', -1], [' passée', -1], [' prochaine', 1]] as const) out[`${phrase}${a}`] = { unit: 'year', offset, days };
  }
  return out;
}

/** "ce week-end", "ce weekend", "le week-end dernier": each opening word, both spellings, each closing word. */
function weekend(before: readonly string[], offset: number, after: readonly string[] = ['']): Record<string, { unit: 'weekend'; offset: number }> {
  const out: Record<string, { unit: 'weekend'; offset: number }> = {};
  for (const b of before) for (const w of ['week-end', 'weekend']) for (const a of after) out[`${b} ${w}${a ? ` ${a}` : ''}`] = { unit: 'weekend', offset };
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
  weekdayAbbreviations: [['lun'], ['mar'], ['mer'], ['jeu'], ['ven'], ['sam'], ['dim']],
  numericOrder: 'dmy',
  monthFirst: false,
  dayMonthLinks: [],
  articles: ['le', 'ce'],
  daySuffixes: ['er', 'ère', 'e', 'ème', 'eme'],
  firstDayWords: ['premier', '1er'],
  holidays: {
    // Names can be holidays' names too ("Noël", "Toussaint"): only the phrasings of the day are kept.
    'à noël': [12, 25], 'jour de noël': [12, 25], 'noël orthodoxe': [1, 7], 'le noël orthodoxe': [1, 7], 'la veille de noël': [12, 24], 'réveillon de noël': [12, 24],
    'la saint-sylvestre': [12, 31], 'saint-sylvestre': [12, 31], "jour de l'an": [1, 1], "le jour de l'an": [1, 1],
    'nouvel an': [1, 1], 'le nouvel an': [1, 1], 'la toussaint': [11, 1], 'le jour de la toussaint': [11, 1], 'le jour des morts': [11, 2],
    'fête du travail': [5, 1], 'la fête du travail': [5, 1], 'la saint-valentin': [2, 14], "l'assomption": [8, 15],
  },
  relativeDays: {
    "aujourd'hui": 0, 'ce jour': 0, hier: -1, 'avant-hier': -2, 'avant hier': -2, demain: 1,
    'après-demain': 2, 'apres-demain': 2, 'hier soir': -1, 'cette nuit': 0, 'la nuit dernière': -1,
    maintenant: 0, 'en ce moment': 0, 'à l’heure actuelle': 0, "à l'heure actuelle": 0, "à l'heure où nous écrivons": 0,
  },
  relativePeriods: {
    'cette semaine': { unit: 'week', offset: 0 },
    'la semaine dernière': { unit: 'week', offset: -1 },
    'la semaine passée': { unit: 'week', offset: -1 },
    'la semaine précédente': { unit: 'week', offset: -1 },
    // "au cours de la semaine écoulée": the seven days up to the report (as "les sept derniers jours").
    'la semaine écoulée': { unit: 'week', offset: 0, rolling: true },
    'le mois écoulé': { unit: 'month', offset: 0, rolling: true },
    "l'année écoulée": { unit: 'year', offset: 0, rolling: true },
    'la semaine prochaine': { unit: 'week', offset: 1 },
    'la semaine suivante': { unit: 'week', offset: 1 },
    'la semaine qui suit': { unit: 'week', offset: 1 },
    'ce mois-ci': { unit: 'month', offset: 0 },
    'le mois dernier': { unit: 'month', offset: -1 },
    'le mois passé': { unit: 'month', offset: -1 },
    'le mois prochain': { unit: 'month', offset: 1 },
    'le mois suivant': { unit: 'month', offset: 1 },
    'cette année': { unit: 'year', offset: 0 },
    // "depuis le début de l'année": a tally from the year's first day (alone, the year at year precision).
    "le début de l'année": { unit: 'year', offset: 0 }, "le début de l'an": { unit: 'year', offset: 0 },
    "l'année dernière": { unit: 'year', offset: -1 },
    "l'an dernier": { unit: 'year', offset: -1 },
    "l'année passée": { unit: 'year', offset: -1 },
    "l'an passé": { unit: 'year', offset: -1 },
    "l'année prochaine": { unit: 'year', offset: 1 },
    "l'an prochain": { unit: 'year', offset: 1 },
    // Parts of the week and of the month (weekdays Monday 1; days of the month, -1 = the last).
    ...part('semaine', { 'en début de': [1, 2], 'au début de la': [1, 2], 'en milieu de': [3, 4], 'au milieu de la': [3, 4], 'en fin de': [4, 7], 'à la fin de la': [4, 7] }),
    ...part('mois', { 'en début de': [1, 5], 'au début du': [1, 5], 'en milieu de': [10, 19], 'au milieu du': [10, 19], 'à la mi-': [10, 19], 'en fin de': [21, -1], 'à la fin du': [21, -1] }),
    // Parts of a year (months): "en fin d'année dernière" November and December, "en début d'année" January and February.
    ...yearPart({ "en début d'année": [1, 2], "au début de l'année": [1, 2], "en fin d'année": [11, 12], "à la fin de l'année": [11, 12] }),
    ...weekend(['ce', 'pendant le', 'durant le', 'au cours du', 'lors du'], 0),
    ...weekend(['le', 'du'], -1, ['dernier', 'passé']),
    ...weekend(['le', 'du'], 1, ['prochain']),
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
    // "lundi en huit": the coming Monday's week after ("huit jours" = a week), "lundi en quinze": two weeks after.
    'en huit': { offset: 1, position: 'after', weeksLater: 1 },
    'en quinze': { offset: 1, position: 'after', weeksLater: 2 },
  },
  dayParts: {
    matin: 8, 'au matin': 8, 'dans la matinée': 9, 'en matinée': 9, 'à la mi-journée': 12, 'en milieu de journée': 12,
    'à midi': 12, midi: 12, 'après-midi': 15, "dans l'après-midi": 15, "en début d'après-midi": 14,
    "en fin d'après-midi": 17, soir: 19, 'au soir': 19, 'dans la soirée': 20, 'en soirée': 20, 'en début de soirée': 19,
    'en fin de soirée': 22, 'en fin de journée': 18, 'dans la nuit': 23, 'à minuit': 0, 'à l\'aube': 6, 'à l’aube': 6,
    'du matin': 8, 'du mat': 8, 'le matin': 8, 'ce matin': 8, 'du soir': 19, 'le soir': 19, 'ce soir': 19,
    "de l'après-midi": 15, 'cet après-midi': 15, "l'après-midi": 15, 'en début de journée': 8,
    'en milieu de matinée': 10, 'en fin de matinée': 11, 'en début de matinée': 7, 'minuit': 0,
    // "dans la journée": during the day of the date it follows, or of the narrative's reference.
    'dans la journée': 12, 'en cours de journée': 12, 'au cours de la journée': 12, 'durant la journée': 12, 'pendant la journée': 12,
  },
  monthParts: {
    début: [1, 5], 'au début': [1, 5], 'en début': [1, 5], mi: [10, 19], 'à la mi': [10, 19],
    fin: [21, -1], 'à la fin': [21, -1], 'en fin': [21, -1],
    'la première quinzaine': [1, 14], 'la deuxième quinzaine': [15, -1], 'la seconde quinzaine': [15, -1],
  },
  monthPartLinks: ['de', "d'", 'du mois de', "du mois d'", '-'],
  // "début 2023", "à la fin de 2012", "mi-2023": months of a stated year (as "en fin d'année").
  yearParts: {
    début: [1, 2], 'au début': [1, 2], 'en début': [1, 2], mi: [6, 7], 'à la mi': [6, 7], fin: [11, 12], 'à la fin': [11, 12], 'en fin': [11, 12],
  },
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
    // The day the narrative is at, not the publication day ("ce jour" alone is today).
    'le même jour': 0, 'ce jour-là': 0, 'ce même jour': 0, 'le jour même': 0,
    "le jour d'avant": -1, 'le jour précédent': -1, "le jour d'après": 1, 'le jour suivant': 1, 'jour suivant': 1,
  },
  sinceWords: ['depuis', 'dès', 'à partir de', 'à partir du'],
  // "la pire attaque depuis 2015", "les combats les plus violents depuis mars", "une première depuis 2019": the reference
  // of a comparison, not a date of the event ("plus de 50 morts depuis lundi" is a tally: "plus" needs its article).
  comparisonWords: ['le plus', 'la plus', 'les plus', 'le moins', 'la moins', 'les moins', 'pire', 'pires', 'première fois',
    'premier', 'première', 'premiers', 'premières', 'une première', 'inédit', 'inédite', 'record'],
  rangeFrames: [['du', 'au'], ['du', "jusqu'au"], ['les', 'et'], ['entre le', 'et le'], ['entre', 'et'], ['de', 'à'], ['', 'au'], ['', "jusqu'au"], ['', '-'], ['', '–']],
  durationPrefixes: ['en', 'en moins de', 'en près de', 'en quelque', 'en l’espace de', "en l'espace de"],
  durationOffsets: {
    'il y a': { sign: -1, position: 'before' },
    'dans': { sign: 1, position: 'before' },
    'plus tôt': { sign: -1, position: 'after' },
    'auparavant': { sign: -1, position: 'after' },
    'plus tard': { sign: 1, position: 'after' },
    // "les 24 heures écoulées", "au cours des dernières 24 heures": a tally up to the report, which began one duration before it.
    écoulées: { sign: -1, position: 'after' },
    écoulés: { sign: -1, position: 'after' },
    ...Object.fromEntries(['au cours des', 'ces', 'les', 'durant les', 'pendant les', 'lors des'].flatMap((b) =>
      ['dernières', 'derniers'].map((d) => [`${b} ${d}`, { sign: -1, position: 'before' } as const]))),
  },
  durationWindowWords: { derniers: -1, dernières: -1, dernieres: -1, prochains: 1, prochaines: 1 },
  durationAnchors: { après: 1, avant: -1 },
  hourMarkers: ['h', 'heures', 'heure', 'H'],
  timePrefixes: ['à', 'vers', 'aux alentours de', 'autour de', 'à environ', 'peu avant', 'peu après'],
  durationUnits: {
    sec: 'second', seconde: 'second', secondes: 'second', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
    heure: 'hour', heures: 'hour', jour: 'day', jours: 'day', journée: 'day', journées: 'day', semaine: 'week', semaines: 'week',
    mois: 'month', trimestre: 'quarter', trimestres: 'quarter', an: 'year', ans: 'year', année: 'year', années: 'year',
  },
  numberWords: numberWords(),
  idioms: ['du jour au lendemain', 'jour après jour', 'au jour le jour', "d'un jour à l'autre", "d’un jour à l’autre", 'jour et nuit', 'nuit et jour'],
  yearPrefixes: ['en', 'depuis', 'dès', "jusqu'en", 'avant', 'après', 'fin', 'début', 'mi', "l'année", 'année'],
  // "le 3 courant", "du 12 de ce mois": a day of the month the report was written in.
  currentMonth: {
    after: ['courant', 'de ce mois', 'de ce mois-ci', 'du mois courant', 'du mois en cours', 'de ce mois courant'],
    before: ['du', 'au'],
  },
  monthPrefixes: ['en', 'au mois de', "au mois d'", 'le mois de', "le mois d'", 'courant', 'mois de', "mois d'", 'depuis'],
};
