// duckling-time-numeral: the date and number parsers alone, on Duckling's test expressions
// (reference time Tue 2013-02-12 04:30; Duckling resolves bare weekdays forward, so the parser is
// called with weekdayDirection 'future' here). Times of day are not modelled: only their day is scored.
import { join } from 'node:path';
import type { LoadOptions, Miss, SetReport } from '../types.js';
import { readJsonl } from '../gold-files.js';
import { FieldCounter } from '../metrics.js';
import { dayNumber } from '../dates.js';
import { loadFindDates, loadFindNumbers, type FindDates, type FindNumbers } from './components.js';

export const NAME = 'duckling-time-numeral';
const REFERENCE = { value: '2013-02-12', precision: 'day' } as const;
const SUB_DAY = new Set(['hour', 'minute', 'second']);

/** One line of the duckling-time-numeral gold files. */
export interface DucklingRow {
  readonly kind: string;
  readonly text: string;
  readonly value?: string | number;
  readonly grain?: string;
  readonly from?: string;
  readonly to?: string;
  readonly unit?: string;
}

function dayBefore(iso: string): string {
  const n = dayNumber(iso.slice(0, 10));
  return n === null ? '' : new Date((n - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** The mention that covers most of the expression (the parser's reading of the whole). */
function longest<T extends { readonly text: string }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => b.text.length - a.text.length)[0];
}

function scoreTime(rows: readonly DucklingRow[], lang: string, findDates: FindDates, fields: FieldCounter, misses: Miss[]): void {
  for (const r of rows) {
    if (r.kind === 'open_interval') continue;
    const sub = SUB_DAY.has(r.grain ?? '');
    const field = `${lang}_${r.kind === 'interval' ? 'interval' : 'instant'}${sub ? '_day_of_time' : ''}`;
    const m = longest(findDates(r.text, REFERENCE, { weekdayDirection: 'future', yearDirection: 'future' }));
    let hit: boolean;
    let want: string;
    if (r.kind === 'interval' && r.from && r.to) {
      const end = sub ? r.to.slice(0, 10) : dayBefore(r.to);
      want = `${r.from.slice(0, 10)}..${end}`;
      hit = m?.start === r.from.slice(0, 10) && (sub || m.end === end);
    } else {
      want = String(r.value ?? '').slice(0, 10);
      hit = m?.start === want;
    }
    fields.add(field, hit);
    if (!hit) misses.push({ id: `${lang}:${r.text}`, text: r.text, problems: [`date ${m ? `${m.start ?? 'null'}..${m.end ?? 'null'} from "${m.text}"` : 'none'} (want ${want}, grain ${r.grain ?? '?'})`], weight: 1 });
  }
}

function scoreNumbers(rows: readonly DucklingRow[], field: string, findNumbers: FindNumbers, fields: FieldCounter, misses: Miss[]): void {
  for (const r of rows) {
    const m = longest(findNumbers(r.text));
    const hit = m !== undefined && m.value === r.value;
    fields.add(field, hit);
    if (!hit) misses.push({ id: `${field}:${r.text}`, text: r.text, problems: [`number ${m ? `${m.value} from "${m.text}"` : 'none'} (want ${r.value})`], weight: 1 });
  }
}

export async function runDuckling(opts: LoadOptions & { readonly worst?: number }): Promise<SetReport> {
  const t0 = performance.now();
  const dir = join(opts.goldDir, NAME);
  const read = (f: string): DucklingRow[] => {
    const rows = readJsonl(join(dir, f)) as DucklingRow[];
    return opts.limit !== undefined ? rows.slice(0, opts.limit) : rows;
  };
  const fields = new FieldCounter();
  const misses: Miss[] = [];
  const notes: string[] = ['reference 2013-02-12 (Tuesday); bare weekdays and yearless dates resolved forward as Duckling does; only the day of a time is scored; intervals need both ends (Duckling\'s end is exclusive)'];
  let docs = 0;
  let errors = 0;
  for (const lang of ['fr', 'en']) {
    const dates = loadFindDates(lang);
    if (dates.ok) {
      const rows = read(`time_${lang}.jsonl`);
      docs += rows.length;
      try {
        scoreTime(rows, lang, dates.value, fields, misses);
      } catch (e) {
        errors++;
        notes.push(`dates ${lang}: parser threw: ${(e as Error).message}`);
      }
    } else notes.push(`dates ${lang}: skipped: ${dates.reason}`);
    const numbers = loadFindNumbers(lang);
    if (numbers.ok) {
      const sets: [string, string][] = lang === 'fr' ? [['numeral_fr.jsonl', 'fr_numeral'], ['ordinal_fr.jsonl', 'fr_ordinal']] : [['numeral_en.jsonl', 'en_numeral']];
      for (const [file, field] of sets) {
        const rows = read(file);
        docs += rows.length;
        try {
          scoreNumbers(rows, field, numbers.value, fields, misses);
        } catch (e) {
          errors++;
          notes.push(`${field}: parser threw: ${(e as Error).message}`);
        }
      }
    } else notes.push(`numbers ${lang}: skipped: ${numbers.reason}`);
  }
  const ratios = fields.ratios();
  const headline = Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, v.pct]));
  return {
    name: NAME,
    kind: 'component',
    docs,
    goldEvents: 0,
    predictedEvents: 0,
    seconds: Math.round(performance.now() - t0) / 1000,
    headline,
    fields: ratios,
    worst: misses.slice(0, opts.worst ?? 10),
    notes,
    ...(docs === 0 ? { skipped: 'no language pack for the date and number parsers (see notes)' } : {}),
    errors,
    invalidEvents: 0,
  };
}
