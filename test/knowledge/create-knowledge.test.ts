// createKnowledge on small inline data: matching, resolution rules, actor generation, errors.
import { describe, expect, it } from 'vitest';
import { createKnowledge, KnowledgeDataError, nameKey, type CountryRecord, type LangData } from '../../src/knowledge/index.js';
import { parseActorPatterns, parsePlaceHints, parsePlural } from '../../src/knowledge/lang-data.js';

const row = (...f: (string | number)[]): string => f.join('\t');
const GAZ = [
  '# test gazetteer',
  row(587076, 'country', 'AZE', '', '', 40.5, 47.5, 10000000, 7, 'Azerbaijan', 'Azerbaïdjan'),
  row(147105, 'city', 'AZE', 'Shusha', '', 39.76, 46.75, 18662, 4.27, 'Şuşa', 'Shusha|Choucha|Shushi'),
  row(584649, 'city', 'AZE', 'Yevlax City', '', 40.618, 47.15, 127400, 5.1, 'Yevlakh', 'Yevlax|Evlakh'),
  row(1, 'city', 'UKR', 'Luhansk', '', 48.1, 38.6, 9000, 3.9, 'Pervomaisk', 'Pervomaysk'),
  row(2, 'city', 'UKR', 'Mykolaiv', '', 48.04, 30.85, 60000, 4.8, 'Pervomaisk', 'Pervomaysk'),
  row(3, 'admin1', 'UKR', 'Luhansk', '', 48.57, 39.3, 2000000, 6.3, 'Luhansk', 'Lugansk'),
  row(4, 'city', 'UKR', 'Luhansk', '', 48.57, 39.3, 400000, 5.6, 'Luhansk', 'Lugansk'),
  row(5, 'city', 'MLI', 'Mopti', 'Tenenkou', 14.45, -4.92, 0, 4.3, 'Ténenkou', 'Tenenkou'),
  row(6, 'city', 'CAF', 'Ouaka', '', 5.76, 20.67, 40000, 4.6, 'Bambari', ''),
  row(7, 'city', 'UKR', 'Donetsk', '', 48.5, 37.9, 700, 2.85, 'Pionerskoye', ''),
  row(8, 'city', 'FRA', 'Île-de-France', '', 48.85, 2.35, 2000000, 6.3, 'Paris', ''),
  row(9, 'city', 'USA', 'Texas', '', 33.66, -95.55, 25000, 4.4, 'Paris', 'Pari'),
  row(10, 'city', 'FRA', 'Normandie', '', 49.49, 0.1, 170000, 5.2, 'Le Havre', 'La Guerre'),
].join('\n');
const CURATED = [
  row('', 'admin2', 'AZE', 'Shusha', 'Shusha District', 39.758, 46.749, 0, 4, 'Shusha', 'Chucha|Shushi'),
  row('', 'region', 'AZE', '', '', 39.8, 46.75, 0, 5, 'Nagorno-Karabakh', 'Haut-Karabakh|Karabakh'),
].join('\n');

