/**
 * The partner map's geography: the bundled basemap (TopoJSON) drawn as SVG path data in a Natural Earth
 * projection centred on the home city's longitude, great-circle arcs, and the view transform (zoom and
 * pan) that maps projected points to the screen. Nothing here touches the network or the DOM.
 *
 * Two choices keep this small (the map's budget is 35 KB with Lit): TopoJSON is decoded here (arcs to
 * rings, and the arcs two countries share to borders: what topojson-client's feature and mesh do for
 * these two object types), and shapes that cross the edge meridian are not cut by a polygon clipper.
 * Natural Earth's x is linear in longitude at every latitude, so a ring whose longitudes are unwrapped
 * (kept continuous across the edge) projects to one piece that runs past the edge of the world, and a
 * copy one turn over fills in the other side; the map then covers everything outside the world's
 * outline (`outside`), so what runs past the edge is never seen.
 *
 * The projection's formula and the great-circle interpolation are written out here rather than imported
 * from d3-geo: its one-file ES build keeps its clipping and area code (top-level calls a bundler must
 * assume have effects) in any bundle that imports from it, 4 KB gzip for two small functions. Tests
 * check both against d3-geo.
 */
import type {Arc, GeometryCollection, MultiPolygon, Polygon} from 'topojson-specification';
import {BASEMAP} from '../generated/basemap.js';

/** Width of the projected world, in map units; the height follows from the projection. */
export const WORLD_WIDTH = 1000;
/** How far the map zooms in beyond the whole world; the basemap's detail ends about there. */
export const MAX_ZOOM = 40;

const PI = Math.PI;
const TAU = 2 * PI;
const RAD = PI / 180;
/** Natural Earth's width is 2π × 0.8707 in its own units. */
const SCALE = WORLD_WIDTH / (TAU * 0.8707);

/**
 * Natural Earth I (Šavrič, Patterson, Jenny and Jenny, 2011), the polynomial d3-geo's
 * geoNaturalEarth1Raw uses: radians in, projection units out (y up).
 */
export function naturalEarth1(lambda: number, phi: number): [number, number] {
  return [naturalX(lambda, phi), lastY];
}
/** Natural Earth I's y of the last `naturalX` call: no array per point. */
let lastY = 0;
function naturalX(lambda: number, phi: number): number {
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  lastY = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
  return lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
}
const HALF_HEIGHT = naturalEarth1(0, PI / 2)[1] * SCALE;

type LonLat = readonly [number, number];
type Line = LonLat[];

export interface Basemap {
  /** The centre longitude: the home city's meridian is in the middle of the map. */
  centre: number;
  width: number;
  height: number;
  /** The world's outline. */
  sphere: string;
  /** Everything outside the world's outline (a frame with the outline as its hole, even-odd). */
  outside: string;
  graticule: string;
  land: string;
  borders: string;
  /** A country's outline (ISO 3166-1 alpha-2), or '' when the basemap has no such country. */
  country(code: string): string;
}

// ---- TopoJSON ---------------------------------------------------------------------------------

let decoded: Line[] | undefined;
/** The basemap's arcs in degrees (delta-decoded, quantization undone), decoded once. */
function arcs(): Line[] {
  if (!decoded) {
    const [sx, sy] = BASEMAP.transform!.scale;
    const [tx, ty] = BASEMAP.transform!.translate;
    decoded = BASEMAP.arcs.map((arc: Arc) => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => [(x += dx!) * sx + tx, (y += dy!) * sy + ty] as const);
    });
  }
  return decoded;
}

/** A ring from arc indexes; a negative index ~i is arc i reversed. Shared end points are not repeated. */
function ring(indexes: number[]): Line {
  const all = arcs();
  const out: LonLat[] = [];
  for (const i of indexes) {
    const arc = i < 0 ? [...all[~i]!].reverse() : all[i]!;
    for (let k = out.length ? 1 : 0; k < arc.length; k++) out.push(arc[k]!);
  }
  return out;
}

function polygonRings(geometry: {type: string | null}): Line[] {
  if (geometry.type === 'Polygon') return (geometry as Polygon).arcs.map(ring);
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).arcs.flatMap((p) => p.map(ring));
  return [];
}

