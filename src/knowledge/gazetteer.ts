// The in-memory gazetteer: rows kept as text and parsed into entries only when a name matches,
// indexed by folded name key (precomputed by scripts/build-knowledge.ts for the bulk file).
// No words of any language here: stop words and hints come from language data.
import type { FeatureClass, GazetteerEntry } from './types.js';
import { nameKey } from './normalize.js';
import { KnowledgeDataError } from './errors.js';
import { rulesId, skeleton, type SkeletonRule } from './skeleton.js';
import { ByteIndex, ByteLines } from './byte-index.js';

const CLASSES: readonly FeatureClass[] = ['country', 'admin1', 'admin2', 'city', 'region'];

export interface GazetteerIndex {
  readonly size: number;
  entry(id: number): GazetteerEntry;
  /** Entries whose name or variant folds to this key. */
  lookup(key: string): GazetteerEntry[] | undefined;
  /** Entries whose name has the same spelling skeleton (see skeleton.ts); the index is built on first use. */
  lookupSkeleton(key: string): GazetteerEntry[] | undefined;
  /** True when some name starts with this folded word (skips positions quickly). */
  canStart(key: string): boolean;
  readonly maxTokens: number;
  readonly keyCount: number;
}

interface RowSource {
  /** Line i of the file (an entry id is base + line index). */
  line(i: number): string | undefined;
  readonly source: string;
  readonly curated: boolean;
}

/** A gazetteer file: text (inline, curated files) or UTF-8 bytes with a precomputed key index. */
export interface GazetteerFile {
  readonly text?: string;
  readonly bytes?: Uint8Array;
  readonly source: string;
  readonly curated: boolean;
  /** "key<TAB>line,line" per line, with "first-word<TAB>" lines for multi-word names (build script). */
  readonly keys?: string | Uint8Array;
  /** Precomputed spelling-skeleton index, or a function reading it when first needed. */
  readonly skeletons?: string | (() => string);
}

/** Parses one row: geonameid class iso3 admin1 admin2 lat lon population rank name names(|). */
export function parseGazetteerRow(line: string, source: string, lineNo: number, curated: boolean): GazetteerEntry {
  const f = line.split('\t');
  if (f.length < 10) throw new KnowledgeDataError(source, lineNo, 'name', `missing: expected at least 10 tab-separated fields, got ${f.length}`);
  const cls = f[1] as FeatureClass;
  if (!CLASSES.includes(cls)) throw new KnowledgeDataError(source, lineNo, 'class', `unknown feature class "${f[1]}"`);
  const country = f[2] || null;
  if (country !== null && !/^[A-Z]{3}$/.test(country)) throw new KnowledgeDataError(source, lineNo, 'iso3', `"${country}" is not ISO 3166-1 alpha-3`);
  const lat = f[5] ? Number(f[5]) : null;
  const lon = f[6] ? Number(f[6]) : null;
  if ((lat !== null && !(Math.abs(lat) <= 90)) || (lon !== null && !(Math.abs(lon) <= 180))) {
    throw new KnowledgeDataError(source, lineNo, 'lat/lon', `invalid coordinates "${f[5]}", "${f[6]}"`);
  }
  const name = f[9] ?? '';
  if (!name) throw new KnowledgeDataError(source, lineNo, 'name', 'is empty');
  const population = Number(f[7]) || 0;
  return {
    geonameid: f[0] ? Number(f[0]) : null,
    name,
    names: f[10] ? f[10].split('|').filter(Boolean) : [],
    featureClass: cls,
    country,
    admin1: f[3] || null,
    admin2: f[4] || null,
    lat,
    lon,
    population,
    rank: f[8] ? Number(f[8]) : Math.log10(population + 1),
    curated,
  };
}

/** Adds a file's first id to a list of local ids ("3,17" + 100 → "103,117"). */
function shift(ids: string, base: number): string {
  return base === 0 || ids === '' ? ids : ids.split(',').map((i) => Number(i) + base).join(',');
}

/** A row that holds data (not a comment, not blank). */
function isDataLine(l: string | undefined): l is string {
  return l !== undefined && l !== '' && l !== '\r' && !l.startsWith('#');
}

