// An article's text with evidence spans marked: text nodes and <mark> elements only.
import { h } from './dom.js';
import { runs, type HighlightSpan } from './highlight.js';

export interface MarkInfo {
  readonly className: string;
  readonly title?: string;
  readonly eventId?: string;
  /** Underline colour (the event type's). */
  readonly color?: string;
  /** The event field these words gave ("place", "counts.killed"): data-field, for styling and tests. */
  readonly field?: string;
}

export function evidenceText(text: string, spans: readonly HighlightSpan[], info: (keys: readonly string[]) => MarkInfo): HTMLElement {
  const box = h('div', { class: 'article-text' });
  for (const r of runs(text, spans)) {
    if (!r.keys.length) {
      box.appendChild(document.createTextNode(r.text));
      continue;
    }
    const i = info(r.keys);
    box.appendChild(
      h('mark', { class: i.className, title: i.title, 'data-event-id': i.eventId, 'data-start': String(r.start), 'data-field': i.field, style: i.color ? `border-bottom-color:${i.color}` : undefined }, r.text),
    );
  }
  return box;
}
