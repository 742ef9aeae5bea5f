// Reads actor data files into an ActorDictionary and generates state actors (government, armed
// forces, ministries, office holders) for every country from per-language alias patterns.
import { ACTOR_KINDS, type Actor } from '../core/contract.js';
import type { ActorDictionary } from './actor-dictionary.js';
import type { LangData } from './lang-data.js';
import { pluralize, tsvRows } from './lang-data.js';
import { KnowledgeDataError } from './errors.js';

export interface CountryRecord {
  readonly iso3: string;
  readonly iso2: string;
  /** English common name. */
  readonly name: string;
  readonly gid: number | null;
  /** GeoNames id of the capital. */
  readonly capital: number | null;
  /** Names by language code. */
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** Demonyms by language code, masculine and feminine singular. */
  readonly demonyms: Readonly<Record<string, { readonly m: string; readonly f: string }>>;
  /** Every name of the country in the gazetteer (all languages). */
  readonly allNames?: readonly string[];
  /** Every name of its capital (stands for the government: "Bakou" → AZE-GOV). */
  readonly capitalNames?: readonly string[];
}

export interface StateRole {
  readonly role: string;
  readonly kind: Actor['kind'];
  /** English canonical name with {country}: "Ministry of Defence of {country}". */
  readonly template: string;
}

export interface DataFile {
  readonly text: string;
  /** File name for error messages. */
  readonly source: string;
}

const KINDS = new Set<string>(ACTOR_KINDS);

/**
 * Curated actor rows: id kind country name lang aliases [flags]. Several rows may share an id (one
 * per language); kind, country and name are required on its first row. lang "*" = any language;
 * aliases are "|"-separated; flags (","-separated): "metonym" marks names that stand for the actor (a capital),
 * "state=ROLE" a described force that is the state's role of a country named with it ("CAR troops" → CAF-MIL).
 */
export function loadActorRows(dict: ActorDictionary, file: DataFile): number {
  let n = 0;
  for (const { line, cols } of tsvRows(file.text)) {
    const [id, kind, country, name, lang, aliases, flags] = cols;
    if (!id || !/^[A-Z0-9][A-Z0-9-]*$/.test(id)) throw new KnowledgeDataError(file.source, line, 'id', `"${id ?? ''}" must be upper-case letters, digits and hyphens`);
    if (!dict.has(id)) {
      if (!kind || !KINDS.has(kind)) throw new KnowledgeDataError(file.source, line, 'kind', `unknown actor kind "${kind ?? ''}" (one of ${ACTOR_KINDS.join(', ')})`);
      if (country && !/^[A-Z]{3}$/.test(country)) throw new KnowledgeDataError(file.source, line, 'country', `"${country}" is not ISO 3166-1 alpha-3`);
      if (!name) throw new KnowledgeDataError(file.source, line, 'name', 'is empty');
      dict.define({ id, name, country: country || null, kind: kind as Actor['kind'] });
    }
    if (!lang) throw new KnowledgeDataError(file.source, line, 'lang', 'is empty (use * for any language)');
    const list = (aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean);
    if (!list.length) throw new KnowledgeDataError(file.source, line, 'aliases', 'is empty');
    const flagList = (flags ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    for (const f of flagList) {
      if (f === 'metonym') continue;
      const state = /^state=([A-Z]+)$/.exec(f);
      if (!state) throw new KnowledgeDataError(file.source, line, 'flags', `unknown flag "${f}" (metonym, state=ROLE)`);
      dict.setStateRole(id, state[1]!);
    }
    const metonym = flagList.includes('metonym');
    for (const a of list) dict.alias(id, a, lang, metonym);
    n++;
  }
  return n;
}

export function parseStateRoles(file: DataFile): StateRole[] {
  return tsvRows(file.text).map(({ line, cols }) => {
    const [role, kind, template] = cols;
    if (!role || !/^[A-Z]+$/.test(role)) throw new KnowledgeDataError(file.source, line, 'role', `"${role ?? ''}" must be upper-case letters`);
    if (!kind || !KINDS.has(kind)) throw new KnowledgeDataError(file.source, line, 'kind', `unknown actor kind "${kind ?? ''}"`);
    if (!template?.includes('{country}')) throw new KnowledgeDataError(file.source, line, 'template', 'must contain {country}');
    return { role, kind: kind as Actor['kind'], template };
  });
}

/** Role tenures: person_id role_id from to (dates YYYY-MM-DD, empty = open). */
export function loadTenures(dict: ActorDictionary, file: DataFile): void {
  for (const { line, cols } of tsvRows(file.text)) {
    const [person, role, from, to] = cols;
    if (!person || !dict.has(person)) throw new KnowledgeDataError(file.source, line, 'person', `unknown actor id "${person ?? ''}"`);
    if (!role || !dict.has(role)) throw new KnowledgeDataError(file.source, line, 'role', `unknown actor id "${role ?? ''}"`);
    for (const [field, d] of [['from', from], ['to', to]] as const) {
      if (d && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) throw new KnowledgeDataError(file.source, line, field, `"${d}" is not a date YYYY[-MM[-DD]]`);
    }
    dict.addTenure({ person, role, from: from || null, to: to || null });
  }
}

/** Defines {ISO3}-{ROLE} actors for every country and their aliases in every language. */
export function generateStateActors(
  dict: ActorDictionary,
  countries: readonly CountryRecord[],
  roles: readonly StateRole[],
  langs: readonly LangData[],
): void {
  for (const c of countries) {
    for (const r of roles) {
      dict.define({ id: `${c.iso3}-${r.role}`, name: r.template.replace('{country}', c.name), country: c.iso3, kind: r.kind });
    }
    for (const lang of langs) {
      const names = c.names[lang.code] ?? [];
      const d = c.demonyms[lang.code];
      const dem = d && d.m.trim() && d.f.trim() ? d : undefined;
      const forms = dem
        ? {
            'dem.m': dem.m,
            'dem.f': dem.f,
            'dem.mp': pluralize(dem.m, lang.plural),
            'dem.fp': pluralize(dem.f, lang.plural),
          }
        : null;
      for (const p of lang.actorPatterns) {
        const id = `${c.iso3}-${p.role}`;
        // "police de {place}" is read in the text, around a place it names (placeForces).
        if (!dict.has(id) || p.pattern.includes('{place}')) continue;
        const needsDem = /\{dem\./.test(p.pattern);
        if (needsDem && !forms) continue;
        const expansions = p.pattern.includes('{country}') ? names.filter((n) => n.trim()).map((n) => p.pattern.replace('{country}', n)) : [p.pattern];
        for (const e of expansions) {
          const alias = forms ? e.replace(/\{(dem\.(?:m|f|mp|fp))\}/g, (_, k: keyof typeof forms) => forms[k]) : e;
          dict.alias(id, alias, lang.code);
        }
      }
    }
  }
}
