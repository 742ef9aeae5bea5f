// Builds a Knowledge from data already read into memory (files, or inline rows in tests).
import type { FeatureClass, GazetteerEntry, Knowledge, PlaceContext, ResolvedPlace } from './types.js';
import { GazetteerBuilder, type GazetteerFile } from './gazetteer.js';
import { findPlaceMatches, type PlaceFinderConfig } from './place-finder.js';
import { chooseEntry, toPlace, withinContext } from './resolve-place.js';
import { ActorDictionary } from './actor-dictionary.js';
import { generateStateActors, loadActorRows, loadTenures, parseStateRoles, type CountryRecord, type DataFile } from './actor-data.js';
import { phrasePattern, placeForcePatterns, type LangData, type PlaceHint } from './lang-data.js';
import { distancePattern } from './distance-words.js';
import { nameKey, tokenize } from './normalize.js';
import { parseSkeletonRules } from './skeleton.js';
import { withNationality, type NationalityLookup } from './actor-nationality.js';
import { biggestFirst, countryPopulations, wordOwner } from './country-weights.js';

export interface KnowledgeSources {
  readonly version?: string;
  /** Gazetteer TSV files; curated ones (hand-reviewed) win ties against bulk data. */
  readonly gazetteer?: readonly GazetteerFile[];
  readonly countries?: readonly CountryRecord[];
  readonly langs?: readonly LangData[];
  /** data/actors/state-roles.tsv */
  readonly stateRoles?: DataFile;
  /** Curated actor files, read in order (the first definition of an alias wins). */
  readonly actors?: readonly DataFile[];
  readonly tenures?: readonly DataFile[];
  /** data/places/skeleton-rules.txt: spelling-variant rules for lookupPlace's fallback. */
  readonly skeletonRules?: DataFile;
}

export interface KnowledgeStats {
  readonly places: number;
  readonly placeKeys: number;
  readonly actors: number;
}

export type VigieKnowledge = Knowledge & {
  readonly stats: KnowledgeStats;
  /** Every entry a name could denote: same folded key, or same spelling skeleton (hint words stripped). For diagnostics. */
  placeCandidates(name: string): GazetteerEntry[];
};