const fold = (s: string): string[] => nameKey(s).split(' ');
const ROLES = 'GOV\tgovernment\t{country}\nMIL\tmilitary\tMilitary forces of {country}\nFM\tgovernment\tForeign Minister of {country}\n';
const roleIds = new Set(['GOV', 'MIL', 'FM']);
const FR: LangData = {
  code: 'fr',
  placeStopwords: ['le', 'la', 'selon', 'guerre'],
  personTitles: ['Mme', 'général'],
  placeHints: parsePlaceHints('district de\tadmin2\tbefore\ndistricts de\tadmin2\tbefore\nrégion de\tadmin1\tbefore\n', 'fr/place-hints.tsv', fold),
  actorPatterns: parseActorPatterns('GOV\t{country}\nMIL\tforces {dem.fp}\nMIL\tarmée {dem.f}\nFM\tministre {dem.m} des Affaires étrangères\n', 'fr/actor-patterns.tsv', roleIds),
  plural: parsePlural('s\t=\nx\t=\n*\ts\n', 'fr/plural.tsv'),
};
const EN: LangData = {
  code: 'en',
  placeStopwords: ['the'],
  placeNouns: ['airport'],
  placeHints: parsePlaceHints('oblast\tadmin1\tafter\ntown\tcity\tafter\n', 'en/place-hints.tsv', fold),
  actorPatterns: parseActorPatterns('GOV\t{country}\nMIL\t{dem.m} troops\n', 'en/actor-patterns.tsv', roleIds),
  plural: parsePlural('*\t=\n', 'en/plural.tsv'),
};
const COUNTRIES: CountryRecord[] = [
  { iso3: 'AZE', iso2: 'AZ', name: 'Azerbaijan', gid: 587076, capital: 587084, names: { en: ['Azerbaijan'], fr: ['Azerbaïdjan'] }, demonyms: { en: { m: 'Azerbaijani', f: 'Azerbaijani' }, fr: { m: 'Azerbaïdjanais', f: 'Azerbaïdjanaise' } }, allNames: ['Azerbaijan', 'Azerbaïdjan', 'Azərbaycan'], capitalNames: ['Baku', 'Bakou', 'Lewis'] },
  { iso3: 'ARM', iso2: 'AM', name: 'Armenia', gid: 174982, capital: 616052, names: { en: ['Armenia'], fr: ['Arménie'] }, demonyms: { en: { m: 'Armenian', f: 'Armenian' }, fr: { m: 'Arménien', f: 'Arménienne' } }, allNames: ['Armenia', 'Arménie'], capitalNames: ['Yerevan', 'Erevan'] },
  { iso3: 'UKR', iso2: 'UA', name: 'Ukraine', gid: 690791, capital: 703448, names: { en: ['Ukraine'], fr: ['Ukraine'] }, demonyms: { en: { m: 'Ukrainian', f: 'Ukrainian' }, fr: { m: 'Ukrainien', f: 'Ukrainienne' } }, allNames: ['Ukraine'], capitalNames: ['Kyiv', 'Kiev', 'Kyjiw'] },
  { iso3: 'BVT', iso2: 'BV', name: 'Bouvet Island', gid: null, capital: null, names: { en: ['Bouvet Island'], fr: ['Île Bouvet'] }, demonyms: { en: { m: '', f: '' }, fr: { m: '', f: '' } } },
];
const ACTORS = [
  'NK-SEP\trebel_group\tAZE\tArmenian separatists of Nagorno-Karabakh\tfr\tséparatistes arméniens',
  'UN\tigo\t\tUnited Nations\t*\tONU|Nations unies',
  'PER-JEYHUN-BAYRAMOV\tgovernment\tAZE\tJeyhun Bayramov\t*\tDjeyhoun Baïramov|Jeyhun Bayramov',
  'PER-ARARAT-MIRZOYAN\tgovernment\tARM\tArarat Mirzoyan\t*\tArarat Mirzoïan',
  'GEN-CIVILIANS\tcivilians\t\tCivilians\tfr\tcivils',
].join('\n');
const TENURES = 'PER-JEYHUN-BAYRAMOV\tAZE-FM\t2020-07-16\t\nPER-ARARAT-MIRZOYAN\tARM-FM\t2021-08-19\t\n';
const SKELETON = 'zh\tj\nkh\th\nc\tk\n';

const k = createKnowledge({
  version: 'test',
  gazetteer: [
    { text: GAZ, source: 'gazetteer.tsv', curated: false },
    { text: CURATED, source: 'places/curated.tsv', curated: true },
  ],
  countries: COUNTRIES,
  langs: [EN, FR],
  stateRoles: { text: ROLES, source: 'actors/state-roles.tsv' },
  actors: [{ text: ACTORS, source: 'actors/test.tsv' }],
  tenures: [{ text: TENURES, source: 'actors/tenures.tsv' }],
  skeletonRules: { text: SKELETON, source: 'places/skeleton-rules.txt' },
});

