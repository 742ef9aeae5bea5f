// A small in-memory Knowledge for unit tests: a few places and actors, matched case-insensitively.
import type { Place } from '../../src/core/contract.js';
import type { ActorEntry, ActorMatch, GazetteerEntry, Knowledge, PlaceMatch, ResolvedPlace } from '../../src/knowledge/types.js';

export interface PlaceRow {
  readonly names: readonly string[];
  readonly entry: Omit<GazetteerEntry, 'names' | 'population' | 'admin2'> & { readonly admin2?: string | null };
}

export interface ActorRow {
  readonly names: readonly string[];
  readonly actor: ActorEntry;
  readonly metonym?: boolean;
}

function findAll(text: string, names: readonly string[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const lower = text.toLowerCase();
  for (const n of names) {
    for (let i = lower.indexOf(n.toLowerCase()); i >= 0; i = lower.indexOf(n.toLowerCase(), i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + n.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ start: i, end: i + n.length, text: text.slice(i, i + n.length) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function toPlace(e: GazetteerEntry): Place {
  const precision = e.featureClass === 'region' ? 'region' : e.featureClass;
  return { name: e.name, country: e.country, admin1: e.admin1, admin2: e.admin2, lat: e.lat, lon: e.lon, geonameid: e.geonameid, precision };
}

export function knowledgeDouble(places: readonly PlaceRow[] = [], actors: readonly ActorRow[] = []): Knowledge {
  const entries = places.map((p) => ({ ...p, entry: { admin2: null, ...p.entry, names: p.names, population: 1000 } as GazetteerEntry }));
  return {
    version: 'test-double',
    findPlaces(text: string): PlaceMatch[] {
      return entries.flatMap((p) => findAll(text, p.names).map((m) => ({ span: { start: m.start, end: m.end }, text: m.text, candidates: [p.entry] })));
    },
    resolvePlace(match: PlaceMatch): ResolvedPlace | null {
      const entry = match.candidates[0];
      return entry ? { place: toPlace(entry), entry, reason: 'test double' } : null;
    },
    lookupPlace(name: string): ResolvedPlace | null {
      const p = entries.find((e) => e.names.some((n) => n.toLowerCase() === name.toLowerCase()) || e.entry.name === name);
      return p ? { place: toPlace(p.entry), entry: p.entry, reason: 'test double' } : null;
    },
    findActors(text: string): ActorMatch[] {
      return actors.flatMap((a) => findAll(text, a.names).map((m) => ({ span: { start: m.start, end: m.end }, text: m.text, actor: a.actor, metonym: a.metonym ?? false })));
    },
    getActor(id: string): ActorEntry | null {
      return actors.find((a) => a.actor.id === id)?.actor ?? null;
    },
    countryCode(): string | null {
      return null;
    },
  };
}

export const AZE: ActorRow = { names: ['Bakou', 'Baku'], actor: { id: 'AZE-GOV', name: 'Azerbaijan', country: 'AZE', kind: 'government' }, metonym: true };
export const ARM: ActorRow = { names: ['Erevan', 'Yerevan'], actor: { id: 'ARM-GOV', name: 'Armenia', country: 'ARM', kind: 'government' }, metonym: true };
export const RUS_MOD: ActorRow = { names: ['ministère russe de la Défense', 'Russian defence ministry'], actor: { id: 'RUS-MOD', name: 'Ministry of Defence of Russia', country: 'RUS', kind: 'government' } };
export const SEPARATISTS: ActorRow = { names: ['séparatistes arméniens'], actor: { id: 'NK-SEP', name: 'Armenian separatists of Nagorno-Karabakh', country: 'AZE', kind: 'rebel_group' } };
export const ARMED_MEN: ActorRow = { names: ['individus armés', 'hommes armés', 'gunmen'], actor: { id: 'GEN-ARMED', name: 'Unidentified armed group', country: null, kind: 'other' } };

export const BAKU_PLACE: PlaceRow = { names: ['Bakou', 'Baku'], entry: { geonameid: 587084, name: 'Baku', featureClass: 'city', country: 'AZE', admin1: 'Baku', lat: 40.38, lon: 49.89 } };
export const GAO: PlaceRow = { names: ['Gao'], entry: { geonameid: 2457163, name: 'Gao', featureClass: 'city', country: 'MLI', admin1: 'Gao', lat: 16.27, lon: -0.04 } };
export const MENAKA: PlaceRow = { names: ['Ménaka', 'Menaka'], entry: { geonameid: 2453348, name: 'Ménaka', featureClass: 'city', country: 'MLI', admin1: 'Gao', lat: 15.92, lon: 2.4 } };
export const SHUSHA: PlaceRow = { names: ['Chucha'], entry: { geonameid: null, name: 'Shusha', featureClass: 'admin2', country: 'AZE', admin1: 'Shusha', lat: 39.758, lon: 46.749 } };
export const MARDAKERT: PlaceRow = { names: ['Mardakert'], entry: { geonameid: null, name: 'Mardakert', featureClass: 'admin2', country: 'AZE', admin1: 'Tartar', lat: 40.206, lon: 46.825 } };
export const KARABAKH: PlaceRow = { names: ['Haut-Karabakh'], entry: { geonameid: null, name: 'Nagorno-Karabakh', featureClass: 'region', country: 'AZE', admin1: null, lat: 39.8, lon: 46.75 } };
