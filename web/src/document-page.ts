// One stored article with every event found in it highlighted; each highlight links to its event.
import { getDocument } from './api.js';
import { typeColor } from './colors.js';
import { h, link, safeExternalLink } from './dom.js';
import { evidenceText } from './evidence-text.js';
import { formatDate, formatPlace } from './format.js';

export async function renderDocument(root: HTMLElement, id: string, navigate: (path: string) => void): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const out = await getDocument(id);
  const doc = out.document;
  const spans = out.spans.map((s, i) => ({ start: s.start, end: s.end, key: `${i}` }));
  const text = evidenceText(doc.text, spans, (keys) => {
    const s = out.spans[Number(keys[0])]!;
    return { className: `evidence type-${s.type}`, title: `${keys.length > 1 ? `${keys.length} events` : `${s.type} event`}: click to open`, eventId: s.eventId, color: typeColor(s.type) };
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
      text,
      h('p', { class: 'credit' }, 'Places: GeoNames (CC BY 4.0)'),
    ),
  );
}
