// The in-memory gazetteer: entries parsed from the compiled TSV plus curated rows, indexed by
// folded name key. No words of any language here: stop words and hints come from language data.
import type { FeatureClass, GazetteerEntry } from './types.js';
import { nameKey } from './normalize.js';
import { KnowledgeDataError } from './errors.js';

const CLASSES: readonly FeatureClass[] = ['country', 'admin1', 'admin2', 'city', 'region'];

export interface GazetteerIndex {
  readonly entries: readonly GazetteerEntry[];
  /** Folded name key → entry indices. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Folded first token of every key, to skip positions quickly. */
  readonly firstTokens: ReadonlySet<string>;
  readonly maxTokens: number;
}

/**
 * Parses gazetteer rows: geonameid class iso3 admin1 admin2 lat lon population rank name names(|).
 * `source` names the file in error messages.
 */
export function parseGazetteerRows(text: string, source: string, curated: boolean, into: RowSink): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length < 10) throw new KnowledgeDataError(source, i + 1, 'name', `missing: expected at least 10 tab-separated fields, got ${f.length}`);
    const cls = f[1] as FeatureClass;
    if (!CLASSES.includes(cls)) throw new KnowledgeDataError(source, i + 1, 'class', `unknown feature class "${f[1]}"`);
    const country = f[2] || null;
    if (country !== null && !/^[A-Z]{3}$/.test(country)) throw new KnowledgeDataError(source, i + 1, 'iso3', `"${country}" is not ISO 3166-1 alpha-3`);
    const lat = f[5] ? Number(f[5]) : null;
    const lon = f[6] ? Number(f[6]) : null;
    if ((lat !== null && !(Math.abs(lat) <= 90)) || (lon !== null && !(Math.abs(lon) <= 180))) {
      throw new KnowledgeDataError(source, i + 1, 'lat/lon', `invalid coordinates "${f[5]}", "${f[6]}"`);
    }
    const name = f[9] ?? '';
    if (!name) throw new KnowledgeDataError(source, i + 1, 'name', 'is empty');
    const names = f[10] ? f[10].split('|').filter(Boolean) : [];
    const entry: GazetteerEntry = {
      geonameid: f[0] ? Number(f[0]) : null,
      name,
      names,
      featureClass: cls,
      country,
      admin1: f[3] || null,
      admin2: f[4] || null,
      lat,
      lon,
      population: Number(f[7]) || 0,
      rank: f[8] ? Number(f[8]) : Math.log10((Number(f[7]) || 0) + 1),
      curated,
    };
    into.add(entry);
  }
}

export interface RowSink {
  add(entry: GazetteerEntry): void;
}

/** Collects entries and builds the key index. */
export class GazetteerBuilder implements RowSink {
  private readonly entries: GazetteerEntry[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly firstTokens = new Set<string>();
  private maxTokens = 1;

  add(entry: GazetteerEntry): void {
    const idx = this.entries.length;
    this.entries.push(entry);
    const seen = new Set<string>();
    for (const n of [entry.name, ...entry.names]) {
      const key = nameKey(n);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const list = this.byKey.get(key);
      if (list) list.push(idx);
      else this.byKey.set(key, [idx]);
      const sp = key.indexOf(' ');
      this.firstTokens.add(sp < 0 ? key : key.slice(0, sp));
      const n2 = key.split(' ').length;
      if (n2 > this.maxTokens) this.maxTokens = n2;
    }
  }

  build(): GazetteerIndex {
    return {
      entries: this.entries,
      byKey: this.byKey,
      firstTokens: this.firstTokens,
      maxTokens: Math.min(this.maxTokens, 8),
    };
  }
}