const countries = () => (BASEMAP.objects['countries'] as GeometryCollection).geometries;

/** The arcs that two different countries share: the land borders (coastlines are the land's outline). */
function borderLines(): Line[] {
  const owners = new Map<number, Set<number>>();
  countries().forEach((g, n) => {
    const list =
      g.type === 'Polygon' ? (g as Polygon).arcs : g.type === 'MultiPolygon' ? (g as MultiPolygon).arcs.flat() : [];
    for (const r of list) {
      for (const i of r) {
        const a = i < 0 ? ~i : i;
        const set = owners.get(a);
        if (set) set.add(n);
        else owners.set(a, new Set([n]));
      }
    }
  });
  const all = arcs();
  return [...owners].filter(([, o]) => o.size > 1).map(([a]) => all[a]!);
}

// ---- projection -------------------------------------------------------------------------------

/** Radians (already centred, may run past ±π) to map units: Natural Earth I, y down. */
function toMap(lambda: number, phi: number): [number, number] {
  const [x, y] = naturalEarth1(lambda, phi);
  return [WORLD_WIDTH / 2 + x * SCALE, HALF_HEIGHT - y * SCALE];
}

/** Longitude relative to the centre, in (-π, π]. */
function centred(lon: number, centre: number): number {
  let lambda = (lon - centre) * RAD;
  lambda -= TAU * Math.round(lambda / TAU);
  return lambda;
}

// Path data is written as bytes into one buffer and read out as a string once per path: no string per
// number and per piece (500 arcs are tens of thousands of points, a few megabytes of short strings).
let bytes = new Uint8Array(1 << 18);
let used = 0;
const ascii = new TextDecoder();

/**
 * Writes a coordinate (under 1e12 in size) rounded to two decimals, as `String(Math.round(v * 100) / 100)`
 * writes it (and detail-basemap.ts's `fixed2`), from integers: half the time of a double's shortest form,
 * on the hundreds of thousands of coordinates a map of 500 partners writes.
 */
function writeNumber(v: number): void {
  if (used + 32 > bytes.length) {
    const more = new Uint8Array(bytes.length * 2);
    more.set(bytes);
    bytes = more;
  }
  let n = Math.round(v * 100);
  if (n < 0) {
    bytes[used++] = 45;
    n = -n;
  }
  const f = n % 100;
  let i = (n - f) / 100;
  let p = 1;
  while (p * 10 <= i) p *= 10;
  for (; p >= 1; p /= 10) {
    const digit = (i - (i % p)) / p;
    bytes[used++] = 48 + digit;
    i -= digit * p;
  }
  if (f) {
    bytes[used++] = 46;
    const tens = (f - (f % 10)) / 10;
    bytes[used++] = 48 + tens;
    if (f % 10) bytes[used++] = 48 + (f % 10);
  }
}

/**
 * Writes SVG path data (two decimals) of points given in radians (centred, may run past ±π), projecting
 * them on the way (no array per point), and keeps the bounding box of what it wrote. One writer at a
 * time: a new one starts the buffer over, so `d` is read before the next is made.
 */
class PathWriter {
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  constructor() {
    used = 0;
  }
  get d(): string {
    return ascii.decode(bytes.subarray(0, used));
  }
  /** A command letter (M, L, Z). */
  command(c: string): void {
    bytes[used++] = c.charCodeAt(0);
  }
  point(lambda: number, phi: number, first: boolean): void {
    const x = WORLD_WIDTH / 2 + naturalX(lambda, phi) * SCALE;
    const y = HALF_HEIGHT - lastY * SCALE;
    this.command(first ? 'M' : 'L');
    writeNumber(x);
    bytes[used++] = 44;
    writeNumber(y);
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
  }
}

// One line's points in radians, reused from line to line (500 arcs are tens of thousands of points:
// an array per point was a good part of the map's garbage).
const LAMBDA: number[] = [];
const PHI: number[] = [];

/** Writes a line or ring given in degrees (see `writePoints`). */
function writeLine(out: PathWriter, line: Line, centre: number, closed: boolean): void {
  const n = line.length;
  if (n < 2) return;
  for (let i = 0; i < n; i++) {
    LAMBDA[i] = centred(line[i]![0], centre);
    PHI[i] = line[i]![1] * RAD;
  }
  writePoints(out, n, closed);
}

