// One stored article with every event found in it highlighted; each highlight links to its event.
import { getDocument } from './api.js';
import { typeColor } from './colors.js';
import { h, link, safeExternalLink } from './dom.js';
import { evidenceText } from './evidence-text.js';
import { fieldLegend } from './field-legend.js';
import { fieldMarks, fieldSpans, innermost } from './field-marks.js';
import { formatDate, formatPlace } from './format.js';

export async function renderDocument(root: HTMLElement, id: string, navigate: (path: string) => void): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const out = await getDocument(id);
  const doc = out.document;
  const spans = out.spans.map((s, i) => ({ start: s.start, end: s.end, key: `${i}` }));
  // Every event's fields marked inside its evidence: which words gave the place, the date, the figures…
  const marks = fieldMarks(doc.text, out.mentions.map((m) => m.event));
  const text = evidenceText(doc.text, [...spans, ...fieldSpans(marks)], (keys) => {
    const ev = keys.filter((k) => !k.startsWith('field:'));
    const f = innermost(marks, keys);
    const s = ev.length ? out.spans[Number(ev[0])] : undefined;
    const fieldTitle = f ? `${f.all.map((m) => `${m.eventType} ${m.field} → ${m.label}`).join('\n')}\n` : '';
    const fieldClass = f ? ` field field-${f.mark.kind}` : '';
    if (!s) return { className: `field-only${fieldClass}`, title: fieldTitle.trim(), field: f?.mark.field };
    return { className: `evidence type-${s.type}${fieldClass}`, title: `${fieldTitle}${ev.length > 1 ? `${ev.length} events` : `${s.type} event`}: click to open`, eventId: s.eventId, color: typeColor(s.type), field: f?.mark.field };
  });
  text.addEventListener('click', (ev) => {
    const mark = (ev.target as Element).closest('mark[data-event-id]');
    const eventId = mark?.getAttribute('data-event-id');
    if (eventId) navigate(`/events/${encodeURIComponent(eventId)}`);
  });
  root.replaceChildren(
    h(
      'div',
      { class: 'document-page' },
      h('p', {}, link('/', '← all events')),
      h('h1', {}, doc.title ?? doc.id),
      h('p', { class: 'muted' }, `${doc.source ?? 'unknown outlet'} · ${doc.date ?? 'undated'}${doc.datePrecision ? ` (${doc.datePrecision})` : ''} · ${doc.lang ?? 'language unknown'} `, safeExternalLink(doc.url, 'original')),
      h(
        'section',
        { class: 'doc-events' },
        h('h2', {}, `${out.mentions.length} event${out.mentions.length === 1 ? '' : 's'} found in this article`),
        h(
          'ul',
          {},
          out.mentions.map((m) =>
            h('li', {}, h('span', { class: 'badge', style: `background:${typeColor(m.event.type)}` }, m.event.type), ' ', link(`/events/${encodeURIComponent(m.eventId)}`, `${formatDate(m.event.date)} · ${formatPlace(m.event.place)}`)),
          ),
        ),
      ),
      marks.length ? fieldLegend(null) : null,
      text,
      h('p', { class: 'credit' }, 'Places: GeoNames (CC BY 4.0)'),
    ),
  );
}
