// Pairwise merge precision and recall of cross-document event resolution on the UCDP GED Ukraine dev gold.
//
//   npm run eval:merge [-- --mode fields|extract] [--gold PATH] [--json] [--out FILE]
//
// Every headline of a UCDP event is one mention; an article (office + date + headline) is one document,
// so a headline listed under several event ids is one document reporting several events.
//   --mode fields (default): each mention is built from the gold's own structured fields (type of violence,
//     date and date precision, place with where_prec and coordinates, the two sides); the headline gives
//     only the document identity, the outlet and the publication date. This measures the resolver alone.
//   --mode extract: each headline is run through createExtractor() (publication date = the headline's date)
//     and its first violent event (ASSAULT or COERCE: UCDP codes organised violence only) is the mention; headlines listed under several events and headlines with no event
//     are left out (reported). This measures extractor + resolver.
//   --mode demo: the bundled demo corpus (examples/) through createExtractor() and the resolver, scored at
//     the document level against test/fixtures/dedup/demo-truth.json: two documents should share an event
//     when they report one real event, and should not otherwise.
// Gold pairs: two mentions of one event id should merge; every other pair should not. Reported as well:
// the "hard negatives", pairs of distinct ids that share a start day and a place, and how many were merged.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { parse } from 'csv-parse/sync';
import type { Actor, Event, Place } from '../src/core/contract.js';
import { clusterMentions } from '../src/resolve/dedup/cluster-batch.js';
import { comparePair, createEventResolver, DEFAULT_RESOLVER_OPTIONS } from '../src/resolve/dedup/index.js';
import type { MentionInput } from '../src/resolve/dedup/types.js';

type Row = Record<string, string>;

interface Args { mode: 'fields' | 'extract' | 'demo'; gold: string; json: boolean; out: string | null; debug: boolean }

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { mode: 'fields', gold: join(import.meta.dirname, '../../shared/gold/dev/ucdp-ged-ukraine/ucdp_ged_ukraine.dev.csv'), json: false, out: null, debug: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--mode') {
      const v = argv[++i];
      if (v !== 'fields' && v !== 'extract' && v !== 'demo') throw new Error(`--mode: expected fields, extract or demo, got "${v}"`);
      a.mode = v;
    } else if (k === '--gold') a.gold = argv[++i] ?? a.gold;
    else if (k === '--json') a.json = true;
    else if (k === '--debug') a.debug = true;
    else if (k === '--out') a.out = argv[++i] ?? null;
    else throw new Error(`unknown argument "${k}"`);
  }
  return a;
}

