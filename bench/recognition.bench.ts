// Recognition stages (segment, dates, numbers) on a seed-sized French article: ms per article for each
// stage and for the three together, next to a floor measured in the same run (one regex pass over the
// same text that merely finds its words), each the best of 15 trials of 0.1 s. Target: the three together
// well under 0.5 ms for ~2.5 KB.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../src/extract/dates/index.js';
import { findNumbers } from '../src/extract/numbers/index.js';
import { segment } from '../src/extract/segment/index.js';
import { dateLexicon } from '../src/lang/fr/dates.js';
import { numberLexicon } from '../src/lang/fr/numbers.js';
import { segmentLexicon } from '../src/lang/fr/segment.js';
import { REPO_ROOT } from '../src/eval/gold-files.js';
import { type BenchRow, ratioOf } from './types.js';

const SEED = join(REPO_ROOT, '..', 'shared', 'examples', 'karabakh-2023-09.fr.txt');
// Used when ../shared is absent: a French news paragraph of the same kind (~0.6 KB, repeated to ~2.5 KB).
const FALLBACK = "Les discussions entre les deux camps ont débuté jeudi 21 septembre à Yevlakh, au lendemain du cessez-le-feu. "
  + "Selon le dernier bilan, l'opération qui s'est achevée en 24 heures mercredi à la mi-journée a fait au moins 200 morts "
  + "et 400 blessés. Cinq violations ont été enregistrées dans les districts de Chucha (deux) et de Mardakert (trois), "
  + "selon le ministère russe de la Défense. Des dizaines de civils ont fui depuis lundi; entre 10 et 15 villages sont vides.\n\n";

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const TRIALS = 15;
const TRIAL_MS = 100;

/** ms per call: the best of several short trials (a shared machine's load only ever slows a trial down). */
function bestMsPerCall(fn: () => unknown): number {
  for (let i = 0; i < 200; i++) fn();
  let best = Infinity;
  for (let t = 0; t < TRIALS; t++) {
    let runs = 0;
    const t0 = performance.now();
    let ms = 0;
    while (ms < TRIAL_MS) {
      fn();
      runs++;
      ms = performance.now() - t0;
    }
    best = Math.min(best, ms / runs);
  }
  return best;
}

export default async function bench(): Promise<BenchRow[]> {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : FALLBACK.repeat(4);
  const doc = { value: '2023-09', precision: 'month' } as const;
  const label = `${existsSync(SEED) ? 'seed karabakh-2023-09.fr.txt' : 'fallback French text'} (${(text.length / 1024).toFixed(1)} K chars)`;
  const floorMs = bestMsPerCall(() => {
    WORD_RE.lastIndex = 0;
    let n = 0;
    while (WORD_RE.exec(text)) n++;
    return n;
  });
  // The recognisers keep the last text's word index (shared by dates and numbers within one article):
  // two texts alternate so that every call pays for its own scan, as each new article does.
  const texts = [text, `${text} `];
  let turn = 0;
  const next = (): string => texts[turn++ & 1]!;
  const stages: [string, () => unknown][] = [
    ['segment', () => segment(next(), segmentLexicon)],
    ['findDates', () => findDates(next(), dateLexicon, doc)],
    ['findNumbers', () => findNumbers(next(), numberLexicon)],
    ['segment + findDates + findNumbers', () => {
      const t = next();
      segment(t, segmentLexicon);
      findDates(t, dateLexicon, doc);
      findNumbers(t, numberLexicon);
    }],
  ];
  const rows: BenchRow[] = [];
  for (const [name, fn] of stages) {
    const ms = bestMsPerCall(fn);
    rows.push({ group: 'recognition', name: `${label}: ${name}, ms/article`, value: ms, unit: 'ms', baseline: { name: 'word scan', value: floorMs }, ratio: ratioOf(ms, floorMs) });
  }
  return rows;
}
