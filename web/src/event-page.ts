// One event: what, who, where, when (with precision), its figures, the claims side by side with
// their sources, and every source article with this event's evidence highlighted.
import { getDocument, getEvent, type EventDetailOut } from './api.js';
import { typeColor } from './colors.js';
import { geonamesCredit, h, link, safeExternalLink } from './dom.js';
import { evidenceText, type MarkInfo } from './evidence-text.js';
import { fieldLegend } from './field-legend.js';
import { fieldMarks, fieldSpans, innermost } from './field-marks.js';
import { formatClaim, formatCount, formatDate, formatFigure, formatPlace } from './format.js';

function facts(d: EventDetailOut): HTMLElement {
  const e = d.event;
  const row = (k: string, ...v: (Node | string)[]) => h('tr', {}, h('th', {}, k), h('td', {}, ...v));
  return h(
    'table',
    { class: 'facts' },
    row('What', `${e.type}${e.mode ? ` (${e.mode})` : ''} · ${e.modality}`, e.acled ? ` · ACLED: ${e.acled.event_type} / ${e.acled.sub_event_type}` : '', e.cameo ? ` · CAMEO ${e.cameo}` : ''),
    row('Context', e.context.length ? e.context.join(', ') : '—'),
    row('Who', e.actors.length ? h('ul', {}, e.actors.map((a) => h('li', {}, `${a.name}`, h('span', { class: 'muted' }, ` ${a.role ?? ''} · ${a.kind}${a.country ? ` · ${a.country}` : ''}${a.id ? ` · ${a.id}` : ''}`)))) : '—'),
    row('Where', formatPlace(e.place), e.place?.lat != null && e.place.lon != null ? h('span', { class: 'muted' }, ` · ${e.place.lat.toFixed(3)}, ${e.place.lon.toFixed(3)}${e.place.geonameid ? ` · GeoNames ${e.place.geonameid}` : ''}`) : ''),
    row('When', formatDate(e.date), e.date ? h('span', { class: 'muted' }, ` · rule: ${e.date.rule}`) : ''),
    row('According to', e.attribution ? e.attribution.name : 'the outlet itself'),
    row('Sources', `${d.sourceCount} source${d.sourceCount === 1 ? '' : 's'}, ${d.mentionCount} mention${d.mentionCount === 1 ? '' : 's'}`),
    row('Confidence', e.confidence.toFixed(2)),
  );
}

function figures(d: EventDetailOut): HTMLElement | null {
  const entries = Object.entries(d.figures);
  if (!entries.length) return null;
  return h(
    'section',
    { class: 'figures' },
    h('h2', {}, 'Figures (derived from the claims)'),
    h('ul', {}, entries.map(([kind, f]) => h('li', {}, h('strong', {}, kind), `: ${formatFigure(f)} from ${f.claims} claim${f.claims === 1 ? '' : 's'}`, f.contested ? h('span', { class: 'contested' }, ' contested') : null))),
  );
}

function claims(d: EventDetailOut): HTMLElement {
  const docTitle = new Map(d.documents.map((doc) => [doc.id, doc.title ?? doc.id]));
  const byKind = new Map<string, typeof d.claims[number][]>();
  for (const c of d.claims) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  if (!d.claims.length) {
    const counts = Object.entries(d.event.counts);
    return h('section', { class: 'claims' }, h('h2', {}, 'Claims'), counts.length ? h('p', {}, counts.map(([k, c]) => `${k}: ${formatCount(c)}`).join(' · ')) : h('p', { class: 'muted' }, 'No figures reported.'));
  }
  return h(
    'section',
    { class: 'claims', id: 'claims' },
    h('h2', {}, 'Claims side by side'),
    [...byKind.entries()].map(([kind, list]) =>
      h(
        'div',
        { class: 'claim-row' },
        h('h3', {}, kind),
        h(
          'div',
          { class: 'claim-cards' },
          list.map((c) =>
            h(
              'article',
              { class: 'claim-card' },
              h('p', { class: 'claim-value' }, formatClaim(c)),
              h('p', {}, 'according to ', h('strong', {}, c.claimant ?? 'the outlet itself')),
              h('p', { class: 'muted' }, `${c.outlet ?? 'unknown outlet'}${c.publishedAt ? ` · ${c.publishedAt}` : ''}`),
              c.evidence ? h('blockquote', {}, c.evidence.text) : null,
              h('p', {}, link(`/documents/${encodeURIComponent(c.documentId)}`, docTitle.get(c.documentId) ?? c.documentId)),
            ),
          ),
        ),
      ),
    ),
  );
}

async function sources(d: EventDetailOut): Promise<HTMLElement> {
  const box = h('section', { class: 'sources', id: 'sources' }, h('h2', {}, 'Source articles (evidence highlighted)'));
  const mine = new Set(d.mentions.map((m) => m.id));
  const docs = await Promise.all(d.documents.map((doc) => getDocument(doc.id).catch(() => null)));
  for (const out of docs) {
    if (!out) continue;
    const doc = out.document;
    const spans = out.spans.map((s, i) => ({ start: s.start, end: s.end, key: `${mine.has(s.mentionId) ? 'own' : 'other'}:${i}` }));
    // This event's reports in this article: which words gave each of their fields.
    const marks = fieldMarks(doc.text, d.mentions.filter((m) => m.documentId === doc.id).map((m) => m.event));
    const info = (keys: readonly string[]): MarkInfo => {
      const own = keys.some((k) => k.startsWith('own:'));
      const f = innermost(marks, keys);
      const base = own ? 'evidence' : keys.some((k) => k.startsWith('other:')) ? 'evidence-other' : 'field-only';
      if (!f) return { className: base, title: own ? 'evidence for this event' : 'evidence for another event' };
      return { className: `${base} field field-${f.mark.kind}`, title: f.all.map((m) => `${m.field} → ${m.label}`).join('\n'), field: f.mark.field };
    };
    box.appendChild(
      h(
        'article',
        { class: 'source-article' },
        h('h3', {}, link(`/documents/${encodeURIComponent(doc.id)}`, doc.title ?? doc.id)),
        h('p', { class: 'muted' }, `${doc.source ?? 'unknown outlet'} · ${doc.date ?? 'undated'} · ${doc.lang ?? ''} `, safeExternalLink(doc.url, 'original')),
        marks.length ? h('details', { class: 'field-details', open: '' }, h('summary', {}, 'Which words gave each field'), fieldLegend(marks)) : null,
        evidenceText(doc.text, [...spans, ...fieldSpans(marks)], info),
      ),
    );
  }
  return box;
}

export async function renderEvent(root: HTMLElement, id: string): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, 'Loading…'));
  const d = await getEvent(id);
  const e = d.event;
  root.replaceChildren(
    h(
      'div',
      { class: 'event-page' },
      h('p', {}, link('/', '← all events')),
      h('h1', {}, h('span', { class: 'badge', style: `background:${typeColor(e.type)}` }, e.type), ` ${e.place?.name ?? ''} ${e.date?.start ?? ''}`),
      facts(d),
      geonamesCredit(),
      figures(d),
      claims(d),
    ),
  );
  root.firstElementChild?.appendChild(await sources(d));
}