/**
 * Writes the first `n` points of LAMBDA (centred, in (-π, π]) and PHI as a line or ring with its
 * longitudes unwrapped. A ring that goes once around a pole (Antarctica) comes back a turn away from
 * where it started: it is closed along the pole. Shapes that run past the edge of the world get a copy a
 * turn over (what lies outside the outline is covered).
 */
function writePoints(out: PathWriter, n: number, closed: boolean): void {
  let prev = LAMBDA[0]!;
  let lo = prev;
  let hi = prev;
  let phis = 0;
  for (let i = 0; i < n; i++) {
    let lambda = LAMBDA[i]!;
    lambda += TAU * Math.round((prev - lambda) / TAU);
    LAMBDA[i] = prev = lambda;
    if (lambda < lo) lo = lambda;
    if (lambda > hi) hi = lambda;
    phis += PHI[i]!;
  }
  const turn = closed ? LAMBDA[n - 1]! - LAMBDA[0]! : 0;
  const pole = Math.abs(turn) > PI ? (phis < 0 ? -PI / 2 : PI / 2) : undefined;
  const shifts = [0];
  if (hi > PI) shifts.push(-TAU);
  if (lo < -PI) shifts.push(TAU);
  for (const shift of shifts) {
    for (let i = 0; i < n; i++) out.point(LAMBDA[i]! + shift, PHI[i]!, i === 0);
    if (pole !== undefined) {
      out.point(LAMBDA[n - 1]! + shift, pole, false);
      out.point(LAMBDA[0]! + shift, pole, false);
    }
    if (closed) out.command('Z');
  }
}

function pathOf(lines: readonly Line[], centre: number, closed: boolean): PathWriter {
  const out = new PathWriter();
  for (const line of lines) writeLine(out, line, centre, closed);
  return out;
}

/** Meridians every 30° and parallels every 30° up to 60°. */
function graticule(): Line[] {
  const lines: Line[] = [];
  for (let lon = -180; lon < 180; lon += 30) {
    const line: LonLat[] = [];
    for (let lat = -80; lat <= 80; lat += 5) line.push([lon, lat]);
    lines.push(line);
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const line: LonLat[] = [];
    for (let lon = -180; lon <= 180; lon += 2.5) line.push([lon, lat]);
    lines.push(line);
  }
  return lines;
}

/** The world's outline: the edge meridian, both sides. */
function outline(): string {
  const out = new PathWriter();
  let first = true;
  for (let phi = 90; phi >= -90; phi -= 2) {
    out.point(PI, phi * RAD, first);
    first = false;
  }
  for (let phi = -90; phi <= 90; phi += 2) out.point(-PI, phi * RAD, false);
  return `${out.d}Z`;
}

let lines: {land: Line[]; borders: Line[]; graticule: Line[]} | undefined;
/** The basemap's lines in degrees, what every centre projects: decoded once. */
function basemapLines() {
  const land = BASEMAP.objects['land'];
  return (lines ??= {
    land: land ? polygonRings(land) : [],
    borders: borderLines(),
    graticule: graticule(),
  });
}
// Decoded in the task after this module loads, while the page is still fetching its feed, not in the first render.
setTimeout(basemapLines);

const cache = new Map<number, Basemap>();

/**
 * The basemap for a map centred on `longitude` (rounded to a tenth of a degree). Path data is made once
 * per centre and shared by every map on the page.
 */
export function basemapFor(longitude: number): Basemap {
  const centre = Math.round(longitude * 10) / 10;
  const cached = cache.get(centre);
  if (cached) return cached;
  const {land, borders, graticule} = basemapLines();
  const countryPaths = new Map<string, string>();
  const sphere = outline();
  const map: Basemap = {
    centre,
    width: WORLD_WIDTH,
    height: Math.ceil(2 * HALF_HEIGHT),
    sphere,
    outside: `M-1e5,-1e5H1e5V1e5H-1e5Z${sphere}`,
    graticule: pathOf(graticule, centre, false).d,
    land: pathOf(land, centre, true).d,
    borders: pathOf(borders, centre, false).d,
    country(code) {
      let d = countryPaths.get(code);
      if (d === undefined) {
        const g = countries().find((c) => c.id === code);
        d = g ? pathOf(polygonRings(g), centre, true).d : '';
        countryPaths.set(code, d);
      }
      return d;
    },
  };
  cache.set(centre, map);
  return map;
}