/** Collects row files and builds the key index. */
export class GazetteerBuilder {
  private readonly sources: RowSource[] = [];
  private readonly starts: number[] = [];
  private total = 0;
  /**
   * key → comma-separated entry ids (parsed on lookup; keeps loading cheap). The first word of
   * every multi-word key is present too, with "" when it is not a name itself, so that one map
   * answers both "is this a name?" and "can a name start here?".
   */
  private readonly byKey = new Map<string, string>();
  /** Precomputed indexes of bulk files, with the id of their first line. */
  private readonly tables: { base: number; index: ByteIndex }[] = [];
  private maxTokens = 1;
  /** Precomputed skeleton index text per file (with its base id), or the keys to compute it from. */
  private readonly skeletonParts: { base: number; text?: () => string; keys?: Iterable<[string, string]> }[] = [];

  /**
   * Adds a gazetteer file. With a precomputed key index (bytes), nothing is parsed now; without
   * one every row is parsed and its names folded now, which also validates each row.
   */
  addFile(f: GazetteerFile): void {
    const base = this.total;
    const { source, curated } = f;
    if (f.bytes && f.keys !== undefined) {
      const rows = new ByteLines(f.bytes);
      this.sources.push({ line: (i) => rows.line(i), source, curated });
      this.starts.push(base);
      this.total += rows.count;
      const index = new ByteIndex(typeof f.keys === 'string' ? Buffer.from(f.keys, 'utf8') : f.keys);
      this.tables.push({ base, index });
      if (index.maxWords > this.maxTokens) this.maxTokens = index.maxWords;
      const sk = f.skeletons;
      this.skeletonParts.push(sk === undefined ? { base, keys: index.entries() } : { base, text: typeof sk === 'string' ? () => sk : sk });
      return;
    }
    const lines = (f.text ?? (f.bytes ? Buffer.from(f.bytes).toString('utf8') : '')).split('\n');
    this.sources.push({ line: (i) => lines[i], source, curated });
    this.starts.push(base);
    this.total += lines.length;
    const own: [string, string][] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!isDataLine(l)) continue;
      const e = parseGazetteerRow(l.replace(/\r$/, ''), source, i + 1, curated);
      for (const key of entryKeys(e)) {
        this.addKey(key, String(base + i), curated);
        own.push([key, String(i)]);
      }
    }
    this.skeletonParts.push({ base, keys: own });
  }

  private addKey(key: string, ids: string, curated: boolean): void {
    const known = this.byKey.get(key);
    // Curated entries come first among homonyms (they win ties).
    if (known === undefined || known === '') this.byKey.set(key, ids);
    else if (ids !== '') this.byKey.set(key, curated ? `${ids},${known}` : `${known},${ids}`);
    const sp = key.indexOf(' ');
    if (sp < 0) return;
    const first = key.slice(0, sp);
    if (!this.byKey.has(first)) this.byKey.set(first, '');
    let n = 2;
    for (let i = key.indexOf(' ', sp + 1); i >= 0; i = key.indexOf(' ', i + 1)) n++;
    if (n > this.maxTokens) this.maxTokens = n;
  }

  build(rules: readonly SkeletonRule[] = []): GazetteerIndex {
    const sources = this.sources;
    const starts = this.starts;
    const cache = new Map<number, GazetteerEntry>();
    const byKey = this.byKey;
    const entry = (id: number): GazetteerEntry => {
      let e = cache.get(id);
      if (e) return e;
      let s = starts.length - 1;
      while (s > 0 && (starts[s] as number) > id) s--;
      const src = sources[s] as RowSource;
      const local = id - (starts[s] as number);
      const row = src.line(local);
      if (!isDataLine(row)) throw new RangeError(`gazetteer entry ${id} is not a data row of ${src.source}`);
      e = parseGazetteerRow(row.replace(/\r$/, ''), src.source, local + 1, src.curated);
      cache.set(id, e);
      return e;
    };
    const tables = this.tables;
    /** Ids for a key: the map's (curated first), then the precomputed tables'. */
    const idsCache = new Map<string, string | null>();
    const idsOf = (key: string): string | undefined => {
      const cached = idsCache.get(key);
      if (cached !== undefined) return cached ?? undefined;
      let ids = byKey.get(key) || undefined;
      for (const t of tables) {
        const more = t.index.get(key);
        if (more) ids = ids ? `${ids},${shift(more, t.base)}` : shift(more, t.base);
      }
      if (idsCache.size > 100_000) idsCache.clear();
      idsCache.set(key, ids ?? null);
      return ids;
    };
    const startCache = new Map<string, boolean>();
    const canStart = (key: string): boolean => {
      let yes = startCache.get(key);
      if (yes === undefined) {
        yes = byKey.has(key) || tables.some((t) => t.index.has(key));
        if (startCache.size > 100_000) startCache.clear();
        startCache.set(key, yes);
      }
      return yes;
    };
    const toEntries = (ids: string | undefined): GazetteerEntry[] | undefined =>
      ids ? [...new Set(ids.split(','))].map((i) => entry(Number(i))) : undefined;
    let bySkeleton: Map<string, string> | null = null;
    const parts = this.skeletonParts;
    const id = rulesId(rules);
    const buildSkeletons = (): Map<string, string> => {
      const m = new Map<string, string>();
      const add = (sk: string, ids: string): void => {
        const known = m.get(sk);
        m.set(sk, known === undefined ? ids : `${known},${ids}`);
      };
      const header = `# skeleton rules ${id}`;
      const texts = parts.map((p) => p.text?.());
      if (texts.some((t) => t !== undefined && !t.startsWith(header + '\n'))) {
        // An index built with other rules: compute everything from the keys (slow, once).
        for (const [key, ids] of byKey) {
          const sk = ids ? skeleton(key, rules) : '';
          if (sk) add(sk, ids);
        }
        for (const t of tables) {
          for (const [key, ids] of t.index.entries()) {
            const sk = ids ? skeleton(key, rules) : '';
            if (sk) add(sk, shift(ids, t.base));
          }
        }
        return m;
      }
      for (const [i, p] of parts.entries()) {
        for (const line of texts[i]?.split('\n') ?? []) {
          const tab = line.indexOf('\t');
          if (tab > 0) add(line.slice(0, tab), shift(line.slice(tab + 1), p.base));
        }
        for (const [key, ids] of p.keys ?? []) {
          const sk = skeleton(key, rules);
          if (sk) add(sk, shift(ids, p.base));
        }
      }
      return m;
    };
    return {
      size: this.total,
      entry,
      lookup: (key) => toEntries(idsOf(key)),
      lookupSkeleton(key) {
        if (!rules.length) return undefined;
        bySkeleton ??= buildSkeletons();
        const sk = skeleton(key, rules);
        return sk ? toEntries(bySkeleton.get(sk)) : undefined;
      },
      canStart,
      maxTokens: Math.min(this.maxTokens, 8),
      keyCount: byKey.size + tables.reduce((n, t) => n + t.index.size, 0),
    };
  }
}

/** The distinct folded keys of an entry's names. */
function entryKeys(e: GazetteerEntry): Set<string> {
  const keys = new Set<string>();
  for (const n of [e.name, ...e.names]) {
    const key = nameKey(n);
    if (key) keys.add(key);
  }
  return keys;
}

/** Builds the "key<TAB>ids" index text for a gazetteer file (ids = 0-based line index). */
export function gazetteerKeys(text: string, source: string): string {
  const b = new Map<string, number[]>();
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    if (!isDataLine(l)) return;
    for (const key of entryKeys(parseGazetteerRow(l.replace(/\r$/, ''), source, i + 1, false))) {
      const list = b.get(key);
      if (list) list.push(i);
      else b.set(key, [i]);
    }
  });
  const out = [...b].map(([k, ids]) => `${k}\t${ids.join(',')}`);
  // The first word of every multi-word name, so that the finder can tell where a name may start.
  const firsts = new Set<string>();
  for (const k of b.keys()) {
    const sp = k.indexOf(' ');
    if (sp > 0 && !b.has(k.slice(0, sp))) firsts.add(k.slice(0, sp));
  }
  for (const f of firsts) out.push(`${f}\t`);
  return out.join('\n') + '\n';
}
