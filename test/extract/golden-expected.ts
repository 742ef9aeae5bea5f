// The "expected.json" format of golden articles (as in ../shared/examples): events an analyst codes
// ("must", "may"), what must not come out ("must_not"), and a matcher that scores one event against one
// expectation field by field.
import type { Event, Place } from '../../src/core/contract.js';

export interface ExpectedPlace {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly country?: string | null;
  readonly lat?: number;
  readonly lon?: number;
}

export interface ExpectedActor {
  readonly name: string;
  readonly country?: string | null;
  readonly kind?: string;
  readonly role?: string;
}

export interface ExpectedEvent {
  readonly id: string;
  readonly type: string;
  readonly modality?: string;
  readonly context?: string;
  readonly acled?: { readonly event_type: string; readonly sub_event_type: string } | null;
  readonly date?: { readonly start: string; readonly end?: string; readonly precision?: string };
  readonly place?: ExpectedPlace;
  readonly breakdown?: readonly { readonly place: ExpectedPlace }[];
  readonly actors?: readonly ExpectedActor[];
  readonly counts?: Readonly<Record<string, { readonly value: number; readonly qualifier?: string }>>;
  readonly attribution?: { readonly name: string; readonly actor?: { readonly country?: string | null } };
  readonly evidence_contains: readonly string[];
}

/** A structured "must not": no event (or at most `max`) matches. */
export interface MustNot {
  readonly description: string;
  readonly type?: string;
  readonly evidence_contains?: string;
  readonly modality_not?: string;
  readonly place_names?: readonly string[];
  readonly count?: { readonly kind: string; readonly value: number };
  readonly attribution_must_contain?: string;
  readonly max?: number;
}

export interface ExpectedFile {
  readonly must: readonly ExpectedEvent[];
  readonly may?: readonly ExpectedEvent[];
  readonly must_not?: readonly (MustNot | string)[];
}

export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function placeMatches(got: Place | null | undefined, want: ExpectedPlace): boolean {
  if (!got) return false;
  if (want.country !== undefined && got.country !== want.country) return false;
  const names = [want.name, ...(want.aliases ?? [])].map(fold);
  if (names.includes(fold(got.name))) return true;
  return want.lat !== undefined && want.lon !== undefined && got.lat != null && got.lon != null && km({ lat: got.lat, lon: got.lon }, { lat: want.lat, lon: want.lon }) <= 25;
}

export function evidenceHas(e: Event, needle: string): boolean {
  return e.evidence.some((s) => fold(s.text).includes(fold(needle)));
}

/** Field checks of one expectation against one event: field name → passed. */
export function fieldChecks(e: Event, x: ExpectedEvent): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  out.modality = e.modality === (x.modality ?? 'asserted');
  if (x.context) out.context = e.context.includes(x.context);
  if (x.acled !== undefined) out.acled = x.acled === null ? e.acled === null : e.acled?.event_type === x.acled.event_type && e.acled.sub_event_type === x.acled.sub_event_type;
  if (x.date) out.date = e.date?.start === x.date.start && (x.date.end === undefined || e.date?.end === x.date.end) && (x.date.precision === undefined || e.date?.precision === x.date.precision);
  if (x.place) out.place = placeMatches(e.place, x.place);
  if (x.breakdown) out.breakdown = x.breakdown.every((b) => (e.places ?? []).some((p) => placeMatches(p, b.place)));
  if (x.counts) out.counts = Object.entries(x.counts).every(([k, v]) => {
    const c = e.counts[k as keyof Event['counts']];
    return c?.value === v.value && (v.qualifier === undefined || c.qualifier === v.qualifier);
  });
  if (x.attribution) {
    const got = fold(e.attribution?.name ?? '');
    const want = fold(x.attribution.name);
    out.attribution = got !== '' && (got.includes(want) || want.includes(got)) && (x.attribution.actor?.country === undefined || e.attribution?.actor?.country === x.attribution.actor.country);
  }
  if (x.actors) out.actors = x.actors.every((a) => e.actors.some((g) =>
    (a.country === undefined || g.country === a.country) && (a.kind === undefined || g.kind === a.kind) &&
    (a.role !== 'source' && a.role !== 'target' ? true : g.role === a.role)));
  return out;
}

/** The event that best fits an expectation: right type, all evidence strings, most fields passed. */
export function bestMatch(events: readonly Event[], x: ExpectedEvent): { event: Event; checks: Record<string, boolean> } | null {
  const pool = events.filter((e) => e.type === x.type && x.evidence_contains.every((s) => evidenceHas(e, s)));
  let best: { event: Event; checks: Record<string, boolean> } | null = null;
  let bestScore = -1;
  for (const e of pool) {
    const checks = fieldChecks(e, x);
    const score = Object.values(checks).filter(Boolean).length;
    if (score > bestScore) {
      best = { event: e, checks };
      bestScore = score;
    }
  }
  return best;
}

/** Events breaking a structured "must not". */
export function violations(events: readonly Event[], rule: MustNot): Event[] {
  return events.filter((e) => {
    if (rule.type && e.type !== rule.type) return false;
    if (rule.evidence_contains && !evidenceHas(e, rule.evidence_contains)) return false;
    if (rule.modality_not && e.modality === rule.modality_not) return false;
    if (rule.place_names && !(e.place && rule.place_names.map(fold).includes(fold(e.place.name)))) return false;
    if (rule.count) {
      const c = e.counts[rule.count.kind as keyof Event['counts']];
      if (c?.value !== rule.count.value) return false;
      if (rule.attribution_must_contain) return !fold(e.attribution?.name ?? '').includes(fold(rule.attribution_must_contain));
    }
    return true;
  });
}
