// What the exporters write: a contract event plus, when it comes from the store, its id,
// how many sources report it and the figures derived from its claims.
import type { CountKind, Event } from '../core/contract.js';
import type { Figure, StoredEvent } from '../store/event-store.js';

export interface ExportItem {
  readonly id: string | null;
  readonly event: Event;
  readonly sourceCount: number | null;
  readonly documentIds: readonly string[];
  readonly figures: Partial<Record<CountKind, Figure>>;
}

export function fromStoredEvent(e: StoredEvent): ExportItem {
  return { id: e.id, event: e.event, sourceCount: e.sourceCount, documentIds: e.documentIds, figures: e.figures };
}

export function fromEvent(event: Event, id: string | null = null): ExportItem {
  return { id, event, sourceCount: null, documentIds: [], figures: {} };
}

/** Best killed figure: the derived figure when the store has one, else the event's own count. */
export function fatalities(item: ExportItem): number {
  const fig = item.figures.killed;
  if (fig) return fig.best;
  return item.event.counts.killed?.value ?? 0;
}