export function createKnowledge(src: KnowledgeSources = {}): VigieKnowledge {
  const langs = src.langs ?? [];
  // ---- places
  const gb = new GazetteerBuilder();
  for (const f of src.gazetteer ?? []) gb.addFile(f);
  const g = gb.build(src.skeletonRules ? parseSkeletonRules(src.skeletonRules.text, src.skeletonRules.source) : []);
  const finder: PlaceFinderConfig = buildFinderConfig(langs);

  // ---- countries
  const countryKeys = new Map<string, string>();
  const iso3s = new Set<string>();
  for (const c of src.countries ?? []) {
    iso3s.add(c.iso3);
    countryKeys.set(c.iso2.toLowerCase(), c.iso3);
    for (const names of Object.values(c.names)) for (const n of names) if (!countryKeys.has(nameKey(n))) countryKeys.set(nameKey(n), c.iso3);
  }
  for (const c of src.countries ?? []) for (const n of c.allNames ?? []) if (!countryKeys.has(nameKey(n))) countryKeys.set(nameKey(n), c.iso3);
  const countryByIso3 = new Map((src.countries ?? []).map((c) => [c.iso3, c]));
  // Adjectives of nationality, folded; a name of several words also by its initial ("Central African" → "C.African").
  // A form several countries claim goes to the one far bigger than the others ("French": France), else to none.
  const population = countryPopulations(src.countries ?? [], (key) => g.lookup(key));
  const claims = new Map<string, string[]>();
  const addDemonym = (key: string, iso3: string) => (claims.get(key) ?? claims.set(key, []).get(key)!).push(iso3);
  for (const c of src.countries ?? []) {
    for (const d of Object.values(c.demonyms)) {
      for (const form of new Set([d.m, d.f])) {
        const key = nameKey(form);
        if (!key) continue;
        addDemonym(key, c.iso3);
        const words = key.split(' ');
        if (words.length > 1) addDemonym([words[0]!.charAt(0), ...words.slice(1)].join(' '), c.iso3);
      }
    }
  }
  const demonyms = new Map<string, string | null>([...claims].map(([key, iso3s]) => [key, wordOwner(iso3s, population)]));

  // ---- actors
  const dict = new ActorDictionary(finder.commonKeys);
  for (const f of src.actors ?? []) loadActorRows(dict, f);
  const roles = src.stateRoles ? parseStateRoles(src.stateRoles) : [];
  generateStateActors(dict, biggestFirst(src.countries ?? [], population), roles, langs);
  for (const c of src.countries ?? []) {
    const gov = `${c.iso3}-GOV`;
    if (!dict.has(gov)) continue;
    // Country names from every source, and the capital standing for its government.
    for (const n of c.allNames ?? []) dict.alias(gov, n, '*');
    // Capital names: the main one and variants that start like it (Bakou/Baku, Erevan/Yerevan,
    // Kiev/Kyiv), which leaves out unrelated alternate names in the GeoNames list.
    const [main, ...variants] = c.capitalNames ?? [];
    if (main) {
      dict.alias(gov, main, '*', true);
      for (const n of variants) if (n.length >= 4 && sameStart(main, n)) dict.alias(gov, n, '*', true);
    }
  }
  for (const f of src.tenures ?? []) loadTenures(dict, f);
  // "Ugandan rebels", "CAR troops", "les civils maliens": a described actor and the nationality beside it. The words
  // before a described actor repeat from text to text ("Les", "Des"): their reading is kept.
  const countryNames = new Map<string, string | null>();
  const nationality: NationalityLookup = {
    demonym: (key) => demonyms.get(key) ?? null,
    countryName(key) {
      let iso3 = countryNames.get(key);
      if (iso3 === undefined) {
        const found = new Set((g.lookup(key) ?? []).filter((e) => e.featureClass === 'country' && e.country).map((e) => e.country));
        if (countryNames.size >= 50_000) countryNames.clear();
        countryNames.set(key, (iso3 = found.size === 1 ? [...found][0]! : null));
      }
      return iso3;
    },
    stateActor(generic, iso3) {
      const role = dict.stateRole(generic.id);
      return role ? dict.get(`${iso3}-${role}`) : null;
    },
  };

  const choose = (name: string, ctx: PlaceContext): ResolvedPlace | null => {
    const { key, hint } = stripHint(name, finder);
    const entries = g.lookup(key);
    const focus = ctx.focusCountries ?? [];
    const inFocus = (e: GazetteerEntry) => !focus.length || (e.country !== null && focus.includes(e.country));
    const h = ctx.hint ?? hint;
    if (entries) {
      // "Zaporizhzhya oblast": the name is a town's, the area is spelt "Zaporizhzhia": its variant joins.
      const areas = (h === 'admin1' || h === 'admin2') && !entries.some((e) => e.featureClass === h)
        ? g.lookupSkeleton(key)?.filter((e) => e.featureClass === h && inFocus(e)) : undefined;
      if (!areas?.length) return chooseEntry(entries, ctx, h);
      const r = chooseEntry([...entries, ...areas], ctx, h);
      return r && areas.includes(r.entry) ? { ...r, reason: `spelling variant of ${r.entry.name}; ${r.reason}` } : r;
    }
    // A spelling variant: same skeleton, in the document's countries when they are known.
    const variants = g.lookupSkeleton(key)?.filter(inFocus);
    if (!variants?.length) return null;
    const r = chooseEntry(variants, ctx, h);
    return r && { ...r, reason: `spelling variant of ${r.entry.name}; ${r.reason}` };
  };
  const capitals = new Map<string, ResolvedPlace | null>();
  const lookup = (name: string, ctx: PlaceContext = {}): ResolvedPlace | null => {
    const r = choose(name, ctx);
    // The context names admin areas and the best reading lies far outside them: the area instead.
    return r && withinContext(r, ctx, name);
  };
  // Nouns of places and of their people ("rues", "habitants"), folded: a capital after either and a genitive is a place;
  // only the nouns of sites say where.
  const placeNounKeys = new Set(langs.flatMap((l) => (l.placeNouns ?? []).map(nameKey)));
  const peopleNounKeys = new Set(langs.flatMap((l) => (l.peopleNouns ?? []).map(nameKey)));

  return {
    version: src.version ?? 'inline',
    stats: { places: g.size, placeKeys: g.keyCount, actors: dict.size },
    placeCandidates(name) {
      const { key } = stripHint(name, finder);
      return [...new Set([...(g.lookup(key) ?? []), ...(g.lookupSkeleton(key) ?? [])])];
    },
    findPlaces: (text) => findPlaceMatches(text, g, finder),
    resolvePlace: (match, ctx) => chooseEntry(match.candidates, ctx, ctx.hint ?? match.hint),
    lookupPlace: lookup,
    findActors: (text, lang, date) => withNationality(text, dict.find(text, lang, date), nationality),
    getActor: (id) => dict.get(id),
    forceRole: (genericId) => dict.stateRole(genericId),
    stateForce(genericId, iso3) {
      const role = dict.stateRole(genericId);
      return role ? dict.get(`${iso3}-${role}`) : null;
    },
    placeNouns: new Set([...placeNounKeys, ...peopleNounKeys]),
    siteNouns: new Set([...placeNounKeys].filter((n) => !peopleNounKeys.has(n))),
    countryWide: new Map(langs.map((l) => [l.code, phrasePattern(l.countryWide ?? [])])),
    siteWords: new Map(langs.map((l) => [l.code, { prepositions: lowerSet(l.sitePrepositions), determiners: lowerSet(l.siteDeterminers) }])),
    placeForces: placeForcePatterns(langs),
    modifiedEventNouns: new Set(langs.flatMap((l) => (l.modifiedEventNouns ?? []).map(nameKey))),
    // As written: they are matched in the text, case aside (a folded "l ancienne capitale" would miss "l'ancienne capitale").
    capitalWords: [...new Set(langs.flatMap((l) => l.capitalWords ?? []))],
    capitalOf(iso3) {
      if (!capitals.has(iso3)) {
        const c = (src.countries ?? []).find((x) => x.iso3 === iso3);
        const name = c?.capitalNames?.[0];
        // The entry of the capital itself (by its GeoNames id), not an admin area of the same name ("Mexico City").
        const own = name && c?.capital != null ? g.lookup(nameKey(name))?.find((e) => e.geonameid === c.capital) : undefined;
        const r = own ? { place: toPlace(own), entry: own, reason: `capital of ${iso3}` } : name ? lookup(name, { focusCountries: [iso3] }) : null;
        capitals.set(iso3, r && r.place.country === iso3 && r.place.precision === 'city' ? r : null);
      }
      return capitals.get(iso3) ?? null;
    },
    demonymCountry: (key) => demonyms.get(key) ?? null,
    countryPlace(iso3) {
      const c = countryByIso3.get(iso3);
      const e = c ? g.lookup(nameKey(c.name))?.find((x) => x.featureClass === 'country' && x.country === iso3) : undefined;
      return e ? { place: toPlace(e), entry: e, reason: `country ${iso3}` } : null;
    },
    admin1Place(iso3, admin1) {
      const e = g.lookup(nameKey(admin1))?.find((x) => x.featureClass === 'admin1' && x.country === iso3);
      return e ? { place: toPlace(e), entry: e, reason: `admin1 ${admin1} (${iso3})` } : null;
    },
    distancePhrases: new Map(langs.map((l) => [l.code, l.distanceWords ? distancePattern(l.distanceWords) : null])),
    foreignCountryName(iso3, name, lang) {
      const c = countryByIso3.get(iso3);
      const own = c?.names[lang];
      if (!c || !own?.length) return false;
      const key = nameKey(name);
      if (own.some((n) => nameKey(n) === key)) return false;
      return Object.entries(c.names).some(([l, names]) => l !== lang && names.some((n) => nameKey(n) === key));
    },
    countryCode(nameOrCode) {
      const s = nameOrCode.trim();
      if (/^[A-Z]{3}$/.test(s) && iso3s.has(s)) return s;
      const known = countryKeys.get(nameKey(s));
      if (known) return known;
      // A government's alias that is the whole string ("RDC", "Birmanie").
      for (const l of langs) {
        const m = dict.find(s, l.code);
        const only = m.length === 1 ? m[0] : undefined;
        if (only && only.actor.id === `${only.actor.country}-GOV` && !only.metonym && nameKey(only.text) === nameKey(s)) return only.actor.country;
      }
      return null;
    },
  };
}

