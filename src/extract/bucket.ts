// Groups items by sentence index once, so that per-event stages look at their own sentence only.
export function bySentence<T>(items: readonly T[], sentenceOf: (item: T) => number | undefined): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const it of items) {
    const s = sentenceOf(it);
    if (s === undefined) continue;
    let list = map.get(s);
    if (!list) map.set(s, (list = []));
    list.push(it);
  }
  return map;
}

/** Index of the last element of a sorted array whose key is <= value; -1 when none. */
export function lastAtOrBefore<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
