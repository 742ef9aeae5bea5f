// ucdp-ged-car and ucdp-ged-ukraine: one UCDP GED event per row; text = source_headline.
// UCDP codes from whole articles; a headline may not state every field, so place, deaths,
// attribution and actor country are scored only when the headline states them (text-states.ts).
import { join } from 'node:path';
import type { EventGoldSet, GoldDoc, GoldEvent, LoadOptions } from '../types.js';
import { cellNumber, readCsv, take } from '../gold-files.js';
import { normaliseDay } from '../dates.js';
import { countryDemonyms, countryNames, countryWords, iso3 } from '../countries.js';
import { statesDate, statesName, statesNumber, statingHeadlines, type DatedHeadline, DATE_NEWS_DAYS, EVENT_NEWS_DAYS } from '../text-states.js';

interface UcdpLayout {
  readonly name: string;
  readonly file: string;
  readonly lat: string;
  readonly lon: string;
  /** Order of "a/b/yyyy" dates in this file. */
  readonly slash: 'dmy' | 'mdy';
  readonly dateStart: string;
  readonly dateEnd: string;
}

export const LAYOUTS: Readonly<Record<string, UcdpLayout>> = {
  'ucdp-ged-car': { name: 'ucdp-ged-car', file: 'ged231_car.dev.csv', lat: 'geom_latitude', lon: 'geom_longitude', slash: 'dmy', dateStart: 'date_start', dateEnd: 'date_end' },
  'ucdp-ged-ukraine': { name: 'ucdp-ged-ukraine', file: 'ucdp_ged_ukraine.dev.csv', lat: 'latitude', lon: 'longitude', slash: 'dmy', dateStart: 'date_start_iso', dateEnd: 'date_end_iso' },
};

const VIOLENCE = { '1': 'state-based', '2': 'non-state', '3': 'one-sided' } as Readonly<Record<string, string>>;

/** "Government of Uganda" → UGA; other sides (rebel groups) have no country here. */
function sideCountry(side: string): string | null {
  const m = /^Government of (.+?)(?: \(.*\))?$/.exec(side.trim());
  return m?.[1] ? iso3(m[1]) : null;
}

/** The ";"-joined headlines of a row, each with its own publication day when source_date lists one per headline. */
export function datedHeadlines(headline: string, sourceDate: string, slash: 'dmy' | 'mdy'): DatedHeadline[] {
  const parts = headline.split(';');
  const dates = sourceDate.split(';');
  return parts
    .map((text, i) => ({ text: text.trim(), published: normaliseDay(dates.length === parts.length ? dates[i] : dates[0], slash) }))
    .filter((p) => p.text !== '');
}

