// Accuracy of the date and number recognisers on Duckling's French/English test expressions
// (../shared/gold/dev/duckling-time-numeral, reference time Tue 2013-02-12 04:30).
// Duckling resolves bare weekdays and yearless dates forward; the recogniser is told to do the same here
// (news default is backward). Times of day are not modelled: only the day is scored.
// Floors are the accuracies measured when the test was written (2026-11-24), rounded down:
// time_fr 67.3% of 452, time_en 36.5% of 694, numeral_fr 96.4% of 56, numeral_en 75.2% of 105, ordinal_fr 100% of 16,
// duration_fr 83.3% of 12. Misses are mostly clock-time arithmetic, holidays, quarters and Indian numbering.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/extract/dates/index.js';
import type { DateLexicon, DateMention } from '../../src/extract/dates/index.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import type { NumberLexicon } from '../../src/extract/numbers/index.js';
import { dateLexicon as frDates } from '../../src/lang/fr/dates.js';
import { dateLexicon as enDates } from '../../src/lang/en/dates.js';
import { numberLexicon as frNumbers } from '../../src/lang/fr/numbers.js';
import { numberLexicon as enNumbers } from '../../src/lang/en/numbers.js';
import type { DucklingRow } from '../../src/eval/parsers/duckling.js';

const DIR = join(import.meta.dirname, '../../../shared/gold/dev/duckling-time-numeral');
const present = existsSync(DIR);
if (!present) console.warn(`duckling tests skipped: ${DIR} is absent (../shared is not checked out)`);

type Row = DucklingRow;

const rows = (file: string): Row[] =>
  readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

const REF = { value: '2013-02-12', precision: 'day' } as const;
const SUB_DAY = new Set(['hour', 'minute', 'second']);

/** Duckling writes a month as 2013-03-00 and a year as 2013-00-00: the first day of it. */
const day = (iso: string): string => iso.slice(0, 10).replace(/-00/g, '-01');

function dayBefore(iso: string): string {
  const t = Date.parse(`${day(iso)}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function longest<T extends { readonly text: string }>(xs: readonly T[]): T | undefined {
  return [...xs].sort((a, b) => b.text.length - a.text.length)[0];
}

/** Share of instants/intervals (open intervals excluded) whose day(s) the recogniser gets right. */
function timeAccuracy(file: string, lex: DateLexicon): { acc: number; n: number; misses: string[] } {
  let ok = 0;
  let n = 0;
  const misses: string[] = [];
  for (const r of rows(file)) {
    if (r.kind === 'open_interval') continue;
    n++;
    const m: DateMention | undefined = longest(findDates(r.text, lex, REF, { weekdayDirection: 'future', yearDirection: 'future' }));
    const sub = SUB_DAY.has(r.grain ?? '');
    let hit: boolean;
    if (r.kind === 'interval' && r.from && r.to) {
      const end = sub ? r.to.slice(0, 10) : dayBefore(r.to);
      hit = m?.start === day(r.from) && (sub || m.end === end);
    } else {
      hit = m?.start === day(String(r.value));
    }
    if (hit) ok++;
    else misses.push(`${r.text} → ${m ? `${m.start}..${m.end} "${m.text}"` : 'none'}`);
  }
  return { acc: ok / n, n, misses };
}

function numberAccuracy(file: string, lex: NumberLexicon): { acc: number; n: number; misses: string[] } {
  const rs = rows(file);
  const misses: string[] = [];
  let ok = 0;
  for (const r of rs) {
    const m = longest(findNumbers(r.text, lex));
    if (m !== undefined && m.value === r.value) ok++;
    else misses.push(`${r.text} → ${m?.value ?? 'none'}`);
  }
  return { acc: ok / rs.length, n: rs.length, misses };
}

describe.skipIf(!present)('duckling-time-numeral dev gold', () => {
  test.each([
    ['time_fr.jsonl', frDates, 0.76],
    ['time_en.jsonl', enDates, 0.45],
  ] as const)('%s: day accuracy above the measured floor', (file, lex, floor) => {
    const r = timeAccuracy(file, lex);
    console.log(`${file}: ${(r.acc * 100).toFixed(1)}% of ${r.n}`);
    if (process.env.DUCKLING_MISSES) console.log(r.misses.join('\n'));
    expect(r.acc).toBeGreaterThanOrEqual(floor);
  });

  test.each([
    ['numeral_fr.jsonl', frNumbers, 0.96],
    ['numeral_en.jsonl', enNumbers, 0.75],
    ['ordinal_fr.jsonl', frNumbers, 1.0],
  ] as const)('%s: value accuracy above the measured floor', (file, lex, floor) => {
    const r = numberAccuracy(file, lex);
    console.log(`${file}: ${(r.acc * 100).toFixed(1)}% of ${r.n}`);
    if (process.env.DUCKLING_MISSES) console.log(r.misses.join('\n'));
    expect(r.acc).toBeGreaterThanOrEqual(floor);
  });

  test('duration_fr.jsonl: value and unit accuracy above the measured floor', () => {
    const rs = rows('duration_fr.jsonl');
    let ok = 0;
    const misses: string[] = [];
    for (const r of rs) {
      const m = findDates(r.text, frDates, REF).find((x) => x.kind === 'duration');
      if (m?.duration !== undefined && m.duration.value === r.value && m.duration.unit === r.unit) ok++;
      else misses.push(r.text);
    }
    console.log(`duration_fr.jsonl: ${((ok / rs.length) * 100).toFixed(1)}% of ${rs.length}`);
    if (process.env.DUCKLING_MISSES) console.log(misses.join('\n'));
    expect(ok / rs.length).toBeGreaterThanOrEqual(0.83);
  });
});
