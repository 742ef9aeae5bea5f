// mali-incidents-fr: one incident per row; text = evenement + ". " + victimes; places from localites_mali.csv.
import { join } from 'node:path';
import type { EventGoldSet, GoldDoc, GoldEvent, GoldPlace, LoadOptions } from '../types.js';
import { cellNumber, readCsv, take } from '../gold-files.js';
import { fold, loadMapping, type LabelMapping } from '../mappings.js';

export const NAME = 'mali-incidents-fr';

interface Locality {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** localites_mali.csv has names encoded twice ("MÃ©naka"): decode them once more. */
export function repairMojibake(s: string): string {
  if (!/[ÃÂ][\u0080-\u00bf]/.test(s)) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\ufffd') ? s : fixed;
}

function loadLocalities(dataDir: string): Map<string, Locality> {
  const out = new Map<string, Locality>();
  for (const r of readCsv(join(dataDir, 'mali', 'localites_mali.csv'))) {
    const lat = cellNumber(r.latitude);
    const lon = cellNumber(r.longitude);
    if (r.id && lat !== null && lon !== null) out.set(r.id, { name: repairMojibake(r.featureNam ?? ''), lat, lon });
  }
  return out;
}

/** The mapping row of highest priority among the tokens of type_incident (and the target column). */
export function mapMaliType(typeIncident: string, cibles: string, table: readonly LabelMapping[]): LabelMapping | null {
  const target = fold(cibles);
  let best: LabelMapping | null = null;
  for (const token of typeIncident.split(';').map(fold).filter(Boolean)) {
    for (const row of table) {
      if (fold(row.label) !== token) continue;
      const t = row.extra.target ?? '*';
      if (t !== '*' && !target.includes(t)) continue;
      if (!best || Number(row.extra.priority ?? 0) > Number(best.extra.priority ?? 0)) best = row;
    }
  }
  return best;
}

export function load(opts: LoadOptions): EventGoldSet {
  const rows = take(readCsv(join(opts.goldDir, NAME, 'incidents_mali.dev.csv')), opts.limit);
  const localities = loadLocalities(opts.dataDir);
  const table = loadMapping('mali-type-incident.tsv');
  let unmapped = 0;
  const docs: GoldDoc[] = rows.map((r, i) => {
    const text = [(r.evenement ?? '').trim().replace(/\.+$/, ''), (r.victimes ?? '').trim()].filter(Boolean).join('. ');
    const date = r.date ?? '';
    const mapped = r.type_incident ? mapMaliType(r.type_incident, r.cibles ?? '', table) : null;
    if (r.type_incident && !mapped) unmapped++;
    const places: GoldPlace[] = [];
    for (const col of ['point_id', 'depart_id', 'arrivee_id'] as const) {
      const loc = r[col] ? localities.get(r[col]) : undefined;
      if (loc) places.push({ name: loc.name, lat: loc.lat, lon: loc.lon, country: 'MLI', scoreCoords: true });
    }
    const killed = cellNumber(r.nbr_morts);
    const injured = cellNumber(r.nbr_blesses);
    const event: GoldEvent = {
      ...(mapped?.plover ? { type: mapped.plover } : {}),
      ...(mapped?.acled ? { acled: mapped.acled } : {}),
      label: r.type_incident || '(none)',
      ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { date: { start: date, end: date } } : {}),
      ...(places.length ? { places } : { places: [{ country: 'MLI', scoreCoords: false }] }),
      ...(killed !== null ? { killed: { value: killed } } : {}),
      ...(injured !== null ? { injured: { value: injured } } : {}),
    };
    return {
      input: { id: `${NAME}:${r.no_liste || i + 1}`, text, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null, lang: 'fr' },
      events: mapped && !mapped.event ? [] : [event],
    };
  });
  return {
    kind: 'events',
    name: NAME,
    docs,
    notes: [
      'text = evenement + ". " + victimes; date = date (also the publication date); places = point/depart/arrivee joined with localites_mali.csv',
      `type_incident mapped with eval/mappings/mali-type-incident.tsv${unmapped ? ` (${unmapped} rows unmapped: type not scored)` : ''}`,
    ],
  };
}
