// Date expressions of news reports, resolved against a pinned publication date (never the clock):
// weekends, rolling windows, weekday ranges, idioms that name no date, holidays, ordinal days,
// durations counted from what follows them, the year of an undated text, "from" before a date only.
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';
import type { DateMention, PartialDate } from '../../../src/extract/dates/index.js';
import { dateLexicon as en } from '../../../src/lang/en/dates.js';
import { dateLexicon as fr } from '../../../src/lang/fr/dates.js';

const TUE: PartialDate = { value: '2013-02-12', precision: 'day' }; // a Tuesday
const SAT: PartialDate = { value: '2021-06-05', precision: 'day' }; // a Saturday

const brief = (ms: readonly DateMention[]): [string, string | null, string | null][] => ms.map((m) => [m.text, m.start, m.end]);

describe('weekends', () => {
  test.each([
    // Told on a Tuesday, the weekend is the one just past; told on a Saturday, the one under way.
    ['Des combats ont eu lieu ce week-end près de Gao.', fr, TUE, [['ce week-end', '2013-02-09', '2013-02-10']]],
    ['Des combats ont eu lieu ce week-end près de Gao.', fr, SAT, [['ce week-end', '2021-06-05', '2021-06-06']]],
    ['Le week-end dernier, deux villages ont été attaqués.', fr, TUE, [['Le week-end dernier', '2013-02-09', '2013-02-10']]],
    ['Le week-end dernier, deux villages ont été attaqués.', fr, SAT, [['Le week-end dernier', '2021-05-29', '2021-05-30']]],
    ['Rebels attacked two villages over the weekend.', en, TUE, [['over the weekend', '2013-02-09', '2013-02-10']]],
    ['Talks resume next weekend.', en, TUE, [['next weekend', '2013-02-16', '2013-02-17']]],
  ] as const)('%s (case %#)', (text, lex, doc, want) => {
    expect(brief(findDates(text, lex, doc))).toEqual(want);
  });

  test('a weekend is a two-day period of week precision', () => {
    expect(findDates('Shelling over the weekend', en, TUE)[0]).toMatchObject({ precision: 'week', kind: 'date' });
  });
});

describe('rolling windows and calendar weeks', () => {
  test('"in the past week" is the seven days up to the report, "last week" the calendar week before', () => {
    expect(brief(findDates('Seven soldiers were killed in the past week.', en, TUE))).toEqual([['in the past week', '2013-02-06', '2013-02-12']]);
    expect(brief(findDates('Seven soldiers were killed last week.', en, TUE))).toEqual([['last week', '2013-02-04', '2013-02-10']]);
    expect(brief(findDates('Nine militiamen killed over last week.', en, TUE))).toEqual([['over last week', '2013-02-06', '2013-02-12']]);
    expect(brief(findDates('Sept soldats ont été tués au cours de la semaine écoulée.', fr, TUE))).toEqual([['la semaine écoulée', '2013-02-06', '2013-02-12']]);
  });

  test('"les trois derniers jours": the days up to and including the report\'s; "les deux prochaines semaines": after it', () => {
    expect(brief(findDates('Au moins 30 civils ont été tués ces trois derniers jours.', fr, TUE))).toEqual([['trois derniers jours', '2013-02-10', '2013-02-12']]);
    expect(brief(findDates('Sept soldats ont été tués ces 7 derniers jours.', fr, TUE))).toEqual([['7 derniers jours', '2013-02-06', '2013-02-12']]);
    expect(brief(findDates('Au cours des 24 dernières heures, trois attaques.', fr, TUE))).toEqual([['24 dernières heures', '2013-02-11', '2013-02-12']]);
    expect(brief(findDates('Le couvre-feu est prolongé pour les deux prochaines semaines.', fr, TUE))).toEqual([['deux prochaines semaines', '2013-02-13', '2013-02-26']]);
  });

  test('"au cours des dernières 24 heures" began the day before the report, as "in the past 24 hours"', () => {
    expect(brief(findDates('Au cours des dernières 24 heures, trois attaques ont visé Gao.', fr, TUE))).toEqual([['Au cours des dernières 24 heures', '2013-02-11', '2013-02-11']]);
    expect(brief(findDates('Three attacks hit Gao in the past 24 hours.', en, TUE))).toEqual([['in the past 24 hours', '2013-02-11', '2013-02-11']]);
    expect(brief(findDates('Trois attaques au cours des 24 heures écoulées.', fr, TUE))).toEqual([['24 heures écoulées', '2013-02-11', '2013-02-11']]);
  });
});

