// The timeline: events (bars) and killed (best, line) per day; dragging across it selects a period.
import type { AggregateRow } from '../../src/store/event-store.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (d: string) => Date.parse(`${d}T00:00:00Z`);

export interface TimelineOptions {
  readonly rows: readonly AggregateRow[];
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly onBrush: (since: string, until: string) => void;
}

export function renderTimeline(container: HTMLElement, opts: TimelineOptions): void {
  const width = Math.max(300, container.clientWidth || 900);
  const height = 120;
  const pad = { l: 36, r: 36, t: 8, b: 20 };
  const rows = opts.rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.bucket));
  const root = svg('svg', { width, height, class: 'timeline-svg', role: 'img', 'aria-label': 'events and killed per day; drag to select a period' });
  container.replaceChildren(root);
  if (!rows.length) {
    const t = svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'muted' });
    t.textContent = 'no dated events';
    root.appendChild(t);
    return;
  }
  const t0 = Math.min(...rows.map((r) => fromDay(r.bucket)));
  const t1 = Math.max(...rows.map((r) => fromDay(r.bucket))) + DAY;
  const plotW = width - pad.l - pad.r;
  const plotH = height - pad.t - pad.b;
  const x = (ms: number) => pad.l + ((ms - t0) / (t1 - t0)) * plotW;
  const msAt = (px: number) => t0 + ((Math.min(Math.max(px, pad.l), pad.l + plotW) - pad.l) / plotW) * (t1 - t0);
  const maxEvents = Math.max(...rows.map((r) => r.events), 1);
  const maxKilled = Math.max(...rows.map((r) => r.killedBest), 1);
  const barW = Math.max(1.5, plotW / ((t1 - t0) / DAY) - 1);

  for (const r of rows) {
    const bh = (r.events / maxEvents) * plotH;
    const bar = svg('rect', { x: x(fromDay(r.bucket)), y: pad.t + plotH - bh, width: barW, height: bh, class: 'bar' });
    const title = svg('title', {});
    title.textContent = `${r.bucket}: ${r.events} events, ${r.killedBest} killed (best; ${r.killedLow}–${r.killedHigh})`;
    bar.appendChild(title);
    root.appendChild(bar);
  }
  const killed = rows.filter((r) => r.killedBest > 0);
  for (const r of killed) {
    root.appendChild(svg('circle', { cx: x(fromDay(r.bucket)) + barW / 2, cy: pad.t + plotH - (r.killedBest / maxKilled) * plotH, r: 3, class: 'killed-dot' }));
  }
  const label = (text: string, attrs: Record<string, string | number>) => {
    const t = svg('text', { class: 'axis', ...attrs });
    t.textContent = text;
    root.appendChild(t);
  };
  label(toDay(t0), { x: pad.l, y: height - 4 });
  label(toDay(t1 - DAY), { x: width - pad.r, y: height - 4, 'text-anchor': 'end' });
  label(`${maxEvents} ev.`, { x: 2, y: pad.t + 10 });
  label(`${maxKilled} killed`, { x: width - 2, y: pad.t + 10, 'text-anchor': 'end', class: 'axis killed-label' });

  const sel = svg('rect', { x: 0, y: pad.t, width: 0, height: plotH, class: 'brush' });
  root.appendChild(sel);
  if (opts.since || opts.until) {
    const a = opts.since ? fromDay(opts.since) : t0;
    const b = opts.until ? fromDay(opts.until) + DAY : t1;
    sel.setAttribute('x', String(x(Math.max(a, t0))));
    sel.setAttribute('width', String(Math.max(0, x(Math.min(b, t1)) - x(Math.max(a, t0)))));
  }

  let startPx: number | null = null;
  const localX = (ev: PointerEvent) => ev.clientX - root.getBoundingClientRect().left;
  root.addEventListener('pointerdown', (ev) => {
    startPx = localX(ev);
    root.setPointerCapture(ev.pointerId);
    sel.setAttribute('x', String(startPx));
    sel.setAttribute('width', '0');
  });
  root.addEventListener('pointermove', (ev) => {
    if (startPx === null) return;
    const cur = localX(ev);
    sel.setAttribute('x', String(Math.min(cur, startPx)));
    sel.setAttribute('width', String(Math.abs(cur - startPx)));
  });
  root.addEventListener('pointerup', (ev) => {
    if (startPx === null) return;
    const a = msAt(Math.min(startPx, localX(ev)));
    const b = msAt(Math.max(startPx, localX(ev)));
    startPx = null;
    if (Math.abs(x(b) - x(a)) < 3) return;
    opts.onBrush(toDay(a), toDay(Math.max(a, b - 1)));
  });
}
