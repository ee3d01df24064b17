/**
 * The partner map's geography: a Natural Earth projection centred on the home city's longitude, the
 * bundled basemap drawn as SVG path data, great-circle arcs, and the view transform (zoom and pan) that
 * maps projected points to the screen. Nothing here touches the network or the DOM.
 */
import {geoClipAntimeridian, geoInterpolate, geoNaturalEarth1Raw, geoStream, type GeoPermissibleObjects, type GeoStream} from 'd3-geo';
import {feature, mesh} from 'topojson-client';
import type {GeometryCollection} from 'topojson-specification';
import type {Feature, Geometry} from 'geojson';
import {BASEMAP} from '../generated/basemap.js';

/** Width of the projected world, in map units; the height follows from the projection. */
export const WORLD_WIDTH = 1000;
/** How far the map zooms in beyond the whole world; the basemap's detail ends about there. */
export const MAX_ZOOM = 40;

const PI = Math.PI;
const RAD = PI / 180;
/** Natural Earth's width is 2π × 0.8707 in its own units. */
const SCALE = WORLD_WIDTH / (2 * PI * 0.8707);
const HALF_HEIGHT = geoNaturalEarth1Raw(0, PI / 2)[1] * SCALE;
/** Points along the edge meridian (the antimeridian of the centre) are drawn at least this close (radians). */
const EDGE_STEP = 2 * RAD;

