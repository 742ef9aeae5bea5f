// Loads the demo corpus (examples/) with the analyst-coded mentions of test/fixtures/dedup/demo-mentions.json
// and the answer key demo-truth.json. Evidence quotes are located in the documents' text; a quote that is
// not found fails loudly with the document and the quote.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Event, Place } from '../../../src/core/contract.js';
import { COUNT_KINDS, type CountKind } from '../../../src/core/contract.js';
import type { MentionInput } from '../../../src/resolve/dedup/types.js';

const ROOT = join(import.meta.dirname, '../../..');
export const EXAMPLES = join(ROOT, 'examples');
const FIXTURES = join(ROOT, 'test/fixtures/dedup');

export interface DemoDoc {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly outlet: string | null;
}

interface CodedMention {
  doc: string;
  truth: string;
  type: Event['type'];
  modality?: Event['modality'];
  date: [string, 'day' | 'week' | 'month' | 'year', string?];
  place: string | null;
  actors: string[];
  counts: Partial<Record<CountKind, [number, string, number?, number?]>>;
  attribution: string | null;
  evidence: string;
}

export interface DemoTruth {
  events: Record<string, { title: string; documents: string[] }>;
  mustNotMerge: [string, string, string][];
}

export function loadDemoDocs(): Map<string, DemoDoc> {
  const docs = new Map<string, DemoDoc>();
  for (const name of readdirSync(EXAMPLES).sort()) {
    const path = join(EXAMPLES, name);
    if (name.endsWith('.jsonl')) {
      readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        const d = JSON.parse(line) as { id: string; text: string; date: string | null; source?: string };
        if (!d.id || typeof d.text !== 'string') throw new Error(`${name}:${i + 1}: missing id or text`);
        docs.set(d.id, { id: d.id, text: d.text, date: d.date, outlet: d.source ?? null });
      });
    } else if (name.endsWith('.txt')) {
      const text = readFileSync(path, 'utf8');
      const seed = /^\s?date\s+(\d{4}-\d{2}-\d{2})\s/.exec(text);
      const named = /^(\d{4}-\d{2}-\d{2})-/.exec(name);
      docs.set(name, { id: name, text, date: seed?.[1] ?? named?.[1] ?? null, outlet: null });
    }
  }
  return docs;
}

export function loadDemoTruth(): DemoTruth {
  return JSON.parse(readFileSync(join(FIXTURES, 'demo-truth.json'), 'utf8')) as DemoTruth;
}

/** The coded mentions as resolver input, and the real event each one reports. */
export function loadDemoMentions(docs = loadDemoDocs()): { mentions: MentionInput[]; truth: Map<string, string> } {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'demo-mentions.json'), 'utf8')) as {
    places: Record<string, Place>;
    actors: Record<string, Omit<Actor, 'id'>>;
    mentions: CodedMention[];
  };
  const mentions: MentionInput[] = [];
  const truth = new Map<string, string>();
  const perDoc = new Map<string, number>();
  raw.mentions.forEach((c, i) => {
    const where = `demo-mentions.json mentions[${i}]`;
    const doc = docs.get(c.doc);
    if (!doc) throw new Error(`${where}: document "${c.doc}" is not in examples/`);
    const start = doc.text.indexOf(c.evidence);
    if (start < 0) throw new Error(`${where}: evidence not found in ${c.doc}: "${c.evidence}"`);
    const place = c.place ? raw.places[c.place] : null;
    if (c.place && !place) throw new Error(`${where}: unknown place "${c.place}"`);
    const counts: Event['counts'] = {};
    for (const [kind, v] of Object.entries(c.counts)) {
      if (!(COUNT_KINDS as readonly string[]).includes(kind) || !v) throw new Error(`${where}: bad count "${kind}"`);
      counts[kind as CountKind] = { value: v[0], qualifier: v[1] as 'exact', low: v[2] ?? null, high: v[3] ?? null };
    }
    const n = perDoc.get(c.doc) ?? 0;
    perDoc.set(c.doc, n + 1);
    const mentionId = `${c.doc}#${n}`;
    truth.set(mentionId, c.truth);
    mentions.push({
      mentionId,
      documentId: c.doc,
      publishedAt: doc.date,
      outlet: doc.outlet,
      event: {
        type: c.type,
        mode: null,
        context: [],
        modality: c.modality ?? 'asserted',
        acled: null,
        cameo: null,
        date: { start: c.date[0], end: c.date[2] ?? null, precision: c.date[1], rule: 'coded' },
        place: place ? { admin1: null, lat: null, lon: null, geonameid: null, ...place } : null,
        actors: c.actors.map((id) => {
          const a = raw.actors[id];
          if (!a) throw new Error(`${where}: unknown actor "${id}"`);
          return { ...a, id };
        }),
        counts,
        attribution: c.attribution ? { name: c.attribution, actor: null } : null,
        evidence: [{ start, end: start + c.evidence.length, text: c.evidence }],
        confidence: 0.9,
      },
    });
  });
  return { mentions, truth };
}

/** Pairwise precision and recall of a clustering against the true event of each mention. */
export function pairwise(clusterOf: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>) {
  const ids = [...truth.keys()].sort();
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = truth.get(ids[i]!) === truth.get(ids[j]!);
      const merged = clusterOf.get(ids[i]!) === clusterOf.get(ids[j]!);
      if (merged && same) tp++;
      else if (merged) fp++;
      else if (same) fn++;
    }
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
