// ner-fr-europeana: entity recognition alone (knowledge findPlaces for LOC, findActors for PER/ORG)
// on OCR'd French historic press in token-per-line BIO. Tokens are joined with spaces into chunks
// of about CHUNK_TOKENS tokens, cut after a full stop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../core/types.js';
import type { LoadOptions, Miss, SetReport } from '../types.js';
import { GoldFileError } from '../gold-files.js';
import { FieldCounter } from '../metrics.js';
import { loadKnowledgeBase } from './components.js';

export const NAME = 'ner-fr-europeana';
const CHUNK_TOKENS = 200;

export interface NerEntity extends Span {
  readonly type: string;
}
export interface NerChunk {
  readonly text: string;
  readonly entities: readonly NerEntity[];
}

/** Splits BIO lines ("token TAG") into chunks of text with entity spans (I- after O starts an entity, IOB1). */
export function parseBio(raw: string, source: string, chunkTokens = CHUNK_TOKENS): NerChunk[] {
  const chunks: NerChunk[] = [];
  let text = '';
  let entities: NerEntity[] = [];
  let open: { type: string; start: number; end: number } | null = null;
  let count = 0;
  const close = (): void => {
    if (open) entities.push({ ...open });
    open = null;
  };
  const flush = (): void => {
    close();
    if (text) chunks.push({ text, entities });
    text = '';
    entities = [];
    count = 0;
  };
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cut = line.lastIndexOf(' ');
    if (cut <= 0) throw new GoldFileError(`${source}:${i + 1}: expected "token TAG"`);
    const token = line.slice(0, cut);
    const tag = line.slice(cut + 1);
    const m = /^([BI])-(\w+)$/.exec(tag);
    if (tag !== 'O' && !m) throw new GoldFileError(`${source}:${i + 1}: unknown tag "${tag}"`);
    if (text) text += ' ';
    const start = text.length;
    text += token;
    if (!m) close();
    else if (m[1] === 'B' || !open || open.type !== m[2]) {
      close();
      open = { type: m[2]!, start, end: text.length };
    } else open.end = text.length;
    count++;
    if (count >= chunkTokens && (token === '.' || count >= chunkTokens * 2)) flush();
  });
  flush();
  return chunks;
}

const key = (s: Span): string => `${s.start}:${s.end}`;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export async function runEuropeanaNer(opts: LoadOptions & { readonly worst?: number }): Promise<SetReport> {
  const t0 = performance.now();
  const path = join(opts.goldDir, NAME, 'enp_FR.bnf.bio');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldFileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const all = parseBio(raw, path);
  const chunks = opts.limit !== undefined ? all.slice(0, opts.limit) : all;
  const base = { name: NAME, kind: 'component', docs: chunks.length, goldEvents: 0, predictedEvents: 0, errors: 0, invalidEvents: 0 };
  const loaded = loadKnowledgeBase();
  if (!loaded.ok) return { ...base, seconds: 0, headline: {}, fields: {}, worst: [], notes: [], skipped: loaded.reason };
  const knowledge = loaded.value;
  const fields = new FieldCounter();
  const misses: Miss[] = [];
  for (const [ci, c] of chunks.entries()) {
    const gold = c.entities;
    const locs = gold.filter((e) => e.type === 'LOC');
    const actors = gold.filter((e) => e.type === 'PER' || e.type === 'ORG');
    const places = knowledge.findPlaces(c.text).map((p) => p.span);
    const found = knowledge.findActors(c.text, 'fr', null).map((a) => a.span);
    const placeKeys = new Set(places.map(key));
    const locKeys = new Set(locs.map(key));
    for (const l of locs) {
      fields.add('loc_recall_exact', placeKeys.has(key(l)));
      fields.add('loc_recall_overlap', places.some((p) => overlaps(p, l)));
    }
    for (const p of places) fields.add('loc_precision_exact', locKeys.has(key(p)));
    for (const a of actors) fields.add('per_org_recall_overlap', found.some((f) => overlaps(f, a)));
    for (const f of found) fields.add('per_org_precision_overlap', actors.some((a) => overlaps(f, a)));
    const missed = locs.filter((l) => !placeKeys.has(key(l)));
    if (missed.length) misses.push({ id: `chunk-${ci + 1}`, text: c.text.slice(0, 300), problems: missed.slice(0, 5).map((l) => `LOC "${c.text.slice(l.start, l.end)}" not found`), weight: missed.length });
  }
  const ratios = fields.ratios();
  return {
    ...base,
    seconds: Math.round(performance.now() - t0) / 1000,
    headline: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, v.pct])),
    fields: ratios,
    worst: misses.sort((a, b) => b.weight - a.weight).slice(0, opts.worst ?? 10),
    notes: [`tokens joined by spaces into ${chunks.length} chunks of ~${CHUNK_TOKENS} tokens; OCR noise is in the gold text itself`],
  };
}
