// The claims ledger: every figure of a mention becomes a Claim that keeps who said it, where and when,
// with the evidence span that carries the number when one does.
import { COUNT_KINDS, type Count, type CountKind, type Evidence, type Event } from '../../core/contract.js';
import type { Claim } from '../../store/event-store.js';
import { claimIdFor } from './ids.js';
import type { MentionInput } from './types.js';

/** Digits of a value as they may be written: 1200, 1 200, 1,200, 1.200, 1 200 (narrow no-break space). */
function numberPattern(value: number): RegExp | null {
  if (!Number.isInteger(value) || value < 0) return null;
  const digits = String(value);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s,.\\u00a0\\u202f]?');
  return new RegExp(`(?<![\\d.,])${grouped}(?![\\d])`);
}

/**
 * The evidence span that shows this count: the one holding the count's own field span ("counts.killed" in
 * `fieldEvidence`, number words included) when the event has one, else the one where its value, low or high is
 * written in digits, else the event's first span.
 */
export function evidenceForCount(event: Event, count: Count, kind?: CountKind): Evidence | null {
  const own = kind ? event.fieldEvidence?.find((f) => f.field === `counts.${kind}`) : undefined;
  if (own) {
    const holder = event.evidence.find((e) => e.start <= own.start && own.end <= e.end);
    return holder ?? { start: own.start, end: own.end, text: own.text };
  }
  for (const v of [count.value, count.low, count.high]) {
    if (v == null) continue;
    const re = numberPattern(v);
    if (!re) continue;
    const hit = event.evidence.find((e) => re.test(e.text));
    if (hit) return hit;
  }
  return event.evidence[0] ?? null;
}

export function claimsOf(m: MentionInput, eventId: string, opts: { withEvidence?: boolean } = {}): Claim[] {
  const withEvidence = opts.withEvidence ?? true;
  const out: Claim[] = [];
  for (const kind of COUNT_KINDS) {
    const c = m.event.counts[kind];
    if (!c) continue;
    out.push({
      id: claimIdFor(m.mentionId, kind),
      eventId,
      mentionId: m.mentionId,
      documentId: m.documentId,
      kind,
      value: c.value,
      low: c.low ?? null,
      high: c.high ?? null,
      qualifier: c.qualifier,
      claimant: m.event.attribution?.name ?? null,
      outlet: m.outlet,
      publishedAt: m.publishedAt,
      evidence: withEvidence ? evidenceForCount(m.event, c, kind) : null,
    });
  }
  return out;
}
