// Per-field highlights (pure logic, no DOM: the legend is in field-legend.ts): which words of an article gave an event's place, date, actors, figures, source, modality
// type, mode and context (the event's `fieldEvidence`). Only spans that really are in the text are shown; every string is put in
// the page as text (article text is untrusted).
import type { Event } from './api.js';
import type { HighlightSpan } from './highlight.js';

export const FIELD_KINDS = ['type', 'mode', 'context', 'modality', 'date', 'place', 'actor', 'count', 'source'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const FIELD_KIND_LABELS: Record<FieldKind, string> = {
  type: 'event word',
  mode: 'mode',
  context: 'context',
  modality: 'modality',
  date: 'date',
  place: 'place',
  actor: 'actor',
  count: 'figure',
  source: 'according to',
};

/** "places[1]" → place, "actors[0]" → actor, "counts.killed" → count, "attribution" → source, "context[0]" → context. */
export function fieldKind(field: string): FieldKind {
  if (field.startsWith('place')) return 'place';
  if (field.startsWith('actors')) return 'actor';
  if (field.startsWith('counts.')) return 'count';
  if (field === 'attribution') return 'source';
  if (field.startsWith('context[')) return 'context';
  if (field === 'date' || field === 'modality' || field === 'mode') return field;
  return 'type';
}

/** What a field entry says about its value, for a title or a legend ("actors[1]: Military forces of Azerbaijan (source)"). */
export function fieldValue(event: Event, field: string): string {
  const item = /^(places|actors)\[(\d+)\]$/.exec(field);
  if (item?.[1] === 'actors') {
    const a = event.actors[Number(item[2])];
    return a ? `${a.name}${a.role ? ` (${a.role})` : ''}` : '';
  }
  if (item?.[1] === 'places') return event.places?.[Number(item[2])]?.name ?? '';
  if (field.startsWith('counts.')) {
    const c = event.counts[field.slice(7) as keyof Event['counts']];
    return c ? `${field.slice(7)} ${c.value}${c.qualifier === 'exact' ? '' : ` (${c.qualifier.replace('_', ' ')})`}` : '';
  }
  if (field === 'place') return event.place?.name ?? '';
  if (field === 'date') return event.date ? `${event.date.start}${event.date.end ? `..${event.date.end}` : ''}` : '';
  if (field === 'attribution') return event.attribution?.name ?? '';
  if (field === 'modality') return event.modality;
  if (field === 'mode') return event.mode ?? '';
  const context = /^context\[(\d+)\]$/.exec(field);
  if (context) return event.context[Number(context[1])] ?? '';
  return `${event.type}${event.mode ? ` (${event.mode})` : ''}`;
}

export interface FieldMark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly field: string;
  readonly kind: FieldKind;
  /** "place: Nagorno-Karabakh (main place of the article)". */
  readonly label: string;
  readonly eventType: string;
}

/** The field spans of these events that lie exactly in `text`, keyed for highlight runs as `field:<index>`. */
export function fieldMarks(text: string, events: readonly Event[]): FieldMark[] {
  const out: FieldMark[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    for (const f of e.fieldEvidence ?? []) {
      if (f.start < 0 || f.end > text.length || f.start >= f.end || text.slice(f.start, f.end) !== f.text) continue;
      const key = `${f.field}|${f.start}|${f.end}|${e.type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const kind = fieldKind(f.field);
      const value = fieldValue(e, f.field);
      out.push({ start: f.start, end: f.end, text: f.text, field: f.field, kind, eventType: e.type, label: `${FIELD_KIND_LABELS[kind]}${value ? `: ${value}` : ''}${f.rule ? ` (${f.rule})` : ''}` });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const fieldSpans = (marks: readonly FieldMark[]): HighlightSpan[] => marks.map((m, i) => ({ start: m.start, end: m.end, key: `field:${i}` }));

/** Of the field marks covering one run (keys `field:<i>`), the narrowest: the words the field was read from. */
export function innermost(marks: readonly FieldMark[], keys: readonly string[]): { mark: FieldMark; all: FieldMark[] } | null {
  const all = keys.filter((k) => k.startsWith('field:')).map((k) => marks[Number(k.slice(6))]).filter((m): m is FieldMark => m !== undefined);
  const mark = [...all].sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  return mark ? { mark, all } : null;
}
