/**
 * The Leaflet anchor as a site would ship it: Leaflet 1.9 showing a Twinning Kit feed's home city and
 * partners on a vector basemap, no tile server. bench/anchors/leaflet.ts measures this module's size
 * (the same way bench/size.ts measures ours, Leaflet's CSS added) and times it in headless Chromium next
 * to <twin-partner-map>.
 *
 * - Basemap: our own basemap topology (src/generated/basemap.ts: world-atlas's Natural Earth countries,
 *   simplified by scripts/build-basemap.ts), so both maps draw the very same country outlines, converted
 *   to GeoJSON by topojson-client's `feature` and drawn with `L.geoJSON`. The conversion is done once a
 *   page, as ours decodes its basemap once a page.
 * - Partners: one `L.circleMarker` per partner (partnerships read as ours reads them: the other city of
 *   each, the closest relation giving the colour) and one for the home city, each with a (hover) tooltip
 *   of its name; no clustering plugin, so all of them are drawn (ours groups crowded markers).
 * - Lines: one `L.polyline` per partner along the great circle from the home city, with the very points
 *   ours draws (src/partner-map/geo.ts's `greatCircle`, a point every 2° or closer), longitudes unwrapped
 *   so a line that crosses the antimeridian runs on instead of jumping back across the map.
 * - View: Leaflet's Web Mercator fitted to the home city and partners (ours fits them in its Natural
 *   Earth projection), SVG renderer (ours is SVG too), Leaflet's zoom buttons and attribution as default.
 */
import * as L from 'leaflet';
import {feature} from 'topojson-client';
import type {FeatureCollection} from 'geojson';
import type {GeometryCollection} from 'topojson-specification';
import {BASEMAP} from '../../src/generated/basemap.js';
import {greatCircle} from '../../src/partner-map/geo.js';

type Text = string | Record<string, string>;
export interface Feed {
  publisher: {city: string};
  defaultLanguage?: string;
  cities: Array<{id: string; name: Text; coordinates: [number, number]}>;
  partnerships: Array<{city: string; from?: string; type: 'sister' | 'friendly' | 'other'}>;
}

const COLOURS = {home: '#1d2430', sister: '#b3261e', friendly: '#0b5cad', other: '#6b3fa0'} as const;
const RANK = {sister: 0, friendly: 1, other: 2} as const;

let countries: FeatureCollection | undefined;
/** The basemap as GeoJSON, converted once a page. */
export function basemapGeoJSON(): FeatureCollection {
  return (countries ??= feature(BASEMAP, BASEMAP.objects['countries'] as GeometryCollection) as FeatureCollection);
}

function text(t: Text, lang: string, fallback: string | undefined): string {
  if (typeof t === 'string') return t;
  return t[lang] ?? (fallback ? t[fallback] : undefined) ?? t['en'] ?? Object.values(t)[0] ?? '';
}

/** Longitudes kept continuous: each point within 180° of the one before. */
function unwrap(points: Array<[number, number]>): L.LatLngExpression[] {
  let last = points[0]![0];
  return points.map(([lon, lat]) => {
    while (lon - last > 180) lon -= 360;
    while (lon - last < -180) lon += 360;
    last = lon;
    return [lat, lon] as [number, number];
  });
}

export interface PartnerMap {
  map: L.Map;
  markers: number;
  lines: number;
}

export function partnerMap(el: HTMLElement, feed: Feed, lang = 'en'): PartnerMap {
  const byId = new Map(feed.cities.map((c) => [c.id, c]));
  const home = byId.get(feed.publisher.city)!;
  const partners = new Map<string, 'sister' | 'friendly' | 'other'>();
  for (const p of feed.partnerships) {
    const id = p.city === home.id ? p.from : p.city;
    if (!id || id === home.id || !byId.has(id)) continue;
    const before = partners.get(id);
    if (!before || RANK[p.type] < RANK[before]) partners.set(id, p.type);
  }
  const map = L.map(el, {preferCanvas: false});
  const points = [home, ...[...partners.keys()].map((id) => byId.get(id)!)].map((c) =>
    L.latLng(c.coordinates[1], c.coordinates[0]),
  );
  map.fitBounds(L.latLngBounds(points), {padding: [24, 24]});
  L.geoJSON(basemapGeoJSON(), {
    style: {color: '#a9b4bf', weight: 0.6, fillColor: '#e9ecef', fillOpacity: 1},
    interactive: false,
  }).addTo(map);
  let lines = 0;
  for (const [id, relation] of partners) {
    const c = byId.get(id)!;
    L.polyline(unwrap(greatCircle(home.coordinates, c.coordinates)), {
      color: COLOURS[relation],
      weight: 1.5,
      interactive: false,
    }).addTo(map);
    lines++;
  }
  const marker = (c: Feed['cities'][number], colour: string) =>
    L.circleMarker([c.coordinates[1], c.coordinates[0]], {
      radius: 6,
      color: '#fff',
      weight: 1.5,
      fillColor: colour,
      fillOpacity: 1,
    })
      .bindTooltip(text(c.name, lang, feed.defaultLanguage))
      .addTo(map);
  marker(home, COLOURS.home);
  for (const [id, relation] of partners) marker(byId.get(id)!, COLOURS[relation]);
  return {map, markers: partners.size + 1, lines};
}
