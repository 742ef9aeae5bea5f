// plover-gsr: PLOVER gold records (sentence, event, mode, source/target actors with country codes).
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType } from '../../core/contract.js';
import type { EventGoldSet, GoldDoc, GoldEvent, LoadOptions } from '../types.js';
import { cellNumber, GoldFileError, readJsonl, take } from '../gold-files.js';
import { loadMapping } from '../mappings.js';
import { countryNames } from '../countries.js';

export const NAME = 'plover-gsr';

interface GsrActor {
  readonly actorText?: string;
  readonly code?: string;
}
interface GsrRecord {
  readonly id: string;
  readonly text: string;
  readonly event: string;
  readonly mode?: string | null;
  readonly source?: readonly GsrActor[] | string;
  readonly target?: readonly GsrActor[] | string;
  readonly dead?: string | null;
  readonly injured?: string | null;
}

function actorCodes(a: GsrRecord['source']): string[] {
  if (!Array.isArray(a)) return [];
  return a.map((x: GsrActor) => x.code ?? '').filter((c) => /^[A-Z]{3}$/.test(c) && countryNames(c).length > 0);
}

export function load(opts: LoadOptions): EventGoldSet {
  const path = join(opts.goldDir, NAME, 'PLOVER_GSR.dev.jsonl');
  const legacy = new Map(loadMapping('plover-legacy.tsv').map((m) => [m.label, m.plover]));
  const docs: GoldDoc[] = take(readJsonl(path) as GsrRecord[], opts.limit).map((r, i) => {
    if (typeof r?.text !== 'string' || typeof r.event !== 'string') throw new GoldFileError(`${path}:${i + 1}: field text or event missing`);
    const type: PloverType | undefined = (PLOVER_TYPES as readonly string[]).includes(r.event) ? (r.event as PloverType) : legacy.get(r.event);
    const countries = [...new Set([...actorCodes(r.source), ...actorCodes(r.target)])];
    const dead = cellNumber(r.dead ?? undefined);
    const injured = cellNumber(r.injured ?? undefined);
    const event: GoldEvent = {
      ...(type ? { type } : {}),
      label: r.event,
      ...(countries.length ? { actorCountries: countries } : {}),
      ...(dead !== null ? { killed: { value: dead } } : {}),
      ...(injured !== null ? { injured: { value: injured } } : {}),
    };
    return { input: { id: `${NAME}:${r.id}`, text: r.text, date: null, lang: 'en' }, events: [event] };
  });
  return {
    kind: 'events',
    name: NAME,
    docs,
    notes: ['labels of older PLOVER drafts mapped with eval/mappings/plover-legacy.tsv; actor country = ISO-3 codes of source/target (IGO and others not scored); no date given'],
  };
}