/** Great circles are densified to a point every this many degrees or closer. */
const ARC_STEP = 2;

/** Unit vector of a [lon, lat] point in degrees. */
function vector([lon, lat]: LonLat): [number, number, number] {
  const l = lon * RAD;
  const p = lat * RAD;
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

/**
 * The great circle between two [lon, lat] points (degrees) into LAMBDA and PHI (radians), a point every
 * ARC_STEP degrees or closer (spherical linear interpolation of the two unit vectors). Longitudes are
 * relative to `centre`, the first in (-π, π], the others as they come (`writePoints` unwraps them).
 * Returns the number of points.
 */
function circle(from: LonLat, to: LonLat, centre = 0): number {
  const a = vector(from);
  const b = vector(to);
  // atan2 of |a × b| and a · b: precise for near and near-antipodal points alike.
  const cross = Math.hypot(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]);
  const angle = Math.atan2(cross, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
  const n = Math.max(1, Math.ceil(angle / RAD / ARC_STEP));
  const c = centre * RAD;
  LAMBDA[0] = centred(from[0], centre);
  PHI[0] = from[1] * RAD;
  let count = 1;
  const sin = Math.sin(angle);
  for (let i = 1; i < n && sin > 1e-12; i++) {
    const t = i / n;
    const u = Math.sin((1 - t) * angle) / sin;
    const v = Math.sin(t * angle) / sin;
    const x = u * a[0] + v * b[0];
    const y = u * a[1] + v * b[1];
    const z = u * a[2] + v * b[2];
    LAMBDA[count] = Math.atan2(y, x) - c;
    PHI[count++] = Math.atan2(z, Math.hypot(x, y));
  }
  LAMBDA[count] = to[0] * RAD - c;
  PHI[count++] = to[1] * RAD;
  return count;
}

/** The great circle between two [lon, lat] points as [lon, lat] points (see `circle`). */
export function greatCircle(from: LonLat, to: LonLat): Array<[number, number]> {
  const n = circle(from, to);
  const points: Array<[number, number]> = [[from[0], from[1]]];
  for (let i = 1; i < n - 1; i++) points.push([LAMBDA[i]! / RAD, PHI[i]! / RAD]);
  points.push([to[0], to[1]]);
  return points;
}

export type Box = [[number, number], [number, number]];

/** The great-circle arc between two [lon, lat] points as path data, and its bounding box in map units. */
export function arc(map: Basemap, from: LonLat, to: LonLat): {d: string; box: Box} {
  const out = new PathWriter();
  writePoints(out, circle(from, to, map.centre), false);
  return {
    d: out.d,
    box: [
      [out.x0, out.y0],
      [out.x1, out.y1],
    ],
  };
}

/** The great-circle arc between two [lon, lat] points as path data. */
export function arcPath(map: Basemap, from: LonLat, to: LonLat): string {
  return arc(map, from, to).d;
}

/** A point on the projected map, or undefined when it cannot be placed. */
export function project(map: Basemap, lonLat: LonLat): [number, number] | undefined {
  if (!Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return undefined;
  return toMap(centred(lonLat[0], map.centre), lonLat[1] * RAD);
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

/**
 * Keeps the zoom in range and the world in the frame: where the world is larger than the frame it
 * covers it (no panning off into the void), where it is smaller it is centred.
 */
export function clampView(view: View, map: Basemap, size: Size): View {
  const k = Math.min(maxZoom(map, size), Math.max(minZoom(map, size), view.k));
  const fit = (t: number, world: number, frame: number) =>
    world <= frame ? (frame - world) / 2 : Math.min(0, Math.max(frame - world, t));
  return {k, x: fit(view.x, map.width * k, size.width), y: fit(view.y, map.height * k, size.height)};
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
export const toScreen = (view: View, p: readonly [number, number]): [number, number] => [
  p[0] * view.k + view.x,
  p[1] * view.k + view.y,
];