describe('parts of a week or a month', () => {
  test.each([
    // Told on Tuesday 12 February: the beginning of this week has begun; its end is still to come, so news means last week's.
    ['Des affrontements ont éclaté en début de semaine.', fr, [['en début de semaine', '2013-02-11', '2013-02-12']]],
    ['Des affrontements ont éclaté en fin de semaine.', fr, [['en fin de semaine', '2013-02-07', '2013-02-10']]],
    ['Le camp a été attaqué à la fin de la semaine dernière.', fr, [['à la fin de la semaine dernière', '2013-02-07', '2013-02-10']]],
    ['Le camp a été attaqué à la fin du mois.', fr, [['à la fin du mois', '2013-01-21', '2013-01-31']]],
    ['The camp was attacked late last week.', en, [['late last week', '2013-02-07', '2013-02-10']]],
    ['Talks resume early next month.', en, [['early next month', '2013-03-01', '2013-03-10']]],
  ] as const)('%s', (text, lex, want) => {
    expect(brief(findDates(text, lex, TUE))).toEqual(want);
  });

  test('a part looked back for news keeps the coming one for a plan', () => {
    expect(findDates('Les négociations reprendront en fin de semaine.', fr, TUE)[0]?.ahead).toEqual({ start: '2013-02-14', end: '2013-02-17' });
    expect(findDates('Des affrontements ont éclaté en début de semaine.', fr, TUE)[0]?.ahead).toBeUndefined();
  });
});

describe('weekday ranges', () => {
  test.each([
    ['Les combats ont duré du lundi au mercredi.', fr, [['du lundi au mercredi', '2013-02-11', '2013-02-13']]],
    ['Le couvre-feu a été imposé de vendredi à dimanche.', fr, [['de vendredi à dimanche', '2013-02-08', '2013-02-10']]],
    ['The town was shelled from Monday to Wednesday.', en, [['from Monday to Wednesday', '2013-02-11', '2013-02-13']]],
  ] as const)('%s', (text, lex, want) => {
    const ms = findDates(text, lex, TUE);
    expect(brief(ms)).toEqual(want);
    expect(ms[0]?.kind).toBe('range');
  });
});

describe('"from" opens an interval only before a date', () => {
  test('"from Monday" is an open interval up to publication; "fired from Donetsk on Monday" is a plain date', () => {
    expect(findDates('Curfew in force from Monday.', en, TUE)).toEqual([expect.objectContaining({ text: 'from Monday', kind: 'since', start: '2013-02-11', end: '2013-02-12' })]);
    expect(findDates('Rockets fired from Donetsk on Monday killed two.', en, TUE)).toEqual([expect.objectContaining({ text: 'on Monday', kind: 'date', start: '2013-02-11' })]);
  });

  test('"since" stays a since-word before an event noun; "from" is only a date word', () => {
    expect(en.sinceWords).toContain('since');
    expect(en.sinceWords).not.toContain('from');
    expect(en.dateOnlySinceWords).toContain('from');
  });
});

describe('phrases that name no date', () => {
  test('"du jour au lendemain" (suddenly) is no "lendemain"; "au lendemain" alone still is', () => {
    expect(findDates('Les prix ont doublé du jour au lendemain à Bangui.', fr, TUE)).toEqual([]);
    expect(brief(findDates('Au lendemain, les tirs ont repris.', fr, TUE))).toEqual([['Au lendemain', '2013-02-13', '2013-02-13']]);
  });

  test('"day after day" is no date', () => {
    expect(findDates('The shelling went on day after day.', en, TUE)).toEqual([]);
  });
});

describe('holidays and ordinal days', () => {
  test.each([
    ["L'attaque a eu lieu le jour de Noël.", fr, [['jour de Noël', '2012-12-25', '2012-12-25']]],
    ['Le marché a été visé à la Toussaint.', fr, [['la Toussaint', '2012-11-01', '2012-11-01']]],
    ['Three soldiers killed as Ukraine marks Orthodox Christmas.', en, [['Orthodox Christmas', '2013-01-07', '2013-01-07']]],
    ['The attack came on the third of March.', en, [['on the third of March', '2013-03-03', '2013-03-03']]],
    ['Polls open on March twenty-first.', en, [['on March twenty-first', '2013-03-21', '2013-03-21']]],
  ] as const)('%s', (text, lex, want) => {
    expect(brief(findDates(text, lex, TUE))).toEqual(want);
  });

  test('a name that is also a holiday\'s is no date', () => {
    expect(findDates("L'opposant Noël Tshiani a été arrêté à Kinshasa.", fr, TUE)).toEqual([]);
    expect(findDates('A boat sank off Christmas Island.', en, TUE)).toEqual([]);
  });

  test('"the second attack" is no day, nor a day in words before the verb "may"', () => {
    expect(findDates('The second attack hit the market.', en, TUE)).toEqual([]);
    expect(findDates('Two may have died and a third may be missing.', en, TUE)).toEqual([]);
    expect(brief(findDates('Polls close on the first of May.', en, TUE))).toEqual([['on the first of May', '2013-05-01', '2013-05-01']]);
  });
});

