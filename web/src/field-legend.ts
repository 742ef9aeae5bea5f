// The legend of the per-field highlights: the colour of each kind of field, or one line per field naming the words
// it came from. Text nodes only (article text is untrusted).
import { h } from './dom.js';
import { FIELD_KIND_LABELS, FIELD_KINDS, type FieldMark } from './field-marks.js';

/** A legend of the field colours; with marks, one line per field naming the words it came from. */
export function fieldLegend(marks: readonly FieldMark[] | null): HTMLElement {
  if (!marks) {
    return h('p', { class: 'field-legend' }, 'Fields: ', FIELD_KINDS.map((k) => h('span', { class: `field-chip field-${k}` }, FIELD_KIND_LABELS[k])));
  }
  return h(
    'ul',
    { class: 'field-legend', 'aria-label': 'Which words gave each field' },
    marks.map((m) => h('li', { 'data-field': m.field }, h('span', { class: `field-chip field-${m.kind}` }, m.field), ' ', m.label, ' ← ', h('q', {}, m.text))),
  );
}
