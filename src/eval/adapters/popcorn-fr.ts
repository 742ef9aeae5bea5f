// popcorn-fr: French event reports. Event entities of a conflict type (eval/mappings/popcorn-types.tsv)
// are the expected events; a text with none is a negative. TIME/QUANTITY mention offsets are
// unreliable, so only their values are used.
import { join } from 'node:path';
import type { EventGoldSet, GoldDoc, GoldEvent, LoadOptions } from '../types.js';
import { cellNumber, GoldFileError, readJson, take } from '../gold-files.js';
import { loadMapping } from '../mappings.js';

export const NAME = 'popcorn-fr';

interface PopEntity {
  readonly id: number;
  readonly type: string;
  readonly value?: string;
  readonly mentions?: readonly { readonly value: string; readonly start: number; readonly end: number }[];
}
interface PopDoc {
  readonly text: string;
  readonly entities: readonly PopEntity[];
  readonly relations?: readonly (readonly [number, string, number])[];
}

/** "29/03/2019" → "2019-03-29"; null when a part is unknown ("00/00/2017"). */
export function popcornDay(value: string | undefined): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '');
  if (!m || m[1] === '00' || m[2] === '00' || m[3] === '0000') return null;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

export function load(opts: LoadOptions): EventGoldSet {
  const path = join(opts.goldDir, NAME, 'train.json');
  const raw = readJson(path);
  if (!raw || typeof raw !== 'object') throw new GoldFileError(`${path}: expected an object of texts keyed by id`);
  const table = new Map(loadMapping('popcorn-types.tsv').map((m) => [m.label, m]));
  const entries = take(Object.entries(raw as Record<string, PopDoc>), opts.limit);
  const docs: GoldDoc[] = entries.map(([id, d]) => {
    if (typeof d?.text !== 'string' || !Array.isArray(d.entities)) throw new GoldFileError(`${path}: text ${id}: field text or entities missing`);
    const ents = new Map(d.entities.map((e) => [e.id, e]));
    const rel = d.relations ?? [];
    const days = [...new Set(d.entities.filter((e) => e.type === 'TIME_EXACT').map((e) => popcornDay(e.value)).filter((x): x is string => x !== null))];
    const events: GoldEvent[] = [];
    for (const e of d.entities) {
      const m = table.get(e.type);
      if (!m?.event) continue;
      const linked = (type: string): PopEntity[] => rel.filter(([a, t]) => a === e.id && t === type).map(([, , b]) => ents.get(b)).filter((x): x is PopEntity => x !== undefined);
      const placeNames = [...linked('IS_LOCATED_IN'), ...linked('STARTED_IN')].filter((p) => p.type === 'PLACE').flatMap((p) => (p.mentions ?? []).map((x) => x.value));
      const killed = linked('DEATHS_NUMBER').map((q) => cellNumber(q.value)).find((n) => n !== null);
      const injured = linked('INJURED_NUMBER').map((q) => cellNumber(q.value)).find((n) => n !== null);
      events.push({
        ...(m.plover ? { type: m.plover } : {}),
        ...(m.acled ? { acled: m.acled } : {}),
        label: e.type,
        ...(days.length === 1 && days[0] ? { date: { start: days[0], end: days[0] } } : {}),
        ...(placeNames.length ? { places: [{ names: [...new Set(placeNames)], scoreCoords: false }] } : {}),
        ...(killed !== undefined && killed !== null ? { killed: { value: killed } } : {}),
        ...(injured !== undefined && injured !== null ? { injured: { value: injured } } : {}),
      });
    }
    return { input: { id: `${NAME}:${id}`, text: d.text, date: null, lang: 'fr' }, events };
  });
  return {
    kind: 'events',
    name: NAME,
    docs,
    notes: [
      'expected events = entities of a conflict type in eval/mappings/popcorn-types.tsv (fire, accident, epidemic... are negatives); no publication date given',
      'place scored by name (IS_LOCATED_IN / STARTED_IN mentions against the gazetteer name or the words its field evidence points to); date only when the text has exactly one complete TIME_EXACT value',
    ],
  };
}
