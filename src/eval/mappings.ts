// The committed tables (eval/mappings/*.tsv) that map a gold set's own labels to PLOVER and ACLED.
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType } from '../core/contract.js';
import { GoldFileError, MAPPINGS_DIR, readTsv } from './gold-files.js';

export interface LabelMapping {
  readonly label: string;
  /** False: the label is not a conflict event (a text with only such labels is a negative). */
  readonly event: boolean;
  readonly plover?: PloverType;
  readonly acled?: { readonly event_type: string; readonly sub_event_type?: string };
  /** Extra columns of the table (target, priority...). */
  readonly extra: Readonly<Record<string, string>>;
}

/** Lower case without accents, for comparing labels and names. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

export function loadMapping(file: string, dir = MAPPINGS_DIR): LabelMapping[] {
  const path = join(dir, file);
  return readTsv(path).map((row, i) => {
    const label = row.label ?? '';
    if (!label) throw new GoldFileError(`${path}: row ${i + 1}: empty label`);
    const plover = row.plover ?? '';
    if (plover && !(PLOVER_TYPES as readonly string[]).includes(plover)) throw new GoldFileError(`${path}: row ${i + 1} (${label}): field plover: "${plover}" is not a PLOVER type`);
    if (row.event !== 'yes' && row.event !== 'no') throw new GoldFileError(`${path}: row ${i + 1} (${label}): field event: expected yes or no, got "${row.event ?? ''}"`);
    const et = row.acled_event_type ?? '';
    const st = row.acled_sub_event_type ?? '';
    const { label: _l, event: _e, plover: _p, acled_event_type: _a, acled_sub_event_type: _s, ...extra } = row;
    return {
      label,
      event: row.event === 'yes',
      ...(plover ? { plover: plover as PloverType } : {}),
      ...(et ? { acled: { event_type: et, ...(st ? { sub_event_type: st } : {}) } } : {}),
      extra,
    };
  });
}