describe('findPlaces', () => {
  it('finds names accent- and case-insensitively, with exact offsets, longest first', () => {
    const text = "Statu quo dans le Haut-Karabakh. Les discussions ont débuté à Yevlakh.";
    const found = k.findPlaces(text);
    expect(found.map((m) => m.text)).toEqual(['Haut-Karabakh', 'Yevlakh']);
    for (const m of found) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  it('needs a capital letter and skips stop words, short acronyms and parts of person names', () => {
    expect(k.findPlaces('la ville de paris est calme')).toEqual([]);
    expect(k.findPlaces('Selon PARIS, rien.').map((m) => m.text)).toEqual(['PARIS']);
    expect(k.findPlaces('Selon PARI, rien.').map((m) => m.text)).toEqual([]);
    expect(k.findPlaces('Le journaliste Bambari Petrenko a parlé.')).toEqual([]);
    // A place noun after a town makes a site of it; another capitalised word that names no place makes a name of it,
    // a province's name included ("Van Gogh").
    expect(k.findPlaces('Luhansk Airport a rouvert.').map((m) => m.text)).toEqual(['Luhansk']);
    expect(k.findPlaces('Les tableaux de Luhansk Petrenko ont été volés.')).toEqual([]);
    expect(k.findPlaces('Ils sont à Luhansk, disent-ils.').map((m) => m.text)).toEqual(['Luhansk']);
    expect(k.findPlaces('Selon Mme Bambari, le général Bambari est parti.')).toEqual([]);
    // A name made of stop words only ("La Guerre") is given up: it reads like a sentence start.
    expect(k.findPlaces('La guerre continue. Au Havre, Le Havre et La Guerre.').map((m) => m.text)).toEqual(['Le Havre']);
  });

  it('reads admin hints before a name, across a list, and after it', () => {
    const text = 'dans les districts de Chucha (deux) et de Shusha (trois), puis Luhansk oblast et Yevlakh.';
    const hints = Object.fromEntries(k.findPlaces(text).map((m) => [m.text, m.hint ?? null]));
    expect(hints).toEqual({ Chucha: 'admin2', Shusha: 'admin2', Luhansk: 'admin1', Yevlakh: null });
  });
});

describe('resolvePlace / lookupPlace', () => {
  it('uses the admin hint: "district de Chucha" is the district, "Chucha" alone the best-known entry', () => {
    const d = k.lookupPlace('district de Chucha', { focusCountries: ['AZE'] });
    expect(d?.place).toMatchObject({ name: 'Shusha', precision: 'admin2', lat: 39.758, lon: 46.749 });
    expect(d?.reason).toMatch(/admin hint admin2/);
    const city = k.lookupPlace('Choucha', {});
    expect(city?.place).toMatchObject({ name: 'Şuşa', precision: 'city', geonameid: 147105 });
  });

  it('prefers the town over the admin1 of the same name unless a hint asks for the admin1', () => {
    expect(k.lookupPlace('Luhansk')?.place.precision).toBe('city');
    expect(k.lookupPlace('Luhansk oblast')?.place.precision).toBe('admin1');
  });

  it('chooses homonyms by focus country, then by nearby places, then by prominence', () => {
    expect(k.lookupPlace('Paris')?.place.country).toBe('FRA');
    expect(k.lookupPlace('Paris', { focusCountries: ['USA'] })?.place.country).toBe('USA');
    expect(k.lookupPlace('Pervomaisk', { focusCountries: ['UKR'] })?.place.admin1).toBe('Mykolaiv');
    const near = [{ name: 'Luhansk', country: 'UKR', admin1: 'Luhansk', precision: 'admin1' as const }];
    const r = k.lookupPlace('Pervomaisk', { focusCountries: ['UKR'], near });
    expect(r?.place.admin1).toBe('Luhansk');
    expect(r?.reason).toMatch(/near Luhansk/);
  });

  it('a "town" hint does not send a name abroad when the focus country has it', () => {
    expect(k.lookupPlace('Paris town', { focusCountries: ['FRA'] })?.place.country).toBe('FRA');
  });

  it('falls back to a spelling variant in the focus country', () => {
    const r = k.lookupPlace('Pionerske', { focusCountries: ['UKR'] });
    expect(r?.place.name).toBe('Pionerskoye');
    expect(r?.reason).toMatch(/spelling variant/);
    expect(k.lookupPlace('Pionerske', { focusCountries: ['MLI'] })).toBeNull();
    expect(k.lookupPlace('Nowhereville')).toBeNull();
  });

  it('returns contract places for every precision', () => {
    expect(k.lookupPlace('Azerbaïdjan')?.place).toMatchObject({ name: 'Azerbaijan', country: 'AZE', precision: 'country' });
    expect(k.lookupPlace('Karabakh')?.place).toMatchObject({ precision: 'region', country: 'AZE' });
  });
});

describe('findActors', () => {
  const ids = (text: string, lang: string, date?: string) => k.findActors(text, lang, date).map((a) => a.actor.id);

  it('generates state actors from demonym patterns, with French plurals', () => {
    expect(ids("Les forces azerbaïdjanaises et l'armée arménienne", 'fr')).toEqual(['AZE-MIL', 'ARM-MIL']);
    expect(ids('Ukrainian troops entered', 'en')).toEqual(['UKR-MIL']);
    expect(k.getActor('AZE-MIL')).toMatchObject({ name: 'Military forces of Azerbaijan', country: 'AZE', kind: 'military' });
  });

  it('does not generate aliases from empty demonyms', () => {
    expect(ids('les forces arrivent', 'fr')).toEqual([]);
  });

  it('uses language-specific aliases only in their language', () => {
    expect(ids('des séparatistes arméniens', 'fr')).toEqual(['NK-SEP']);
    expect(ids('des séparatistes arméniens', 'en')).toEqual([]);
  });

  it('marks capitals as metonyms, keeping only variants that start like the main name', () => {
    const m = k.findActors('accusé Bakou et Erevan, pas Lewis', 'fr');
    expect(m.map((a) => [a.text, a.actor.id, a.metonym])).toEqual([
      ['Bakou', 'AZE-GOV', true],
      ['Erevan', 'ARM-GOV', true],
    ]);
  });

  it('matches acronyms only in capitals', () => {
    expect(ids("le Conseil de l'ONU", 'fr')).toEqual(['UN']);
    expect(ids('onu', 'fr')).toEqual([]);
  });

  it('names the holder of a role at the document date', () => {
    const [fm] = k.findActors('le ministre arménien des Affaires étrangères', 'fr', '2023-09');
    expect(fm?.actor.id).toBe('ARM-FM');
    expect(fm?.holder?.name).toBe('Ararat Mirzoyan');
    expect(k.findActors('le ministre arménien des Affaires étrangères', 'fr', '2019-01-01')[0]?.holder).toBeUndefined();
    expect(k.getActor('PER-JEYHUN-BAYRAMOV')?.roles).toEqual([{ title: 'Foreign Minister of Azerbaijan', org: 'AZE-FM', from: '2020-07-16', to: null }]);
  });
});

describe('countryCode', () => {
  it.each([
    ['Azerbaïdjan', 'AZE'],
    ['AZ', 'AZE'],
    ['ARM', 'ARM'],
    ['Azərbaycan', 'AZE'],
    ['Atlantis', null],
  ])('%s → %s', (input, want) => {
    expect(k.countryCode(input)).toBe(want);
  });
});

describe('bad data', () => {
  it.each([
    [{ gazetteer: [{ text: row(1, 'town', 'AZE', '', '', 1, 1, 0, 0, 'X', ''), source: 'g.tsv', curated: true }] }, /g\.tsv:1: field "class"/],
    [{ gazetteer: [{ text: `# c\n${row(1, 'city', 'AZ', '', '', 1, 1, 0, 0, 'X', '')}`, source: 'g.tsv', curated: true }] }, /g\.tsv:2: field "iso3"/],
    [{ gazetteer: [{ text: row(1, 'city', 'AZE', '', '', 91, 1, 0, 0, 'X', ''), source: 'g.tsv', curated: true }] }, /g\.tsv:1: field "lat\/lon"/],
    [{ actors: [{ text: 'X-1\tsoldier\tAZE\tX\tfr\tx', source: 'a.tsv' }] }, /a\.tsv:1: field "kind"/],
    [{ actors: [{ text: 'X-1\tmilitary\tAZE\tX\tfr\t', source: 'a.tsv' }] }, /a\.tsv:1: field "aliases"/],
    [{ actors: [{ text: 'X-1\tmilitary\tAZE\tX\tfr\tx', source: 'a.tsv' }], tenures: [{ text: 'X-1\tNOPE\t2020\t', source: 't.tsv' }] }, /t\.tsv:1: field "role"/],
  ])('names the file, line and field (%#)', (src, msg) => {
    expect(() => createKnowledge(src)).toThrow(KnowledgeDataError);
    expect(() => createKnowledge(src)).toThrow(msg);
  });

  it('rejects unknown pattern roles and placeholders', () => {
    expect(() => parseActorPatterns('XYZ\t{country}', 'p.tsv', roleIds)).toThrow(/p\.tsv:1: field "role"/);
    expect(() => parseActorPatterns('GOV\t{pays}', 'p.tsv', roleIds)).toThrow(/p\.tsv:1: field "pattern" unknown placeholder/);
  });
});