export interface Basemap {
  /** The centre longitude: the home city's meridian is in the middle of the map. */
  centre: number;
  /** SVG path data for any GeoJSON object, cut at the edge meridian. */
  path(object: GeoPermissibleObjects): string;
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

/**
 * A d3-geo stream sink that writes SVG path data (two decimals) and keeps the bounding box of what it
 * wrote. It receives points in map units.
 */
class PathSink implements GeoStream {
  d = '';
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  private polygon = false;
  private first = true;
  polygonStart(): void {
    this.polygon = true;
  }
  polygonEnd(): void {
    this.polygon = false;
  }
  lineStart(): void {
    this.first = true;
  }
  lineEnd(): void {
    if (this.polygon) this.d += 'Z';
  }
  point(x: number, y: number): void {
    this.d += `${this.first ? 'M' : 'L'}${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
    this.first = false;
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
  }
  sphere(): void {}
}

/** Radians, already rotated, to map units: Natural Earth I, scaled to WORLD_WIDTH, y down. */
function toMap(lambda: number, phi: number): [number, number] {
  const [x, y] = geoNaturalEarth1Raw(lambda, phi);
  return [WORLD_WIDTH / 2 + x * SCALE, HALF_HEIGHT - y * SCALE];
}

/**
 * The projection as a d3-geo stream: degrees in, rotated so that `centre` is in the middle, cut at the
 * edge meridian (d3's antimeridian clipping, so polygons that cross it close along the edge), projected.
 * Points are not resampled: the basemap's points are dense, arcs are densified before (`arcPath`), and
 * runs along the edge meridian, the one curve the clipping adds, are filled in here.
 */
function projectStream(centre: number, sink: GeoStream): GeoStream {
  let prev: [number, number] | undefined;
  const projector: GeoStream = {
    point(lambda, phi) {
      if (prev && Math.abs(lambda) > PI - 1e-9 && Math.abs(prev[0] - lambda) < 1e-9) {
        const steps = Math.floor(Math.abs(phi - prev[1]) / EDGE_STEP);
        for (let i = 1; i < steps; i++) sink.point(...toMap(lambda, prev[1] + ((phi - prev[1]) * i) / steps));
      }
      prev = [lambda, phi];
      sink.point(...toMap(lambda, phi));
    },
    lineStart() {
      prev = undefined;
      sink.lineStart();
    },
    lineEnd() {
      sink.lineEnd();
    },
    polygonStart() {
      sink.polygonStart();
    },
    polygonEnd() {
      sink.polygonEnd();
    },
    sphere() {
      sink.sphere?.();
    },
  };
  const clipped = geoClipAntimeridian(projector);
  const shift = -centre * RAD;
  return {
    point(lon, lat) {
      let lambda = lon * RAD + shift;
      if (lambda > PI) lambda -= 2 * PI;
      else if (lambda < -PI) lambda += 2 * PI;
      clipped.point(lambda, lat * RAD);
    },
    lineStart: () => clipped.lineStart(),
    lineEnd: () => clipped.lineEnd(),
    polygonStart: () => clipped.polygonStart(),
    polygonEnd: () => clipped.polygonEnd(),
    sphere: () => clipped.sphere?.(),
  };
}

function streamed(centre: number, object: GeoPermissibleObjects): PathSink {
  const sink = new PathSink();
  geoStream(object, projectStream(centre, sink));
  return sink;
}

/** Meridians every 30° and parallels every 30° up to 60°, as one MultiLineString (parallels sampled every 2.5°). */
function graticule(): GeoPermissibleObjects {
  const lines: Array<Array<[number, number]>> = [];
  for (let lon = -180; lon < 180; lon += 30) {
    const line: Array<[number, number]> = [];
    for (let lat = -80; lat <= 80; lat += 5) line.push([lon, lat]);
    lines.push(line);
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const line: Array<[number, number]> = [];
    for (let lon = -180; lon <= 180; lon += 2.5) line.push([lon, lat]);
    lines.push(line);
  }
  return {type: 'MultiLineString', coordinates: lines};
}

/** The outline of the whole world: the edge meridian, both sides. */
function outline(): string {
  const sink = new PathSink();
  sink.polygonStart();
  sink.lineStart();
  for (let phi = 90; phi >= -90; phi -= 2) sink.point(...toMap(PI, phi * RAD));
  for (let phi = -90; phi <= 90; phi += 2) sink.point(...toMap(-PI, phi * RAD));
  sink.lineEnd();
  sink.polygonEnd();
  return sink.d;
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
  const path = (object: GeoPermissibleObjects) => streamed(centre, object).d;
  const land = BASEMAP.objects['land'];
  const countryPaths = new Map<string, string>();
  const map: Basemap = {
    centre,
    path,
    width: WORLD_WIDTH,
    height: Math.ceil(2 * HALF_HEIGHT),
    sphere: outline(),
    graticule: path(graticule()),
    land: land ? path(feature(BASEMAP, land)) : '',
    borders: path(mesh(BASEMAP, countries, (a, b) => a !== b)),
    country(code) {
      let d = countryPaths.get(code);
      if (d === undefined) {
        const f = countryFeature(code);
        d = f ? path(f) : '';
        countryPaths.set(code, d);
      }
      return d;
    },
  };
  cache.set(centre, map);
  return map;
}

/** Great circles are densified to a point every this many degrees before projection. */
const ARC_STEP = 2;

/** The great circle between two [lon, lat] points, as points every ARC_STEP degrees or closer. */
export function greatCircle(from: readonly [number, number], to: readonly [number, number]): Array<[number, number]> {
  const f: [number, number] = [from[0], from[1]];
  const t: [number, number] = [to[0], to[1]];
  const interpolate = geoInterpolate(f, t);
  const a = f[1] * RAD;
  const b = t[1] * RAD;
  const cos = Math.sin(a) * Math.sin(b) + Math.cos(a) * Math.cos(b) * Math.cos((t[0] - f[0]) * RAD);
  const degrees = Math.acos(Math.max(-1, Math.min(1, cos))) / RAD;
  const n = Math.max(1, Math.ceil(degrees / ARC_STEP));
  const points: Array<[number, number]> = [f];
  for (let i = 1; i < n; i++) points.push(interpolate(i / n));
  points.push(t);
  return points;
}

/** The great-circle arc between two [lon, lat] points as path data. */
export function arcPath(map: Basemap, from: readonly [number, number], to: readonly [number, number]): string {
  return map.path({type: 'LineString', coordinates: greatCircle(from, to)});
}

/** A point on the projected map, or undefined when it cannot be placed. */
export function project(map: Basemap, lonLat: readonly [number, number]): [number, number] | undefined {
  if (!Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return undefined;
  let lambda = (lonLat[0] - map.centre) * RAD;
  if (lambda > PI) lambda -= 2 * PI;
  else if (lambda < -PI) lambda += 2 * PI;
  return toMap(lambda, lonLat[1] * RAD);
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

/** The bounding box of a geometry on the map, in map units (arcs bulge towards the pole: densify them first). */
export function boundsOf(map: Basemap, geometry: Geometry): [[number, number], [number, number]] {
  const s = streamed(map.centre, geometry);
  return [
    [s.x0, s.y0],
    [s.x1, s.y1],
  ];
}
