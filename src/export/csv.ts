// ACLED-style CSV: ACLED's column names where Vigie has the value, ISO-3 country codes (never FIPS),
// plus Vigie's own columns (PLOVER type, modality, claimant, evidence) at the end.
import type { Actor, Event } from '../core/contract.js';
import { countryInfo } from './country-names.js';
import { fatalities, type ExportItem } from './export-item.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'inter1', 'actor2', 'inter2', 'iso3', 'region', 'country', 'admin1', 'admin2',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_count', 'notes',
  'fatalities', 'fatalities_low', 'fatalities_high', 'plover_type', 'plover_mode', 'cameo', 'modality',
  'context', 'claimant', 'confidence', 'evidence',
] as const;

/** ACLED's time_precision: 1 day, 2 week, 3 month or coarser. */
const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3, year: 3 };
/** ACLED's geo_precision: 1 the town itself, 2 a part of a region, 3 a larger region or country. */
const GEO_PRECISION: Record<string, number> = { city: 1, admin2: 2, admin1: 3, region: 3, country: 3 };
/** ACLED's inter codes by actor kind (1 state forces, 2 rebels, 3 militias, 7 civilians, 8 external/other). */
const INTER: Record<Actor['kind'], string> = {
  government: '1', military: '1', rebel_group: '2', militia: '3', civilians: '7', igo: '8', ngo: '8', person: '', other: '8',
};

function pickActors(event: Event): [Actor | undefined, Actor | undefined] {
  const source = event.actors.find((a) => a.role === 'source');
  const target = event.actors.find((a) => a.role === 'target');
  const rest = event.actors.filter((a) => a !== source && a !== target);
  const a1 = source ?? rest.shift();
  const a2 = target ?? rest.shift();
  return [a1, a2];
}

export function toCsvRows(items: readonly ExportItem[]): (string | number | null)[][] {
  return items.map((it, i) => {
    const e = it.event;
    const p = e.place;
    const iso3 = p?.country ?? null;
    const info = countryInfo(iso3);
    const [a1, a2] = pickActors(e);
    const fig = it.figures.killed;
    return [
      it.id ?? `${iso3 ?? 'XXX'}${i + 1}`,
      e.date?.start ?? null,
      e.date ? Number(e.date.start.slice(0, 4)) : null,
      e.date ? (TIME_PRECISION[e.date.precision] ?? 3) : null,
      e.acled?.event_type ?? null,
      e.acled?.sub_event_type ?? null,
      a1?.name ?? null,
      a1 ? INTER[a1.kind] : null,
      a2?.name ?? null,
      a2 ? INTER[a2.kind] : null,
      iso3,
      info ? `${info.subregion || info.region}` : null,
      info?.name ?? null,
      p?.admin1 ?? null,
      p?.admin2 ?? null,
      p?.name ?? null,
      p?.lat ?? null,
      p?.lon ?? null,
      p ? (GEO_PRECISION[p.precision] ?? 3) : null,
      e.attribution?.name ?? null,
      it.sourceCount,
      e.evidence.map((ev) => ev.text).join(' … '),
      fatalities(it),
      fig?.low ?? e.counts.killed?.low ?? null,
      fig?.high ?? e.counts.killed?.high ?? null,
      e.type,
      e.mode,
      e.cameo,
      e.modality,
      e.context.join(';'),
      e.attribution?.name ?? null,
      e.confidence,
      e.evidence.map((ev) => `${ev.start}-${ev.end}`).join(';'),
    ];
  });
}

/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula is prefixed with a quote. */
export function csvField(v: string | number | null): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(items: readonly ExportItem[]): string {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const row of toCsvRows(items)) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
