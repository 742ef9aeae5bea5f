// Day arithmetic on YYYY-MM-DD strings (UTC, no clock read).
const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/** Days from the range [start, end] to day (0 inside the range). */
export function daysOutside(day: string, start: string, end: string): number | null {
  const d = dayNumber(day);
  const s = dayNumber(start);
  const e = dayNumber(end);
  if (d === null || s === null || e === null) return null;
  if (d < s) return s - d;
  if (d > e) return d - e;
  return 0;
}

/** "2014-02-22", "22/02/2014" (dmy), "2/18/2014 12:00:00 AM" (mdy), "2013-09-25T00:00:00" → YYYY-MM-DD. */
export function normaliseDay(value: string | undefined, slashOrder: 'dmy' | 'mdy' = 'dmy'): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return valid(`${m[1]}-${m[2]}-${m[3]}`);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v);
  if (m) {
    const [a, b] = slashOrder === 'dmy' ? [m[1], m[2]] : [m[2], m[1]];
    return valid(`${m[3]}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`);
  }
  return null;
}

function valid(iso: string): string | null {
  const n = dayNumber(iso);
  if (n === null) return null;
  return new Date(n * DAY_MS).toISOString().slice(0, 10) === iso ? iso : null;
}
