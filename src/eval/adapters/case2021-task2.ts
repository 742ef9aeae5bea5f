// case2021-task2: English snippets, one ACLED-derived sub-type each (eval/mappings/case2021-subtypes.tsv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EventGoldSet, GoldDoc, LoadOptions } from '../types.js';
import { GoldFileError, take } from '../gold-files.js';
import { loadMapping } from '../mappings.js';

export const NAME = 'case2021-task2';

export function load(opts: LoadOptions): EventGoldSet {
  const path = join(opts.goldDir, NAME, 'case2021_task2.dev.tsv');
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(path, 'utf8'), { columns: true, delimiter: '\t', bom: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (e) {
    throw new GoldFileError(`${path}: ${(e as Error).message}`);
  }
  const table = new Map(loadMapping('case2021-subtypes.tsv').map((m) => [m.label, m]));
  const unknown = new Set<string>();
  const docs: GoldDoc[] = take(rows, opts.limit).map((r, i) => {
    const label = (r.SubType ?? '').trim();
    const m = table.get(label);
    if (!m) unknown.add(label);
    const events = m && !m.event ? [] : [{ ...(m?.plover ? { type: m.plover } : {}), ...(m?.acled ? { acled: m.acled } : {}), label }];
    return { input: { id: `${NAME}:${r.id || i + 1}`, text: r.EventSnippet ?? '', date: null, lang: 'en' }, events };
  });
  return {
    kind: 'events',
    name: NAME,
    docs,
    notes: [
      'sub-types mapped with eval/mappings/case2021-subtypes.tsv; ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER are negatives; DIPLO, ATTRIB, OTHER: type not scored',
      ...(unknown.size ? [`labels missing from the mapping (type not scored): ${[...unknown].join(', ')}`] : []),
    ],
  };
}
