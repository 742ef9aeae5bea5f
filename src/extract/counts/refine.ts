// A vague toll told first ("plusieurs morts", "dozens killed") and a figure told later for the same event ("15
// personnes ont été tuées"): the later figure refines the first instead of telling another event. Only a toll given
// by an approximation word, with no number stated, is vague: "au moins 24 morts" and "50 morts" from two sources are
// two claims, not one refined.
import type { Count } from '../../core/contract.js';

const vague = new WeakSet<Count>();

/** Records that a count was read from an approximation word alone ("plusieurs", "des dizaines", "several"). */
export function markVague(count: Count): Count {
  vague.add(count);
  return count;
}

export function isVague(count: Count): boolean {
  return vague.has(count);
}

const updates = new WeakSet<Count>();

/** Records that a count is a toll's new figure ("the death toll rose to 23"): it updates a lower figure of the same event. */
export function markUpdate(count: Count): Count {
  updates.add(count);
  return count;
}

/**
 * True when `next` states the toll `first` gave vaguely: `first` is vague, `next` is not, and `next` fits it (at or
 * above a floor, within a factor of two of an "about"); or when `next` is a toll's new figure (markUpdate) at or above
 * `first`.
 */
export function refines(first: Count, next: Count): boolean {
  if (updates.has(next) && next.value >= first.value) return true;
  if (!vague.has(first) || vague.has(next)) return false;
  if (first.qualifier === 'at_least') return next.value >= first.value;
  if (first.qualifier === 'about') return next.value >= first.value / 2 && next.value <= first.value * 2;
  return false;
}