/** "2014-01-22" or "22/01/2014" → "2014-01-22"; null when neither. */
function isoDate(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

const DATE_PREC: Record<string, 'day' | 'week' | 'month' | 'year'> = { '1': 'day', '2': 'day', '3': 'week', '4': 'month', '5': 'year' };
const WHERE_PREC: Record<string, Place['precision']> = { '1': 'city', '2': 'city', '3': 'admin2', '4': 'admin1', '5': 'region', '6': 'country', '7': 'region' };

function actorOf(name: string, id: string): Actor | null {
  if (!name) return null;
  return { name, id: `UCDP-${id}`, country: null, kind: /^Government of/.test(name) ? 'government' : 'rebel_group' };
}

/** The event a careful coder would record from the gold's structured fields. */
function fieldsEvent(r: Row, evidence: string): Event {
  const lat = Number(r.latitude);
  const lon = Number(r.longitude);
  const start = r.date_start_iso ?? '';
  const end = r.date_end_iso && r.date_end_iso !== start ? r.date_end_iso : null;
  return {
    type: 'ASSAULT',
    mode: null,
    context: [],
    modality: 'asserted',
    acled: null,
    cameo: null,
    date: { start, end, precision: DATE_PREC[r.date_prec ?? ''] ?? 'year', rule: 'ucdp date_start/date_end' },
    place: {
      name: r.where_coordinates || r.adm_1 || 'Ukraine',
      country: 'UKR',
      admin1: r.adm_1 || null,
      admin2: r.adm_2 || null,
      lat: Number.isFinite(lat) && r.latitude !== '' ? lat : null,
      lon: Number.isFinite(lon) && r.longitude !== '' ? lon : null,
      geonameid: null,
      precision: WHERE_PREC[r.where_prec ?? ''] ?? 'country',
    },
    actors: [actorOf(r.side_a ?? '', r.side_a_new_id ?? ''), actorOf(r.side_b ?? '', r.side_b_new_id ?? '')].filter((x): x is Actor => !!x),
    counts: {},
    attribution: null,
    evidence: [{ start: 0, end: evidence.length, text: evidence }],
    confidence: 1,
  };
}

interface Headline { row: Row; index: number; text: string; date: string | null; office: string | null; documentId: string }

function headlinesOf(rows: readonly Row[]): { list: Headline[]; misaligned: number; repeated: number } {
  const list: Headline[] = [];
  let misaligned = 0;
  let repeated = 0;
  for (const r of rows) {
    let texts = (r.source_headline ?? '').split(';');
    const dates = (r.source_date ?? '').split(';');
    const offices = (r.source_office ?? '').split(';');
    if (texts.length !== dates.length) {
      misaligned++;
      texts = [r.source_headline ?? ''];
    }
    const seen = new Set<string>();
    texts.forEach((text, index) => {
      const date = isoDate(dates[index]) ?? isoDate(dates[0]);
      const office = offices[index]?.trim() || null;
      const documentId = createHash('sha256').update(`${office}|${date}|${text.trim()}`).digest('hex').slice(0, 16);
      if (seen.has(documentId)) { repeated++; return; } // the same article listed twice: ingesting it again is a no-op
      seen.add(documentId);
      list.push({ row: r, index, text: text.trim(), date, office, documentId });
    });
  }
  return { list, misaligned, repeated };
}

async function buildMentions(args: Args, rows: readonly Row[]) {
  const { list, misaligned, repeated } = headlinesOf(rows);
  const truth = new Map<string, string>();
  const mentions: MentionInput[] = [];
  const notes: string[] = [`${rows.length} events, ${list.length} headlines (${misaligned} events whose headline/date lists differ in length kept as one headline; ${repeated} repeated listings of one article under one event dropped)`];
  if (args.mode === 'fields') {
    for (const h of list) {
      const mentionId = `${h.row.id}#${h.index}`;
      truth.set(mentionId, h.row.id ?? '');
      mentions.push({ mentionId, documentId: h.documentId, publishedAt: h.date, outlet: h.office, event: fieldsEvent(h.row, h.text) });
    }
    return { mentions, truth, notes };
  }
  const { createExtractor } = await import('../src/extract/index.js');
  const extractor = createExtractor();
  const rowsOfDoc = new Map<string, Set<string>>();
  for (const h of list) (rowsOfDoc.get(h.documentId) ?? rowsOfDoc.set(h.documentId, new Set()).get(h.documentId)!).add(h.row.id ?? '');
  const seen = new Set<string>();
  let shared = 0, empty = 0;
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'extract [{bar}] {value}/{total} headlines' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(list.length, 0);
  for (const h of list) {
    bar?.increment();
    if (seen.has(h.documentId)) continue;
    seen.add(h.documentId);
    if (rowsOfDoc.get(h.documentId)!.size > 1) { shared++; continue; }
    const res = extractor.extract({ id: h.documentId, text: h.text, date: h.date, lang: 'en' });
    // every UCDP event is an act of organised violence: the headline's mention is its first violent event
    const e = res.events.find((x) => x.type === 'ASSAULT' || x.type === 'COERCE');
    if (!e) { empty++; continue; }
    const mentionId = `${h.row.id}#${h.index}`;
    truth.set(mentionId, h.row.id ?? '');
    mentions.push({ mentionId, documentId: h.documentId, publishedAt: h.date, outlet: h.office, event: e });
  }
  bar?.stop();
  notes.push(`extract mode: ${seen.size} distinct headlines, ${shared} left out (listed under several events), ${empty} with no violent event (ASSAULT/COERCE) extracted, ${mentions.length} mentions`);
  return { mentions, truth, notes };
}

/** --debug: the most mixed clusters and a sample of missed merges, with the resolver's reasons. */
function debugReport(result: ReturnType<typeof clusterMentions>, truth: Map<string, string>, mentions: MentionInput[]): void {
  const resolver = createEventResolver();
  const mixed = [...result.clusters.values()]
    .map((c) => ({ c, ids: new Set(c.mentions.map((m) => truth.get(m.mentionId))) }))
    .filter((x) => x.ids.size > 1)
    .sort((a, b) => b.c.mentions.length - a.c.mentions.length)
    .slice(0, 5);
  for (const { c, ids } of mixed) {
    process.stdout.write(`\nmixed cluster ${c.id}: ${c.mentions.length} mentions, ${ids.size} gold ids\n`);
    for (const d of result.decisions.filter((x) => x.eventId === c.id).slice(0, 6)) {
      const m = mentions.find((x) => x.mentionId === d.mentionId)!;
      process.stdout.write(`  ${d.mentionId} ${m.event.date?.start}..${m.event.date?.end ?? ''}/${m.event.date?.precision} ${m.event.place?.name}/${m.event.place?.precision} doc ${m.documentId.slice(0, 6)}: ${d.decision?.reason ?? 'founded'}\n`);
    }
  }
  const tally = new Map<string, number>();
  for (const c of result.clusters.values()) {
    for (let i = 0; i < c.mentions.length; i++) for (let j = i + 1; j < c.mentions.length; j++) {
      const a = c.mentions[i]!, b = c.mentions[j]!;
      if (truth.get(a.mentionId) === truth.get(b.mentionId)) continue;
      const r = comparePair(a, b, DEFAULT_RESOLVER_OPTIONS).reason.replace(/\([^)]*\)/g, '').replace(/[\d.]+ km/g, 'N km');
      tally.set(r, (tally.get(r) ?? 0) + 1);
    }
  }
  // loose merges that needed corroboration (a busy neighbourhood), by what corroborated them, right or wrong
  const corroborated = new Map<string, { right: number; wrong: number }>();
  for (const d of result.decisions) {
    const kind = /; (figures agree|distinctive actors|shared words) \(/.exec(d.decision?.reason ?? '')?.[1];
    if (!kind) continue;
    const c = result.clusters.get(d.eventId)!;
    const right = c.mentions.some((x) => x.mentionId !== d.mentionId && truth.get(x.mentionId) === truth.get(d.mentionId));
    const t = corroborated.get(kind) ?? { right: 0, wrong: 0 };
    if (right) t.right++;
    else t.wrong++;
    corroborated.set(kind, t);
  }
  process.stdout.write('\nloose matches corroborated, by evidence (mention joined an event of its gold id / of another id):\n');
  for (const [k, t] of [...corroborated].sort()) process.stdout.write(`  ${k}: ${t.right} / ${t.wrong}\n`);
  process.stdout.write('\nfalse merges by pair reason:\n');
  for (const [r, n] of [...tally].sort((x, y) => y[1] - x[1]).slice(0, 15)) process.stdout.write(`  ${n}\t${r}\n`);
  const byTruth = new Map<string, MentionInput[]>();
  for (const m of mentions) (byTruth.get(truth.get(m.mentionId)!) ?? byTruth.set(truth.get(m.mentionId)!, []).get(truth.get(m.mentionId)!)!).push(m);
  const clusterOf = new Map(result.decisions.map((d) => [d.mentionId, d.eventId]));
  const missedTally = new Map<string, number>();
  for (const ms of byTruth.values()) {
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
      const a = ms[i]!, b = ms[j]!;
      if (clusterOf.get(a.mentionId) === clusterOf.get(b.mentionId)) continue;
      const r = (a.documentId === b.documentId ? 'same document; ' : '') + comparePair(a, b, DEFAULT_RESOLVER_OPTIONS).reason.replace(/\([^)]*\)/g, '').replace(/[\d.]+ km|\d+d/g, 'N').replace(/[A-Z]{4,}≠[A-Z]{4,}/g, 'X≠Y');
      missedTally.set(r, (missedTally.get(r) ?? 0) + 1);
    }
  }
  process.stdout.write('\nmissed merges by pair reason:\n');
  for (const [r, n] of [...missedTally].sort((x, y) => y[1] - x[1]).slice(0, 12)) process.stdout.write(`  ${n}\t${r}\n`);
  let shown = 0;
  for (const ms of byTruth.values()) {
    for (let i = 1; i < ms.length && shown < 8; i++) {
      const a = ms[0]!, b = ms[i]!;
      if (clusterOf.get(a.mentionId) === clusterOf.get(b.mentionId)) continue;
      shown++;
      const same = a.documentId === b.documentId ? ' SAME DOCUMENT' : '';
      process.stdout.write(`missed ${a.mentionId} vs ${b.mentionId}${same}: ${comparePair(a, b, DEFAULT_RESOLVER_OPTIONS).reason}\n`);
    }
  }
}