/** Same first letter once folded, all vowels (and y) counting as one. */
function sameStart(a: string, b: string): boolean {
  const f = (s: string): string => {
    const c = nameKey(s)[0] ?? '';
    return 'aeiouy'.includes(c) ? 'a' : c;
  };
  return f(a) === f(b);
}

function buildFinderConfig(langs: readonly LangData[]): PlaceFinderConfig {
  const stopKeys = new Set<string>();
  const titleKeys = new Set<string>();
  const commonKeys = new Set<string>();
  const placeNounKeys = new Set<string>();
  const articleKeys = new Set<string>();
  const hintsBefore = new Map<string, PlaceHint[]>();
  const hintsAfter = new Map<string, PlaceHint[]>();
  for (const l of langs) {
    for (const w of l.placeStopwords) stopKeys.add(nameKey(w));
    for (const w of l.personTitles ?? []) titleKeys.add(nameKey(w));
    for (const w of l.commonWordNames ?? []) commonKeys.add(nameKey(w));
    for (const w of l.placeNouns ?? []) placeNounKeys.add(nameKey(w));
    for (const w of l.placeArticles ?? []) articleKeys.add(nameKey(w));
    for (const h of l.placeHints) {
      const k = h.position === 'before' ? h.tokens[h.tokens.length - 1] : h.tokens[0];
      if (!k) continue;
      const map = h.position === 'before' ? hintsBefore : hintsAfter;
      const list = map.get(k) ?? [];
      list.push(h);
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      map.set(k, list);
    }
  }
  return { stopKeys, titleKeys, hintsBefore, hintsAfter, commonKeys, placeNounKeys, articleKeys };
}

