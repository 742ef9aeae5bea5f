// Blocking keys: type group × country × day. Two mentions that comparePair could merge always share
// a key (each mention emits every day of its interval plus the largest day tolerance after it), so the
// store only compares a mention with the few events filed under its keys: no all-pairs comparison.
import { eventInterval, isoDay } from './date-window.js';
import type { ResolverOptions } from './options.js';
import { typeGroupOf } from './type-groups.js';
import type { MentionInput } from './types.js';

/** Intervals longer than this are filed under one key per year (they only meet other vague events). */
const MAX_DAY_KEYS = 62;

export function mentionCountries(m: MentionInput): string[] {
  const e = m.event;
  if (e.place?.country) return [e.place.country];
  const fromActors = [...new Set(e.actors.map((a) => a.country).filter((c): c is string => !!c))].sort();
  return fromActors.length > 0 ? fromActors : ['?'];
}

export function blockingKeysOf(m: MentionInput, o: ResolverOptions): string[] {
  const interval = eventInterval(m.event.date, m.publishedAt, o.undatedLookbackDays, o.fallbackDateRules);
  if (!interval) return [];
  const group = typeGroupOf(m.event.type, o.typeGroups);
  const countries = mentionCountries(m);
  const maxTol = Math.max(...Object.values(o.dayTolerance));
  const last = interval.to + maxTol;
  const keys: string[] = [];
  for (const c of countries) {
    if (last - interval.from + 1 > MAX_DAY_KEYS) {
      for (let y = Number(isoDay(interval.from).slice(0, 4)); y <= Number(isoDay(interval.to).slice(0, 4)); y++) keys.push(`${group}|${c}|y${y}`);
      continue;
    }
    for (let d = interval.from; d <= last; d++) keys.push(`${group}|${c}|${isoDay(d)}`);
  }
  return keys;
}
