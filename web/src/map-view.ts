// The event map: Leaflet over an offline base map (world-atlas country boundaries, no tiles),
// events grouped by a pixel grid at each zoom, coloured by type.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { StoredEvent } from '../../src/store/event-store.js';
import { gridCluster, type ClusterPoint } from './cluster.js';
import { typeColor } from './colors.js';
import { h, link } from './dom.js';

const CELL_PX = 48;

export interface MapView {
  setEvents(events: readonly StoredEvent[]): void;
  destroy(): void;
}

export function createMapView(container: HTMLElement): MapView {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: Natural Earth via world-atlas · Places: GeoNames (CC BY 4.0)');
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  L.geoJSON(feature(topo, topo.objects.countries), {
    style: { color: '#8a8f98', weight: 0.6, fillColor: '#e9e6df', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);

  const layer = L.layerGroup().addTo(map);
  let events: readonly StoredEvent[] = [];

  function popupFor(items: readonly StoredEvent[]): HTMLElement {
    const shown = items.slice(0, 8);
    return h(
      'div',
      { class: 'popup' },
      h('strong', {}, `${items.length} event${items.length > 1 ? 's' : ''}`),
      h(
        'ul',
        {},
        shown.map((e) =>
          h('li', {}, link(`/events/${encodeURIComponent(e.id)}`, `${e.event.type} · ${e.event.date?.start ?? 'undated'} · ${e.event.place?.name ?? ''}`)),
        ),
      ),
      items.length > shown.length ? h('em', {}, `and ${items.length - shown.length} more: zoom in`) : null,
    );
  }

  function redraw(): void {
    layer.clearLayers();
    const points: ClusterPoint<StoredEvent>[] = [];
    for (const e of events) {
      const p = e.event.place;
      if (p?.lat == null || p.lon == null) continue;
      const pt = map.latLngToLayerPoint([p.lat, p.lon]);
      points.push({ x: pt.x, y: pt.y, type: e.event.type, item: e });
    }
    for (const c of gridCluster(points, CELL_PX)) {
      const latlng = map.layerPointToLatLng([c.x, c.y]);
      const n = c.items.length;
      const marker = L.circleMarker(latlng, {
        radius: n === 1 ? 7 : Math.min(28, 9 + Math.sqrt(n) * 3),
        color: '#222',
        weight: 1,
        fillColor: typeColor(c.dominantType),
        fillOpacity: 0.85,
        className: `event-marker type-${c.dominantType}`,
      });
      const bounds = L.latLngBounds(c.items.map((e) => [e.event.place!.lat!, e.event.place!.lon!] as [number, number]));
      const spread = bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 50;
      if (n > 1 && spread && map.getZoom() < map.getMaxZoom()) {
        // a cluster of distinct places opens up: zoom to its events
        marker.on('click', () => map.fitBounds(bounds.pad(0.3), { maxZoom: map.getMaxZoom() }));
      } else {
        marker.bindPopup(popupFor(c.items));
      }
      if (n > 1) marker.bindTooltip(String(n), { permanent: true, direction: 'center', className: 'cluster-count', interactive: false });
      layer.addLayer(marker);
    }
  }

  map.on('zoomend', redraw);
  return {
    setEvents(next) {
      events = next;
      redraw();
    },
    destroy() {
      map.remove();
    },
  };
}