/** The demo corpus, extracted and resolved, scored on document pairs. */
async function demoReport(): Promise<number> {
  const root = join(import.meta.dirname, '..');
  const truth = JSON.parse(readFileSync(join(root, 'test/fixtures/dedup/demo-truth.json'), 'utf8')) as { events: Record<string, { documents: string[] }> };
  const docs: { id: string; text: string; date: string | null; lang?: string | null; source?: string }[] = [];
  for (const name of readdirSync(join(root, 'examples')).sort()) {
    const text = readFileSync(join(root, 'examples', name), 'utf8');
    if (name.endsWith('.jsonl')) for (const line of text.split('\n')) { if (line.trim()) docs.push(JSON.parse(line)); }
    else if (name.endsWith('.txt')) docs.push({ id: name, text, date: /^\s?date\s+(\d{4}-\d{2}(?:-\d{2})?)\s/.exec(text)?.[1] ?? /^(\d{4}-\d{2}-\d{2})-/.exec(name)?.[1] ?? null });
  }
  const { createExtractor } = await import('../src/extract/index.js');
  const extractor = createExtractor();
  const mentions: MentionInput[] = [];
  for (const d of docs) {
    extractor.extract({ id: d.id, text: d.text, date: d.date, lang: d.lang ?? null }).events.forEach((event, i) => {
      mentions.push({ mentionId: `${d.id}#${i}`, documentId: d.id, publishedAt: d.date, outlet: d.source ?? null, event });
    });
  }
  const result = clusterMentions(mentions, createEventResolver());
  const clustersOfDoc = new Map<string, Set<string>>();
  for (const dec of result.decisions) {
    const docId = dec.mentionId.slice(0, dec.mentionId.lastIndexOf('#'));
    (clustersOfDoc.get(docId) ?? clustersOfDoc.set(docId, new Set()).get(docId)!).add(dec.eventId);
  }
  const eventsOfDoc = new Map<string, Set<string>>();
  for (const [k, e] of Object.entries(truth.events)) for (const d of e.documents) (eventsOfDoc.get(d) ?? eventsOfDoc.set(d, new Set()).get(d)!).add(k);
  let tp = 0, fp = 0, fn = 0;
  const ids = docs.map((d) => d.id);
  const wrong: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const a = ids[i]!, b = ids[j]!;
    const gold = [...(eventsOfDoc.get(a) ?? [])].some((e) => eventsOfDoc.get(b)?.has(e));
    const pred = [...(clustersOfDoc.get(a) ?? [])].some((c) => clustersOfDoc.get(b)?.has(c));
    if (gold && pred) tp++;
    else if (pred) { fp++; wrong.push(`  merged, different events: ${a} + ${b}`); }
    else if (gold) { fn++; wrong.push(`  not merged, same event: ${a} + ${b}`); }
  }
  process.stdout.write(`demo corpus: ${docs.length} documents, ${mentions.length} extracted events → ${result.clusters.size} events\n` +
    `document-pair precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n${wrong.join('\n')}\n`);
  return 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.mode === 'demo') return demoReport();
  if (!existsSync(args.gold)) {
    process.stderr.write(`eval-merge: gold file not found: ${args.gold} (../shared is absent?); nothing measured\n`);
    return 2;
  }
  const rows = parse(readFileSync(args.gold, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
  const { mentions, truth, notes } = await buildMentions(args, rows);
  const t0 = performance.now();
  const result = clusterMentions(mentions, createEventResolver());
  const ms = performance.now() - t0;
  const clusterOf = new Map(result.decisions.map((d) => [d.mentionId, d.eventId]));
  const rowById = new Map(rows.map((r) => [r.id ?? '', r]));
  // pairwise counts without enumerating all pairs: group by (cluster) and by (cluster, truth)
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const count = <K>(keys: Iterable<K>) => { const m = new Map<K, number>(); for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1); return m; };
  const ids = [...truth.keys()];
  const predicted = [...count(ids.map((i) => clusterOf.get(i))).values()].reduce((s, n) => s + c2(n), 0);
  const gold = [...count(ids.map((i) => truth.get(i))).values()].reduce((s, n) => s + c2(n), 0);
  const tp = [...count(ids.map((i) => `${clusterOf.get(i)}|${truth.get(i)}`)).values()].reduce((s, n) => s + c2(n), 0);
  const hardKey = (i: string) => { const r = rowById.get(truth.get(i)!)!; return `${r.date_start_iso}|${r.where_coordinates}`; };
  const hardAll = [...count(ids.map(hardKey)).values()].reduce((s, n) => s + c2(n), 0) - [...count(ids.map((i) => `${hardKey(i)}|${truth.get(i)}`)).values()].reduce((s, n) => s + c2(n), 0);
  const hardMerged = [...count(ids.map((i) => `${hardKey(i)}|${clusterOf.get(i)}`)).values()].reduce((s, n) => s + c2(n), 0)
    - [...count(ids.map((i) => `${hardKey(i)}|${clusterOf.get(i)}|${truth.get(i)}`)).values()].reduce((s, n) => s + c2(n), 0);
  // merged pairs of distinct ids whose structured fields are identical (same days, place and sides): no
  // resolver can separate them from these fields alone
  const fieldKey = (i: string) => { const r = rowById.get(truth.get(i)!)!; return `${r.date_start_iso}|${r.date_end_iso}|${r.where_coordinates}|${r.where_prec}|${r.dyad_new_id}`; };
  const identicalMerged = [...count(ids.map((i) => `${fieldKey(i)}|${clusterOf.get(i)}`)).values()].reduce((s, n) => s + c2(n), 0)
    - [...count(ids.map((i) => `${fieldKey(i)}|${clusterOf.get(i)}|${truth.get(i)}`)).values()].reduce((s, n) => s + c2(n), 0);
  const report = {
    gold: 'ucdp-ged-ukraine (dev)',
    mode: args.mode,
    notes,
    mentions: mentions.length,
    goldEvents: new Set(truth.values()).size,
    predictedEvents: result.clusters.size,
    pairs: { gold, predicted, truePositive: tp },
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: gold === 0 ? 1 : tp / gold,
    hardNegatives: { pairs: hardAll, merged: hardMerged },
    /** The brief's pair universe: gold pairs (same id) against hard negatives (distinct ids, same day and place). */
    precisionGoldVsHard: tp + hardMerged === 0 ? 1 : tp / (tp + hardMerged),
    falseMergesIdenticalFields: identicalMerged,
    candidatesCompared: result.comparisons,
    resolveMs: Math.round(ms),
    targets: { precision: 0.9, recall: 0.8 },
  };
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const n of notes) process.stdout.write(`${n}\n`);
    process.stdout.write(
      `mode ${report.mode}: ${report.mentions} mentions, ${report.goldEvents} gold events → ${report.predictedEvents} events\n` +
      `pairwise precision ${report.precision.toFixed(3)} (target ≥ 0.9), recall ${report.recall.toFixed(3)} (target ≥ 0.8); ` +
      `gold pairs ${gold}, predicted ${predicted}, true ${tp}\n` +
      `hard negatives (distinct ids, same start day and place): ${hardAll} pairs, ${hardMerged} merged → ` +
      `precision over gold pairs vs hard negatives ${report.precisionGoldVsHard.toFixed(3)}\n` +
      `false merges between distinct ids with identical structured fields (inseparable in this mode): ${identicalMerged} of ${predicted - tp}\n` +
      `resolution: ${report.resolveMs} ms, ${report.candidatesCompared} candidate events compared\n`,
    );
  }
  if (args.debug) debugReport(result, truth, mentions);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => { process.stderr.write(`eval-merge: ${(e as Error).message}\n`); process.exitCode = 1; });
