// The data contract of shared/spec/contract.md, defined once. Everything that leaves Vigie
// (extract output, API responses, exports) is checked against these schemas in tests, and
// schema/contract.schema.json is generated from them (npm run schema).
import { z } from 'zod';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const MODALITIES = ['asserted', 'planned', 'denied', 'alleged', 'hypothetical'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export const PLACE_PRECISIONS = ['city', 'admin2', 'admin1', 'region', 'country'] as const;
export const ACTOR_KINDS = [
  'government', 'military', 'rebel_group', 'militia', 'igo', 'ngo', 'civilians', 'person', 'other',
] as const;
export const ACTOR_ROLES = ['source', 'target', 'participant'] as const;
export const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about', 'range'] as const;
export const COUNT_KINDS = ['killed', 'injured', 'missing', 'arrested', 'displaced', 'violations'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/** ISO 3166-1 alpha-3 (never FIPS). */
const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 country code');
/** True when a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string names a real calendar date. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine(isCalendarDate, 'not a calendar date');
const DocDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY')
  .refine(isCalendarDate, 'not a calendar date (month 01-12, day within the month)');

export const InputDocumentSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: DocDate.nullable().optional(),
  lang: z.string().min(2).max(8).nullable().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type InputDocument = z.infer<typeof InputDocumentSchema>;

export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The fields a field-evidence entry can name: one scalar field, one item of a list, or one count kind. */
export const FIELD_EVIDENCE_FIELD = new RegExp(`^(?:type|mode|place|date|attribution|modality|places\\[\\d+\\]|actors\\[\\d+\\]|context\\[\\d+\\]|counts\\.(?:${COUNT_KINDS.join('|')}))$`);

/**
 * The text behind one field of an event ("place", "places[0]", "date", "actors[1]", "counts.killed", "attribution",
 * "modality", "type", "mode", "context[0]"), with the same span rules as `evidence`; `rule` says how the value was read ("toponym in sentence",
 * "main place of the article") when the span is not simply the words the field was taken from.
 */
export const FieldEvidenceSchema = EvidenceSchema.extend({
  field: z.string().regex(FIELD_EVIDENCE_FIELD, 'type, mode, context[i], place, places[i], date, actors[i], counts.<kind>, attribution or modality'),
  rule: z.string().optional(),
});
export type FieldEvidence = z.infer<typeof FieldEvidenceSchema>;

export const CountSchema = z.object({
  value: z.number(),
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  qualifier: z.enum(QUALIFIERS),
});
export type Count = z.infer<typeof CountSchema>;

export const ActorSchema = z.object({
  name: z.string(),
  id: z.string().nullable().optional(),
  country: Iso3.nullable(),
  kind: z.enum(ACTOR_KINDS),
  role: z.enum(ACTOR_ROLES).optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const PlaceSchema = z.object({
  name: z.string(),
  country: Iso3.nullable(),
  admin1: z.string().nullable().optional(),
  admin2: z.string().nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  geonameid: z.number().int().nullable().optional(),
  precision: z.enum(PLACE_PRECISIONS),
});
export type Place = z.infer<typeof PlaceSchema>;

export const EventDateSchema = z.object({
  start: IsoDay,
  end: IsoDay.nullable().optional(),
  precision: z.enum(DATE_PRECISIONS),
  rule: z.string(),
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const AttributionSchema = z.object({
  name: z.string(),
  actor: ActorSchema.nullable(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const CountsSchema = z
  .object(Object.fromEntries(COUNT_KINDS.map((k) => [k, CountSchema.optional()])) as Record<CountKind, z.ZodOptional<typeof CountSchema>>)
  .strict();
export type Counts = z.infer<typeof CountsSchema>;

export const EventSchema = z.object({
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  context: z.array(z.string()),
  modality: z.enum(MODALITIES),
  acled: z.object({ event_type: z.string(), sub_event_type: z.string() }).nullable(),
  cameo: z.string().regex(/^\d{2,4}$/).nullable(),
  date: EventDateSchema.nullable(),
  place: PlaceSchema.nullable(),
  places: z.array(PlaceSchema).optional(),
  actors: z.array(ActorSchema),
  counts: CountsSchema,
  attribution: AttributionSchema.nullable(),
  evidence: z.array(EvidenceSchema).min(1),
  /** Which words gave which field (optional: older events have none). */
  fieldEvidence: z.array(FieldEvidenceSchema).optional(),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof EventSchema>;

export const DocumentOutSchema = z.object({
  id: z.string(),
  text: z.string(),
  date: DocDate.nullable(),
  date_precision: z.enum(DATE_PRECISIONS).nullable().optional(),
  lang: z.string().nullable(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type DocumentOut = z.infer<typeof DocumentOutSchema>;

/** `vigie extract FILE --format json` */
export const ExtractJsonOutputSchema = z.object({ document: DocumentOutSchema, events: z.array(EventSchema) });
export type ExtractJsonOutput = z.infer<typeof ExtractJsonOutputSchema>;

/** One line of `vigie extract --input docs.jsonl --format jsonl` */
export const ExtractJsonlLineSchema = z.object({
  id: z.string(),
  lang: z.string().nullable(),
  events: z.array(EventSchema),
  error: z.string().optional(),
});
export type ExtractJsonlLine = z.infer<typeof ExtractJsonlLineSchema>;

/**
 * Checks an event beyond its shape: every evidence and field-evidence span is the exact substring it claims to be,
 * and every field-evidence entry names a field the event has.
 */
export function evidenceErrors(event: Event, text: string): string[] {
  const errors: string[] = [];
  const check = (e: Evidence, at: string) => {
    if (e.end > text.length || e.start > e.end) errors.push(`${at}: span ${e.start}-${e.end} outside the text (${text.length})`);
    else if (text.slice(e.start, e.end) !== e.text) errors.push(`${at}: text differs from input.slice(${e.start}, ${e.end})`);
  };
  event.evidence.forEach((e, i) => check(e, `evidence[${i}]`));
  (event.fieldEvidence ?? []).forEach((e, i) => {
    check(e, `fieldEvidence[${i}] (${e.field})`);
    if (!hasField(event, e.field)) errors.push(`fieldEvidence[${i}]: the event has no ${e.field}`);
  });
  return errors;
}

/** True when the event has a value at `field` ("places[1]", "counts.killed", "modality" when not asserted…). */
export function hasField(event: Event, field: string): boolean {
  const item = /^(places|actors|context)\[(\d+)\]$/.exec(field);
  if (item) return Number(item[2]) < (item[1] === 'places' ? (event.places?.length ?? 0) : item[1] === 'context' ? event.context.length : event.actors.length);
  if (field === 'mode') return event.mode !== null;
  if (field.startsWith('counts.')) return event.counts[field.slice(7) as CountKind] !== undefined;
  if (field === 'place') return event.place !== null;
  if (field === 'date') return event.date !== null;
  if (field === 'attribution') return event.attribution !== null;
  return field === 'type' || field === 'modality';
}
