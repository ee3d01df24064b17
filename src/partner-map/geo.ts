/**
 * The partner map's geography: a Natural Earth projection centred on the home city's longitude, the
 * bundled basemap drawn as SVG path data, great-circle arcs, and the view transform (zoom and pan) that
 * maps projected points to the screen. Nothing here touches the network or the DOM.
 */
import {geoGraticule10, geoNaturalEarth1, geoPath, type GeoPath, type GeoProjection} from 'd3-geo';
import {feature, mesh} from 'topojson-client';
import type {GeometryCollection} from 'topojson-specification';
import type {Feature, Geometry} from 'geojson';
import {BASEMAP} from '../generated/basemap.js';

/** Width of the projected world, in map units; the height follows from the projection. */
export const WORLD_WIDTH = 1000;
/** How far the map zooms in beyond the whole world; the basemap's detail ends about there. */
export const MAX_ZOOM = 40;

export interface Basemap {
  /** The projection, rotated so that the home city's meridian is in the middle. */
  projection: GeoProjection;
  path: GeoPath;
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  land: string;
  borders: string;
  /** A country's outline (ISO 3166-1 alpha-2), or '' when the basemap has no such country. */
  country(code: string): string;
}

const countries = BASEMAP.objects['countries'] as GeometryCollection;
let countryFeatures: Map<string, Feature<Geometry>> | undefined;
function countryFeature(code: string): Feature<Geometry> | undefined {
  if (!countryFeatures) {
    countryFeatures = new Map();
    for (const f of feature(BASEMAP, countries).features) if (typeof f.id === 'string') countryFeatures.set(f.id, f);
  }
  return countryFeatures.get(code);
}

const cache = new Map<number, Basemap>();

/**
 * The basemap for a map centred on `longitude` (rounded to a tenth of a degree). Path data is made once
 * per centre and shared by every map on the page.
 */
export function basemapFor(longitude: number): Basemap {
  const centre = Math.round(longitude * 10) / 10;
  const cached = cache.get(centre);
  if (cached) return cached;
  const projection = geoNaturalEarth1().rotate([-centre, 0]);
  projection.fitWidth(WORLD_WIDTH, {type: 'Sphere'});
  const path = geoPath(projection).digits(2);
  const [[, y0], [, y1]] = path.bounds({type: 'Sphere'});
  const land = BASEMAP.objects['land'];
  const countryPaths = new Map<string, string>();
  const map: Basemap = {
    projection,
    path,
    width: WORLD_WIDTH,
    height: Math.ceil(y1 - y0),
    sphere: path({type: 'Sphere'}) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    land: land ? (path(feature(BASEMAP, land)) ?? '') : '',
    borders: path(mesh(BASEMAP, countries, (a, b) => a !== b)) ?? '',
    country(code) {
      let d = countryPaths.get(code);
      if (d === undefined) {
        const f = countryFeature(code);
        d = f ? (path(f) ?? '') : '';
        countryPaths.set(code, d);
      }
      return d;
    },
  };
  cache.set(centre, map);
  return map;
}

/** The great-circle arc between two [lon, lat] points as path data. */
export function arcPath(map: Basemap, from: readonly [number, number], to: readonly [number, number]): string {
  return map.path({type: 'LineString', coordinates: [[...from], [...to]]}) ?? '';
}

/** A point on the projected map, or undefined when the projection cannot place it. */
export function project(map: Basemap, lonLat: readonly [number, number]): [number, number] | undefined {
  const p = map.projection([lonLat[0], lonLat[1]]);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : undefined;
}

// ---- the view: screen = map * k + t ---------------------------------------------------------

export interface View {
  k: number;
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

/** The smallest zoom: the whole world fits the frame. */
export const minZoom = (map: Basemap, size: Size): number => Math.min(size.width / map.width, size.height / map.height);
export const maxZoom = (map: Basemap, size: Size): number => minZoom(map, size) * MAX_ZOOM;

/** Keeps the zoom in range and some of the world in the middle of the frame. */
export function clampView(view: View, map: Basemap, size: Size): View {
  const k = Math.min(maxZoom(map, size), Math.max(minZoom(map, size), view.k));
  const x = Math.min(size.width / 2, Math.max(size.width / 2 - map.width * k, view.x));
  const y = Math.min(size.height / 2, Math.max(size.height / 2 - map.height * k, view.y));
  return {k, x, y};
}

/**
 * The view that shows the box `[[x0, y0], [x1, y1]]` (map units) with `padding` px around it, zoomed
 * in no further than `limit` times the whole-world zoom. `reserve` px on the left or right are kept
 * free (the zoom buttons sit there).
 */
export function fitView(
  box: readonly [readonly [number, number], readonly [number, number]],
  map: Basemap,
  size: Size,
  padding: number,
  limit = MAX_ZOOM,
  reserve: {left?: number; right?: number} = {},
): View {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(x1 - x0, 1e-6);
  const h = Math.max(y1 - y0, 1e-6);
  const left = padding + (reserve.left ?? 0);
  const right = padding + (reserve.right ?? 0);
  const pw = Math.max(size.width - left - right, size.width / 2);
  const ph = Math.max(size.height - 2 * padding, size.height / 2);
  const k = Math.min(pw / w, ph / h, minZoom(map, size) * limit);
  const cx = pw === size.width / 2 ? size.width / 2 : left + pw / 2;
  const view = {k, x: cx - ((x0 + x1) / 2) * k, y: size.height / 2 - ((y0 + y1) / 2) * k};
  return clampView(view, map, size);
}

/** Zooms by `factor` keeping the screen point `[px, py]` where it is. */
export function zoomAround(view: View, factor: number, px: number, py: number, map: Basemap, size: Size): View {
  const k = Math.min(maxZoom(map, size), Math.max(minZoom(map, size), view.k * factor));
  const f = k / view.k;
  return clampView({k, x: px - (px - view.x) * f, y: py - (py - view.y) * f}, map, size);
}

/** Where a map point is on screen. */
export const toScreen = (view: View, p: readonly [number, number]): [number, number] => [p[0] * view.k + view.x, p[1] * view.k + view.y];

/** The bounding box of path data, in map units: arcs bulge towards the pole, so their box is not the endpoints'. */
export function boundsOf(map: Basemap, geometry: Geometry): [[number, number], [number, number]] {
  return map.path.bounds(geometry);
}
