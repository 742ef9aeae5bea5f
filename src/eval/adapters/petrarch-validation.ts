// petrarch-validation: stylised sentences with expected CAMEO codings (fictional states); the CAMEO
// event code is turned into PLOVER with ../shared/gold/dev/plover-gsr/CAMEO2PLOVER-2021.txt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType } from '../../core/contract.js';
import type { EventGoldSet, GoldDoc, LoadOptions } from '../types.js';
import { GoldFileError, readJsonl, take } from '../gold-files.js';

export const NAME = 'petrarch-validation';

interface PetrRecord {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly expected_codings?: readonly { readonly eventcode?: string }[];
}

/** CAMEO code → PLOVER type, from lines "190: ASSAULT, , military # ...". */
export function loadCameoToPlover(path: string): Map<string, PloverType> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldFileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const out = new Map<string, PloverType>();
  for (const line of raw.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (m?.[1] && m[2] && (PLOVER_TYPES as readonly string[]).includes(m[2])) out.set(m[1], m[2] as PloverType);
  }
  return out;
}

/** The longest known prefix of a CAMEO code. */
export function cameoToPlover(code: string, table: ReadonlyMap<string, PloverType>): PloverType | undefined {
  for (let n = code.length; n >= 2; n--) {
    const t = table.get(code.slice(0, n));
    if (t) return t;
  }
  return undefined;
}

export function load(opts: LoadOptions): EventGoldSet {
  const path = join(opts.goldDir, NAME, 'petrarch_unittest_records.jsonl');
  const table = loadCameoToPlover(join(opts.goldDir, 'plover-gsr', 'CAMEO2PLOVER-2021.txt'));
  const docs: GoldDoc[] = take(readJsonl(path) as PetrRecord[], opts.limit).map((r, i) => {
    if (typeof r?.text !== 'string') throw new GoldFileError(`${path}:${i + 1}: field text missing`);
    const d = /^(\d{4})(\d{2})(\d{2})$/.exec(r.date ?? '');
    // PETRARCH writes one coding per (source, target) pair; Vigie writes one event with all its
    // actors, so codings of the same PLOVER type in one sentence are one expected event.
    const byType = new Map<string, { type?: PloverType; label: string }>();
    for (const code of (r.expected_codings ?? []).map((c) => c.eventcode ?? '').filter((c) => /^\d{2,4}$/.test(c))) {
      const type = cameoToPlover(code, table);
      const key = type ?? `cameo:${code}`;
      if (!byType.has(key)) byType.set(key, { ...(type ? { type } : {}), label: code });
    }
    const events = [...byType.values()];
    return { input: { id: `${NAME}:${r.id}`, text: r.text, date: d ? `${d[1]}-${d[2]}-${d[3]}` : null, lang: 'en' }, events };
  });
  return {
    kind: 'events',
    name: NAME,
    docs,
    notes: ['CAMEO event codes turned into PLOVER with CAMEO2PLOVER-2021.txt (longest prefix); codings of one PLOVER type in a sentence (one per actor pair) count as one event; actors are fictional: only detection and type are scored'],
  };
}
