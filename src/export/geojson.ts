// GeoJSON export (RFC 7946): one Feature per event; events without coordinates keep a null geometry
// so nothing is dropped.
import type { ExportItem } from './export-item.js';
import { fatalities } from './export-item.js';

export interface GeoJsonFeature {
  readonly type: 'Feature';
  readonly id?: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] } | null;
  readonly properties: Record<string, unknown>;
}

export interface GeoJsonFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoJsonFeature[];
}

export function toGeoJson(items: readonly ExportItem[]): GeoJsonFeatureCollection {
  const features = items.map((it): GeoJsonFeature => {
    const p = it.event.place;
    const hasPoint = p != null && typeof p.lat === 'number' && typeof p.lon === 'number';
    return {
      type: 'Feature',
      ...(it.id ? { id: it.id } : {}),
      geometry: hasPoint ? { type: 'Point', coordinates: [p.lon as number, p.lat as number] } : null,
      properties: {
        id: it.id,
        type: it.event.type,
        modality: it.event.modality,
        date: it.event.date?.start ?? null,
        date_precision: it.event.date?.precision ?? null,
        place: p?.name ?? null,
        country: p?.country ?? null,
        geo_precision: p?.precision ?? null,
        fatalities: fatalities(it),
        source_count: it.sourceCount,
        event: it.event,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

export function writeGeoJson(items: readonly ExportItem[]): string {
  return `${JSON.stringify(toGeoJson(items))}\n`;
}