/** "district de Mardakert" → key "mardakert", hint admin2; "Donetsk oblast" → "donetsk", admin1. */
function stripHint(name: string, cfg: PlaceFinderConfig): { key: string; hint?: FeatureClass } {
  const keys = tokenize(name).map((t) => t.key);
  const first = keys.length > 1 ? findHint(keys, cfg, 'before') : undefined;
  if (first) return { key: keys.slice(first.tokens.length).join(' '), hint: first.featureClass };
  const last = keys.length > 1 ? findHint(keys, cfg, 'after') : undefined;
  if (last) return { key: keys.slice(0, keys.length - last.tokens.length).join(' '), hint: last.featureClass };
  return { key: keys.join(' ') };
}

function findHint(keys: readonly string[], cfg: PlaceFinderConfig, pos: 'before' | 'after'): PlaceHint | undefined {
  const all = pos === 'before' ? cfg.hintsBefore : cfg.hintsAfter;
  let best: PlaceHint | undefined;
  for (const list of all.values()) {
    for (const h of list) {
      if (h.tokens.length >= keys.length) continue;
      const at = pos === 'before' ? 0 : keys.length - h.tokens.length;
      if (h.tokens.every((t, i) => keys[at + i] === t) && (!best || h.tokens.length > best.tokens.length)) best = h;
    }
  }
  return best;
}

/** Words in lower case as written (NFC), apostrophes dropped ("l'" → "l"): "à" stays apart from "a". */
function lowerSet(words: readonly string[] | undefined): Set<string> {
  return new Set((words ?? []).map((w) => w.normalize('NFC').toLowerCase().replace(/['’]/gu, '')).filter(Boolean));
}