describe('durations counted from what follows them', () => {
  test('from a date: "deux jours avant le 3 mars"', () => {
    expect(brief(findDates('Les rebelles ont quitté la ville deux jours avant le 3 mars.', fr, TUE))).toEqual([['deux jours avant le 3 mars', '2013-03-01', '2013-03-01']]);
  });

  test('from an event: "trois jours après l\'attaque" is relative to the attack', () => {
    const m = findDates("Il a été libéré trois jours après l'attaque du camp.", fr, TUE)[0];
    expect(m).toMatchObject({ kind: 'relative-to-event', start: null, relative: { offsetDays: 3, anchorText: "l'attaque du camp" } });
  });

  test('with nothing after: from the narrative date ("Deux jours après, …")', () => {
    const doc: PartialDate = { value: '2013-03-10', precision: 'day' };
    expect(brief(findDates('Le 3 mars, des tirs ont éclaté. Deux jours après, une embuscade a tué trois soldats.', fr, doc))).toEqual([
      ['Le 3 mars', '2013-03-03', '2013-03-03'], ['Deux jours après', '2013-03-05', '2013-03-05'],
    ]);
    expect(brief(findDates('They clashed again a day after.', en, TUE))).toEqual([['a day after', '2013-02-13', '2013-02-13']]);
  });

  test('a truncated anchor ("a day before the...") is not read from the reference', () => {
    expect(findDates('More violence in the capital, a day before the...', en, TUE)).toEqual([]);
  });
});

describe('deictic words and parts of the day', () => {
  test('"maintenant" and "now" are the publication day; "dans la journée" the day of the reference', () => {
    expect(brief(findDates("Les rebelles contrôlent maintenant l'aéroport.", fr, TUE))).toEqual([['maintenant', '2013-02-12', '2013-02-12']]);
    expect(brief(findDates('Rebels now control the airport.', en, TUE))).toEqual([['now', '2013-02-12', '2013-02-12']]);
    expect(brief(findDates('Mardi, dans la journée, des tirs ont été entendus.', fr, TUE))).toEqual([['Mardi, dans la journée', '2013-02-12', '2013-02-12']]);
  });
});

describe("the narrative's day", () => {
  test('"ce jour-là" and "le même jour" are the day the story is at; "ce jour" alone is the publication day', () => {
    const ms = findDates('Le 3 février, des tirs ont visé Gao. Ce jour-là, une embuscade a tué deux soldats. Le même jour, Kidal a été attaquée.', fr, TUE);
    expect(brief(ms)).toEqual([['Le 3 février', '2013-02-03', '2013-02-03'], ['Ce jour-là', '2013-02-03', '2013-02-03'], ['Le même jour', '2013-02-03', '2013-02-03']]);
    expect(brief(findDates('Le bilan a été publié ce jour.', fr, TUE))).toEqual([['ce jour', '2013-02-12', '2013-02-12']]);
    expect(brief(findDates('On February 3, shelling hit Donetsk. Later that day, an ambush killed two.', en, TUE))[1]).toEqual(['Later that day', '2013-02-03', '2013-02-03']);
  });
});

describe('an undated text', () => {
  test('a stated month and year place the yearless days told after them', () => {
    expect(brief(findDates('La crise de mai 2008 a commencé par un krach le 9 mai à Paris.', fr, null))).toEqual([
      ['mai 2008', '2008-05-01', '2008-05-31'], ['le 9 mai', '2008-05-09', '2008-05-09'],
    ]);
  });

  test('a stated year keeps its own year, even at its last day', () => {
    expect(brief(findDates('En 2015, la ville a été attaquée le 31 décembre.', fr, null))).toEqual([
      ['2015', '2015-01-01', '2015-12-31'], ['le 31 décembre', '2015-12-31', '2015-12-31'],
    ]);
  });

  test('with a publication date, the stated year does not override it', () => {
    expect(brief(findDates('En 2015, des combats. Le 3 mars, une attaque.', fr, TUE))[1]).toEqual(['Le 3 mars', '2013-03-03', '2013-03-03']);
  });
});

describe('clauses', () => {
  test('each mention carries the clause it lies in, between semicolons or line breaks', () => {
    const text = 'Trois soldats tués près de Bambari ; rapport du 1er mai 2021\nLundi, des tirs.';
    const [a, b] = findDates(text, fr, TUE);
    expect(text.slice(a!.clause!.start, a!.clause!.end)).toBe(' rapport du 1er mai 2021');
    expect(text.slice(b!.clause!.start, b!.clause!.end)).toBe('Lundi, des tirs.');
  });
});
