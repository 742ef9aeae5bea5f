// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). No time zones, no words.

const MS_PER_DAY = 86_400_000;

/** Day number of y-m-d, or null when the date does not exist (31 February). */
export function dayNumber(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return Math.round(t / MS_PER_DAY);
}

export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** YYYY-MM-DD of a day number. */
export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** ISO weekday of a day number: Monday 1 … Sunday 7. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Monday of the ISO week holding day n. */
export function weekStart(n: number): number {
  return n - (isoWeekday(n) - 1);
}

/** Adds months to (y, m), returning the new (y, m). */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** First and last day numbers of a month. */
export function monthSpan(y: number, m: number): [number, number] {
  return [dayNumber(y, m, 1)!, dayNumber(y, m, daysInMonth(y, m))!];
}

export function yearSpan(y: number): [number, number] {
  return [dayNumber(y, 1, 1)!, dayNumber(y, 12, 31)!];
}