export function load(layout: UcdpLayout, opts: LoadOptions): EventGoldSet {
  const all = readCsv(join(opts.goldDir, layout.name, layout.file));
  const withText = all.filter((r) => (r.source_headline ?? '').trim() !== '');
  const rows = take(withText, opts.limit);
  const docs: GoldDoc[] = rows.map((r) => {
    const text = (r.source_headline ?? '').trim();
    const pubDate = normaliseDay((r.source_date ?? '').split(';')[0], layout.slash) ?? normaliseDay(r[layout.dateStart], layout.slash);
    const start = normaliseDay(r[layout.dateStart], layout.slash);
    const end = normaliseDay(r[layout.dateEnd], layout.slash) ?? start;
    const datePrec = cellNumber(r.date_prec) ?? 5;
    const stating = statingHeadlines(datedHeadlines(r.source_headline ?? '', r.source_date ?? '', layout.slash), end);
    // Fields are read in the headlines that state the event: a number or a name in a report's title ("Rapport hebdo no 21
    // (28 mai 2017)", "Midterm report of the Panel of Experts") or in a later report states nothing about it.
    const told = stating.map((h) => h.text).join(' ; ');
    const wherePrec = cellNumber(r.where_prec) ?? 7;
    const lat = cellNumber(r[layout.lat]);
    const lon = cellNumber(r[layout.lon]);
    const country = iso3(r.country ?? '');
    const placeName = (r.where_coordinates ?? '').split(',')[0] ?? '';
    const best = cellNumber(r.best);
    const low = cellNumber(r.low);
    const high = cellNumber(r.high);
    const deaths = [best, low, high].filter((n): n is number => n !== null);
    const claimant = (r.source_original ?? '').trim();
    // Words naming the event's country or place say where, not who claims it.
    const placeWords = [...(country ? countryWords(country) : []), r.where_coordinates ?? '', r.adm_1 ?? '', r.adm_2 ?? ''];
    // The place's country is scored when the headline names the country or a proper name of the place.
    const properNames = [r.where_coordinates, r.where_description, r.adm_1, r.adm_2].flatMap((f) => (f ?? '').split(/[^\p{L}'-]+/u).filter((w) => /^\p{Lu}/u.test(w)));
    const statesWhere = Boolean(country) && ((country ? countryNames(country) : []).some((n) => statesName(told, n)) || properNames.some((w) => statesName(told, w)));
    // A side's country is named by its demonym ("Ukrainian forces"), or by its name when the event is in
    // another country: "Two soldiers killed in Ukraine clashes" names where, not who.
    const actorCountries = [sideCountry(r.side_a ?? ''), sideCountry(r.side_b ?? '')].filter(
      (c): c is string => c !== null && [...countryDemonyms(c), ...(c === country ? [] : countryNames(c))].some((n) => statesName(told, n)),
    );
    const event: GoldEvent = {
      type: 'ASSAULT',
      label: VIOLENCE[r.type_of_violence ?? ''] ?? 'violence',
      ...(stating.length ? {} : { stated: false }),
      ...(start && end && datePrec <= 3 && statesDate(stating.filter((h) => h.published === pubDate), start, end) ? { date: { start, end } } : {}),
      places: [
        {
          name: placeName,
          ...(lat !== null && lon !== null ? { lat, lon } : {}),
          ...(country && statesWhere ? { country } : {}),
          scoreCoords: lat !== null && wherePrec <= 3 && statesName(told, placeName),
        },
      ],
      ...(best !== null && statesNumber(told, deaths) ? { killed: { value: best, ...(low !== null ? { low } : {}), ...(high !== null ? { high } : {}) } } : {}),
      ...(claimant && statesName(told, claimant, 5, placeWords) ? { attribution: claimant } : {}),
      ...(actorCountries.length ? { actorCountries } : {}),
    };
    return { input: { id: `${layout.name}:${r.id}`, text, date: pubDate, lang: null }, events: [event] };
  });
  return {
    kind: 'events',
    name: layout.name,
    docs,
    notes: [
      `text = source_headline (${all.length - withText.length} rows without a headline left out); date = first source_date, else date_start; lang detected`,
      'type: every UCDP GED event is lethal organised violence = PLOVER ASSAULT (ACLED not scored)',
      `event stated when a headline is a statement (>= 4 words, one in lower case or all in capitals; not a bare place name, byline, dated title, nor a report or bulletin title: eval/mappings/report-titles.tsv) published <= ${EVENT_NEWS_DAYS} days after date_end; detection_*_stated counts those only, detection_* every row; fields are scored on stated events only`,
      `date scored when date_prec <= 3 and a stating headline published on the reference day (the first source_date, given to the extractor as the publication date) falls within date_start..date_end + ${DATE_NEWS_DAYS} days (news dates its event; a later report does not); inside the range = exact`,
      'scored only when a headline that states the event names it (not a report title, not a later report): coordinates (where_prec <= 3 and the place named), place country (the country or a capitalised word of where_coordinates/where_description/adm_1/adm_2 named), killed (best/low/high in digits), attribution (a word of source_original named, not one of its country or place names), actor country (its demonym named, or its name when the event is in another country)',
    ],
  };
}
