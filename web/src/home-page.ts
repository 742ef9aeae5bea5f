// The overview: filters (mirrored in the URL), the map, the timeline and the list of events.
import { aggregates, exportHref, listManyEvents } from './api.js';
import { PLOVER_TYPE_LIST as PLOVER_TYPES, typeColor } from './colors.js';
import { geonamesCredit, h, link } from './dom.js';
import { filtersToSearch, withoutPeriod, type Filters } from './filters.js';
import { formatEventTotal, formatPlace } from './format.js';
import { createMapView } from './map-view.js';
import { renderTimeline } from './timeline.js';

const MAP_MAX = 5000;

function filterForm(f: Filters, navigate: (f: Filters) => void): HTMLFormElement {
  const input = (name: keyof Filters, label: string, attrs: Record<string, string> = {}) =>
    h('label', {}, label, h('input', { name, value: f[name] ?? '', ...attrs }));
  const type = h('select', { name: 'type' }, h('option', { value: '' }, 'all types'), PLOVER_TYPES.map((t) => h('option', { value: t }, t)));
  type.value = f.type ?? '';
  const form = h(
    'form',
    { class: 'filters', id: 'filters' },
    h('label', {}, 'Type', type),
    input('country', 'Country', { placeholder: 'ISO-3, e.g. UKR', size: '6', maxlength: '3' }),
    input('actor', 'Actor', { placeholder: 'name or id', size: '12' }),
    input('since', 'From', { type: 'date' }),
    input('until', 'To', { type: 'date' }),
    input('text', 'Text', { placeholder: 'search', type: 'search', size: '14' }),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', class: 'secondary', id: 'clear-filters' }, 'Clear'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next: Filters = {};
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v.trim()) (next as Record<string, string>)[k] = k === 'country' ? v.trim().toUpperCase() : v.trim();
    navigate(next);
  });
  form.querySelector('#clear-filters')?.addEventListener('click', () => navigate({}));
  return form;
}

export async function renderHome(root: HTMLElement, f: Filters, navigate: (path: string) => void): Promise<() => void> {
  const go = (next: Filters) => navigate(`/${filtersToSearch(next)}`);
  const status = h('p', { class: 'status', id: 'status' }, 'Loading…');
  const mapBox = h('div', { class: 'map', id: 'map' });
  const timelineBox = h('div', { class: 'timeline', id: 'timeline' });
  const list = h('ol', { class: 'event-list', id: 'event-list' });
  const exports = h(
    'p',
    { class: 'exports' },
    'Export: ',
    h('a', { href: exportHref('csv', f), download: '' }, 'CSV (ACLED-style)'),
    ' · ',
    h('a', { href: exportHref('geojson', f), download: '' }, 'GeoJSON'),
    ' · ',
    h('a', { href: exportHref('json', f), download: '' }, 'JSON'),
  );
  const legend = h('p', { class: 'legend' }, PLOVER_TYPES.map((t) => h('span', { class: 'legend-item' }, h('i', { style: `background:${typeColor(t)}` }), t)));
  root.replaceChildren(
    filterForm(f, go),
    h('section', { class: 'overview' }, h('div', { class: 'map-col' }, mapBox, legend, geonamesCredit()), h('aside', { class: 'list-col' }, status, list, exports)),
    h('section', { class: 'timeline-box' }, h('h2', {}, 'Timeline: events (bars) and killed (dots) per day; drag to select a period'), timelineBox),
  );
  const map = createMapView(mapBox);

  const [events, agg] = await Promise.all([listManyEvents(f, MAP_MAX), aggregates(withoutPeriod(f))]);
  map.setEvents(events.items);
  const killed = agg.rows.filter((r) => (!f.since || r.bucket >= f.since) && (!f.until || r.bucket <= f.until)).reduce((s, r) => s + r.killedBest, 0);
  const partial = events.totalIsLowerBound || events.items.length < events.total;
  status.textContent = `${formatEventTotal(events.total, events.totalIsLowerBound)}${partial ? ` (map shows ${events.items.length.toLocaleString('en-US')})` : ''} · ${killed} killed (best estimate) in period`;
  renderTimeline(timelineBox, { rows: agg.rows, since: f.since, until: f.until, onBrush: (since, until) => go({ ...f, since, until }) });
  for (const e of events.items.slice(0, 200)) {
    const ev = e.event;
    list.appendChild(
      h(
        'li',
        { class: 'event-item' },
        h('span', { class: 'badge', style: `background:${typeColor(ev.type)}` }, ev.type),
        ' ',
        link(`/events/${encodeURIComponent(e.id)}`, `${ev.date?.start ?? 'undated'} · ${ev.place ? formatPlace(ev.place) : 'place unknown'}`),
        h('span', { class: 'muted' }, ` · ${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}${e.figures.killed ? ` · ${e.figures.killed.best} killed${e.figures.killed.contested ? ' (contested)' : ''}` : ''}`),
      ),
    );
  }
  return () => map.destroy();
}
