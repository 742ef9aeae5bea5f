// The representative event of a cluster: each field chosen by a stated rule from the mentions, so the
// same mentions always give the same event whatever order they arrived in.
import type { Actor, Count, CountKind, Event } from '../../core/contract.js';
import { actorKey } from './actor-overlap.js';
import { claimsOf } from './claims.js';
import { deriveFigureDetail } from './figures.js';
import { foldName } from './normalize.js';
import type { MentionInput } from './types.js';

const DATE_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;
const PLACE_RANK = { city: 0, admin2: 1, admin1: 2, region: 3, country: 4 } as const;

function inOrder(mentions: readonly MentionInput[]): MentionInput[] {
  return [...mentions].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.mentionId.localeCompare(b.mentionId));
}

/** The most frequent key; ties go to the key seen first. */
function mostFrequent<T>(items: readonly T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, { n: number; first: number; item: T }>();
  items.forEach((item, i) => {
    const k = key(item);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: i, item });
  });
  let best: { n: number; first: number; item: T } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.item;
}

function mergedCounts(mentions: readonly MentionInput[]): Event['counts'] {
  const claims = mentions.flatMap((m) => claimsOf(m, '', { withEvidence: false }));
  const out: Partial<Record<CountKind, Count>> = {};
  const kinds = [...new Set(claims.map((c) => c.kind))].sort();
  for (const kind of kinds) {
    const d = deriveFigureDetail(claims.filter((c) => c.kind === kind));
    if (!d) continue;
    const only = d.current.length === 1 ? d.current[0] : undefined;
    if (only) out[kind] = { value: only.value, low: only.low, high: only.high, qualifier: only.qualifier as Count['qualifier'] };
    else out[kind] = { value: d.figure.best, low: d.figure.low, high: d.figure.high, qualifier: d.figure.low === d.figure.high ? 'exact' : 'range' };
  }
  return out;
}

/**
 * The field evidence of the mention whose evidence the cluster shows, for the fields where the cluster keeps that
 * mention's value (actor indices renumbered to the cluster's list): a span never points at a value it did not give.
 */
function keptFieldEvidence(primary: Event, out: Omit<Event, 'fieldEvidence'>): Event['fieldEvidence'] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const actorIndex = new Map(out.actors.map((a, i) => [actorKey(a), i]));
  const kept: NonNullable<Event['fieldEvidence']> = [];
  for (const f of primary.fieldEvidence ?? []) {
    const actor = /^actors\[(\d+)\]$/.exec(f.field);
    if (actor) {
      const a = primary.actors[Number(actor[1])];
      const i = a ? actorIndex.get(actorKey(a)) : undefined;
      if (i !== undefined) kept.push({ ...f, field: `actors[${i}]` });
      continue;
    }
    const context = /^context\[(\d+)\]$/.exec(f.field);
    if (context) {
      const i = out.context.indexOf(primary.context[Number(context[1])] ?? '');
      if (i >= 0) kept.push({ ...f, field: `context[${i}]` });
      continue;
    }
    const kind = f.field.startsWith('counts.') ? (f.field.slice(7) as CountKind) : null;
    const keeps =
      kind ? primary.counts[kind]?.value === out.counts[kind]?.value && primary.counts[kind]?.qualifier === out.counts[kind]?.qualifier
      : f.field === 'type' ? primary.type === out.type
      : f.field === 'modality' ? primary.modality === out.modality
      : f.field === 'mode' ? primary.mode === out.mode
      : f.field === 'date' ? same(primary.date, out.date)
      : f.field === 'place' ? same(primary.place, out.place)
      : f.field === 'attribution' ? same(primary.attribution, out.attribution)
      : false; // places[i]: the cluster keeps no breakdown
    if (keeps) kept.push(f);
  }
  return kept.length ? kept : undefined;
}

export function representEvent(input: readonly MentionInput[]): Event {
  const mentions = inOrder(input);
  const first = mentions[0];
  if (!first) throw new Error('represent: a cluster needs at least one mention');
  const events = mentions.map((m) => m.event);
  const type = mostFrequent(events, (e) => e.type)!.type;
  const typed = events.find((e) => e.type === type)!;
  const dated = events.filter((e) => e.date);
  const minDate = Math.min(...dated.map((e) => DATE_RANK[e.date!.precision]));
  const date = mostFrequent(
    dated.filter((e) => DATE_RANK[e.date!.precision] === minDate),
    (e) => `${e.date!.start}|${e.date!.end ?? ''}`,
  )?.date ?? null;
  const placed = events.filter((e) => e.place);
  const minPlace = Math.min(...placed.map((e) => PLACE_RANK[e.place!.precision]));
  const placeEvent = mostFrequent(
    placed.filter((e) => PLACE_RANK[e.place!.precision] === minPlace),
    (e) => `${foldName(e.place!.name)}|${e.place!.country ?? ''}`,
  );
  const primary = placeEvent ?? typed;
  const actors = new Map<string, Actor>();
  for (const e of events) for (const a of e.actors) if (!actors.has(actorKey(a))) actors.set(actorKey(a), a);
  const attributions = new Set(events.map((e) => (e.attribution ? foldName(e.attribution.name) : '')));
  const modality = events.some((e) => e.modality === 'asserted') ? 'asserted' : mostFrequent(events, (e) => e.modality)!.modality;
  const out: Omit<Event, 'fieldEvidence'> = {
    type,
    mode: mostFrequent(events.filter((e) => e.mode), (e) => e.mode!)?.mode ?? null,
    context: [...new Set(events.flatMap((e) => e.context))].sort(),
    modality,
    acled: typed.acled,
    cameo: typed.cameo,
    date,
    place: placeEvent?.place ?? null,
    actors: [...actors.values()],
    counts: mergedCounts(mentions),
    attribution: attributions.size === 1 ? first.event.attribution : null,
    evidence: primary.evidence,
    confidence: Math.max(...events.map((e) => e.confidence)),
  };
  const fieldEvidence = keptFieldEvidence(primary, out);
  if (!fieldEvidence) return out;
  const { confidence, ...rest } = out;
  return { ...rest, fieldEvidence, confidence };
}
