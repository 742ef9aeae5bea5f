// `vigie events`: merged events with their reports and sources; `events show ID`: the claims side by side
// with their sources and evidence; `events unmerge MENTION_ID`; `events changes [--after SEQ]` (the feed).
import type { Command } from 'commander';
import { ApiError } from '../../api/errors.js';
import { parseListQuery } from '../../api/query.js';
import type { CountKind } from '../../core/contract.js';
import { deriveFigureDetail } from '../../resolve/dedup/figures.js';
import type { Claim, EventDetail, StoredEvent } from '../../store/event-store.js';
import { openStore } from '../../store/index.js';
import { CliError, dbLocation, printJson } from '../io.js';

const FILTERS = ['type', 'context', 'country', 'actor', 'place', 'bbox', 'since', 'until', 'modality', 'text', 'document', 'sort', 'limit', 'cursor'] as const;

/** Article text is untrusted: no control characters (terminal escapes) reach the terminal. */
export function clean(s: string | null | undefined, max = 0): string {
  const t = (s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  return max > 0 && t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

function dateOf(e: StoredEvent): string {
  const d = e.event.date;
  if (!d) return '?';
  return d.end && d.end !== d.start ? `${d.start}..${d.end}` : d.precision === 'day' ? d.start : `${d.start.slice(0, d.precision === 'year' ? 4 : 7)} (${d.precision})`;
}

function figureText(e: StoredEvent, kind: CountKind): string {
  const f = e.figures[kind];
  if (!f) return '';
  const span = f.low === f.high ? `${f.best}` : `${f.low}–${f.high} (best ${f.best})`;
  return `${kind} ${span}${f.contested ? ' CONTESTED' : ''}`;
}

export function formatEventLine(e: StoredEvent): string {
  const place = e.event.place ? `${clean(e.event.place.name, 24)}${e.event.place.country ? `, ${e.event.place.country}` : ''}` : '?';
  const figs = (['killed', 'injured'] as const).map((k) => figureText(e, k)).filter(Boolean).join('; ');
  return `${pad(e.id, 22)} ${pad(dateOf(e), 23)} ${pad(e.event.type, 9)} ${pad(place, 30)} ${pad(`${e.mentionCount}`, 7)} ${pad(`${e.sourceCount}`, 7)} ${figs}`;
}

function claimLine(c: Claim, role: string): string {
  const value = c.low != null && c.high != null && c.low !== c.high ? `${c.low}–${c.high}` : `${c.value}`;
  const q = c.qualifier === 'exact' ? '' : ` (${c.qualifier})`;
  const who = c.claimant ? clean(c.claimant, 40) : `(${clean(c.outlet, 30) || 'outlet'} itself)`;
  const ev = c.evidence ? `“${clean(c.evidence.text, 90)}”` : '';
  return `    ${pad(`${value}${q}`, 18)} ${pad(who, 42)} ${pad(clean(c.outlet, 24) || '-', 24)} ${pad(c.publishedAt ?? '-', 10)} ${pad(role, 14)} ${c.documentId}  ${ev}`;
}

/** The detail of one event as text: the event, its reports, then per kind of figure every claim side by side. */
export function formatEventDetail(d: EventDetail): string {
  const e = d.event;
  const out: string[] = [];
  out.push(`event ${d.id}: ${e.type}${e.mode ? ` (${e.mode})` : ''}, ${e.modality}${e.context.length ? `, context ${e.context.join(', ')}` : ''}`);
  out.push(`  date     ${dateOf(d)}${e.date ? `  [${clean(e.date.rule, 60)}]` : ''}`);
  if (e.place) out.push(`  place    ${clean(e.place.name)} (${e.place.precision}${e.place.country ? `, ${e.place.country}` : ''}${e.place.lat != null ? `, ${e.place.lat}, ${e.place.lon}` : ''})`);
  if (e.actors.length) out.push(`  actors   ${e.actors.map((a) => `${clean(a.name, 40)}${a.id ? ` [${a.id}]` : ''}${a.role ? ` (${a.role})` : ''}`).join('; ')}`);
  out.push(`  reports  ${d.mentionCount} mention(s) in ${d.documentIds.length} document(s) from ${d.sourceCount} source(s)`);
  out.push('', 'mentions:');
  for (const m of d.mentions) {
    const ev = m.event.evidence[0];
    out.push(`  ${m.id}  ${m.documentId}  ${m.event.attribution ? `according to ${clean(m.event.attribution.name, 40)}  ` : ''}${ev ? `“${clean(ev.text, 100)}”` : ''}`);
  }
  const kinds = [...new Set(d.claims.map((c) => c.kind))].sort();
  if (kinds.length) out.push('', 'claims (one line per claim; derived figures follow docs/claims.md):');
  for (const kind of kinds) {
    const detail = deriveFigureDetail(d.claims.filter((c) => c.kind === kind));
    if (!detail) continue;
    const f = d.figures[kind] ?? detail.figure;
    out.push(`  ${kind}: low ${f.low}, best ${f.best}, high ${f.high}${f.contested ? ', CONTESTED (claimants disagree beyond their ranges)' : ''}; ${f.claims} claim(s)`);
    out.push(`    ${pad('value', 18)} ${pad('claimant', 42)} ${pad('outlet', 24)} ${pad('published', 10)} ${pad('role', 14)} document  evidence`);
    for (const c of detail.current) {
      const role = [c.id === detail.lowFrom ? 'low' : '', c.id === detail.bestFrom ? 'best' : '', c.id === detail.highFrom ? 'high' : ''].filter(Boolean).join('/') || 'current';
      out.push(claimLine(c, role));
    }
    for (const c of detail.superseded) out.push(claimLine(c, 'superseded'));
  }
  return `${out.join('\n')}\n`;
}

async function withStore<T>(db: string | undefined, fn: (s: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(dbLocation(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function intOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new CliError(`--${name}: expected a non-negative integer, got "${v}"`);
  return Number(v);
}

export function register(program: Command): void {
  const events = program.command('events').description('merged events: list, show one with its claims, unmerge a mention, follow the change feed');

  const list = events
    .command('list', { isDefault: true })
    .description('list merged events with their number of reports and sources (default)')
    .option('--db <location>', 'database (default VIGIE_DB or ./vigie.db)')
    .option('--min-sources <n>', 'at least this many sources')
    .option('--json', 'print the page as JSON');
  for (const f of FILTERS) list.option(`--${f} <value>`, f === 'sort' ? 'date, -date, sources, -sources' : f === 'bbox' ? 'minLon,minLat,maxLon,maxLat' : `filter: ${f}`);
  list.action(async (o: Record<string, string | boolean | undefined>) => {
    const raw: Record<string, string> = {};
    for (const f of FILTERS) if (typeof o[f] === 'string') raw[f] = o[f] as string;
    if (typeof o.minSources === 'string') raw.min_sources = o.minSources;
    let query;
    try {
      query = parseListQuery(raw);
    } catch (e) {
      if (e instanceof ApiError) throw new CliError(`invalid filter: ${e.message.replace(/^(\w+):/, '--$1:').replace('min_sources', 'min-sources')}`);
      throw e;
    }
    await withStore(o.db as string | undefined, async (store) => {
      const page = await store.listEvents(query);
      if (o.json) return printJson(page);
      process.stdout.write(`${pad('event', 22)} ${pad('date', 23)} ${pad('type', 9)} ${pad('place', 30)} ${pad('reports', 7)} ${pad('sources', 7)} figures\n`);
      for (const e of page.items) process.stdout.write(`${formatEventLine(e)}\n`);
      process.stdout.write(`${page.items.length} of ${page.total}${page.totalIsLowerBound ? ' or more' : ''} event(s)${page.nextCursor ? `; next page: --cursor ${page.nextCursor}` : ''}\n`);
    });
  });

  events
    .command('show <id>')
    .description('one event: its reports, and every claim side by side with its source and evidence')
    .option('--db <location>', 'database (default VIGIE_DB or ./vigie.db)')
    .option('--json', 'print the event, its mentions and claims as JSON')
    .action(async (id: string, o: { db?: string; json?: boolean }) => {
      await withStore(o.db, async (store) => {
        const d = await store.getEvent(id);
        if (!d) throw new CliError(`no event "${clean(id, 80)}" (list them with: vigie events)`, 1);
        if (o.json) printJson(d);
        else process.stdout.write(formatEventDetail(d));
      });
    });

  events
    .command('unmerge <mentionId>')
    .description('detach a mention from the event it was merged into (logged in the change feed)')
    .option('--db <location>', 'database (default VIGIE_DB or ./vigie.db)')
    .option('--reason <text>', 'why (kept in the change feed)', 'unmerged by an analyst')
    .action(async (mentionId: string, o: { db?: string; reason: string }) => {
      await withStore(o.db, async (store) => {
        let newId: string;
        try {
          newId = await store.unmergeMention(mentionId, o.reason);
        } catch (e) {
          throw new CliError(`cannot unmerge "${clean(mentionId, 80)}": ${(e as Error).message}`, 1);
        }
        process.stdout.write(`mention ${mentionId} is now event ${newId}\n`);
      });
    });

  events
    .command('changes')
    .description('the merge/split change feed, in order (sync with --after the last seq you saw)')
    .option('--db <location>', 'database (default VIGIE_DB or ./vigie.db)')
    .option('--after <seq>', 'only changes after this sequence number', '0')
    .option('--limit <n>', 'at most this many changes')
    .option('--json', 'one JSON object per line')
    .action(async (o: { db?: string; after: string; limit?: string; json?: boolean }) => {
      const after = intOption('after', o.after) ?? 0;
      const limit = intOption('limit', o.limit);
      await withStore(o.db, async (store) => {
        const changes = await store.listChanges({ after, ...(limit !== undefined ? { limit } : {}) });
        for (const c of changes) {
          if (o.json) process.stdout.write(`${JSON.stringify(c)}\n`);
          else process.stdout.write(`${c.seq}\t${c.at}\t${pad(c.kind, 7)}\t${c.eventId}\t${c.mentionId ?? '-'}\t${c.otherEventId ?? '-'}\t${c.score ?? '-'}\t${clean(c.reason, 200)}\n`);
        }
      });
    });
}
