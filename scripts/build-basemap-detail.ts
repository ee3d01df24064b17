/**
 * Writes src/generated/basemap-detail/: the finer coastlines and borders that `<twin-partner-map>` draws
 * over its world basemap once the reader zooms in past the zoom where the world basemap looks blocky
 * (src/partner-map/detail-basemap.ts). The world is cut into TILE° × TILE° tiles; each tile that holds
 * land is one module, loaded on demand (a dynamic import, so a bundler makes it a chunk of its own), so a
 * reader zoomed on the Russian Far East loads the tile of the Far East, not the world. `index.ts` lists
 * the tiles with their loaders. `--check` fails instead when the committed files are not what this
 * script would write.
 *
 *   npx tsx scripts/build-basemap-detail.ts            # writes the files, prints each tile's gzip size
 *   npx tsx scripts/build-basemap-detail.ts --check    # exit 1 when src/generated/basemap-detail/ is stale
 *
 * Source: world-atlas's countries-10m.json (Natural Earth 1:10m admin-0 countries, public domain), the
 * same file as the world basemap (scripts/build-basemap.ts), simplified less: Visvalingam at MIN_WEIGHT
 * square degrees instead of 1. Each tile holds each country's polygons clipped to the tile (planar, in
 * degrees: a tile's edges are meridians and parallels), quantized to GRID_STEP degrees from the tile's
 * south-west corner and written with src/partner-map/basemap-codec.ts (a ring's first point, then the
 * steps). Borders and coastlines are not stored: the map finds them in the rings (an edge that two
 * countries share is a border; any other edge not on the tile's own edge is coast).
 *
 * No rivers or lakes: no npm package that this project can install ships Natural Earth's rivers and lake
 * centrelines (world-atlas has countries and land only).
 *
 * Checks: every ring without its repeated end point and of 3 points or more, each city of ANCHORS
 * inside its own country's rings, land and sea agreeing with the source at sample points of every tile,
 * every tile within TILE_BUDGET bytes gzip.
 */
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {gzipSync} from 'node:zlib';
import {geoBounds, geoContains, geoIdentity, geoStream, type GeoStream} from 'd3-geo';
import {feature} from 'topojson-client';
import {planarTriangleArea, presimplify, simplify} from 'topojson-simplify';
import type {Feature, MultiPolygon, Polygon, Position} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {decodeArcs, encodeArcs} from '../src/partner-map/basemap-codec.js';
import {ANCHORS, alpha2} from './basemap-source.js';

/** A tile's width and height, in degrees (the world is 12 × 6 tiles; those with no land are not written). */
const TILE = 30;
/** Visvalingam weight (effective triangle area, square degrees) below which a point goes. At zoom 20 on a
 *  1,280 px map a degree is about 70 px, so 0.001 deg² is a bend of about 5 px²; the world basemap keeps 1. */
const MIN_WEIGHT = 0.001;
/** The quantization grid, in degrees: about 1.1 km, 1.4 px at the map's closest zoom on a 1,280 px map. */
const GRID_STEP = 0.01;
/** The largest tile may be this many bytes gzip (the budget bench/size.ts and the node test hold). */
export const TILE_BUDGET = 16 * 1024;
/** All tiles together (only the ones in view are ever loaded). */
export const TOTAL_BUDGET = 240 * 1024;

const dir = new URL('../src/generated/basemap-detail/', import.meta.url);
const require = createRequire(import.meta.url);
type Source = Topology<{countries: GeometryCollection<{name: string}>}>;
const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Source;

// Simplified once for the whole world, so that two countries keep sharing their border's points.
const simplified = simplify(presimplify(source, planarTriangleArea), MIN_WEIGHT) as Source;
/** A topology's countries by alpha-2 code ('' for land without one). */
function countriesOf(topology: Source): Map<string, Array<Feature<Polygon | MultiPolygon>>> {
  const byCode = new Map<string, Array<Feature<Polygon | MultiPolygon>>>();
  for (const f of feature(topology, topology.objects.countries).features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    const name = f.properties?.name ?? '';
    const code = alpha2(f.id, name) ?? '';
    byCode.set(code, [...(byCode.get(code) ?? []), f as Feature<Polygon | MultiPolygon>]);
  }
  return byCode;
}
const byCode = new Map([...countriesOf(simplified)].map(([code, fs]) => [code, fs.flatMap(planar)]));
const simplifiedFeatures = [...countriesOf(simplified).values()].flat();
// Kept in a fixed order (codes sorted, uncoded land last) so that the output does not depend on the source's.
const codes = [...byCode.keys()].sort((a, b) => (a && b ? a.localeCompare(b) : a ? -1 : 1));

type Ring = Array<[number, number]>;
const N = Math.round(TILE / GRID_STEP);
/** Land and sea are compared with the (simplified, spherical) source at SAMPLES × SAMPLES points of each tile. */
const SAMPLES = 10;

/**
 * A country's polygons in the plane of longitude and latitude. world-atlas's rings are stitched at the
 * antimeridian (Russia's Chukotka runs from 179° to -179° and on), which in the plane would span the world:
 * each ring's longitudes are unwrapped (kept continuous), and a ring that goes once around a pole
 * (Antarctica) is closed along the pole. Polygons that run past ±180° are clipped again one turn over.
 */
function planar(f: Feature<Polygon | MultiPolygon>): Position[][][] {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.map((rings) => {
    const start = rings[0]![0]![0]!;
    return rings.map((ring) => {
      let prev = start;
      const out = ring.map(([lon, lat]) => {
        const x = lon! + 360 * Math.round((prev - lon!) / 360);
        prev = x;
        return [x, lat!];
      });
      const turn = out[out.length - 1]![0]! - out[0]![0]!;
      if (Math.abs(turn) > 180) {
        const pole = out.reduce((sum, p) => sum + p[1]!, 0) < 0 ? -90 : 90;
        out.push([out[out.length - 1]![0]!, pole], [out[0]![0]!, pole], out[0]!);
      }
      return out;
    });
  });
}

/** A country's rings clipped to the tile at (lon, lat), in grid steps from its south-west corner. */
function clip(polygons: Position[][][], lon: number, lat: number): Ring[] {
  const rings: Ring[] = [];
  for (const shift of [0, -360, 360]) {
    // y reflected, as a projection would: d3 then reads the rings' winding as on the sphere.
    const clipper = geoIdentity()
      .reflectY(true)
      .clipExtent([
        [lon - shift, -(lat + TILE)],
        [lon + TILE - shift, -lat],
      ]);
    let ring: Ring = [];
    const sink: GeoStream = {
      point(x, y) {
        const p: [number, number] = [Math.round((x + shift - lon) / GRID_STEP), Math.round((-y - lat) / GRID_STEP)];
        const last = ring[ring.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
      },
      lineStart() {
        ring = [];
      },
      lineEnd() {
        const [first, last] = [ring[0], ring[ring.length - 1]];
        if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
        if (ring.length >= 3 && area(ring) !== 0) rings.push(ring);
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    };
    geoStream({type: 'MultiPolygon', coordinates: polygons}, clipper.stream(sink));
  }
  return rings;
}

function area(ring: Ring): number {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}

/** Even-odd point in rings (what the map's fill draws). */
function inside(rings: readonly Ring[], x: number, y: number): boolean {
  let c = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]!;
      const [xj, yj] = r[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

const tileName = (lon: number, lat: number) =>
  `${lon < 0 ? 'w' : 'e'}${Math.abs(lon)}${lat < 0 ? 's' : 'n'}${Math.abs(lat)}`;

interface Tile {
  lon: number;
  lat: number;
  name: string;
  text: string;
  gzip: number;
  points: number;
}
const tiles: Tile[] = [];
const problems: string[] = [];
for (let lon = -180; lon < 180; lon += TILE) {
  for (let lat = -90; lat < 90; lat += TILE) {
    const parts: string[] = [];
    const all: Ring[] = [];
    const byCountry = new Map<string, Ring[]>();
    let points = 0;
    for (const code of codes) {
      const rings = clip(byCode.get(code)!, lon, lat);
      if (!rings.length) continue;
      byCountry.set(code, rings);
      all.push(...rings);
      points += rings.reduce((n, r) => n + r.length, 0);
      // First point from the corner, then steps: what basemap-codec writes compactly.
      const steps = rings.map((r) => r.map(([x, y], i) => (i ? [x - r[i - 1]![0], y - r[i - 1]![1]] : [x, y])));
      parts.push(`${code}=${encodeArcs(steps)};`);
    }
    if (!parts.length) continue;
    const name = tileName(lon, lat);
    const data = parts.join('');
    // The encoding round-trips.
    const back = data
      .split(';')
      .slice(0, -1)
      .map((p) => decodeArcs(p.slice(p.indexOf('=') + 1)));
    if (back.flat().reduce((n, r) => n + r.length, 0) !== points) problems.push(`${name}: the encoding loses points`);
    // Land and sea as in the simplified source (on the sphere), at sample points.
    let wrong = 0;
    const near = simplifiedFeatures.filter((f) => {
      const [[x0, y0], [x1, y1]] = geoBounds(f);
      return y1 >= lat && y0 <= lat + TILE && (x0 > x1 || (x1 >= lon && x0 <= lon + TILE));
    });
    for (let i = 0; i < SAMPLES; i++) {
      for (let j = 0; j < SAMPLES; j++) {
        const x = ((i + 0.5) / SAMPLES) * N;
        const y = ((j + 0.5) / SAMPLES) * N;
        const p: [number, number] = [lon + x * GRID_STEP, lat + y * GRID_STEP];
        if (inside(all, x, y) !== near.some((f) => geoContains(f, p))) wrong++;
      }
    }
    if (wrong > 3) problems.push(`${name}: ${wrong} of ${SAMPLES ** 2} sample points differ from the source`);
    for (const [code, lonA, latA, city] of ANCHORS) {
      if (lonA < lon || lonA >= lon + TILE || latA < lat || latA >= lat + TILE) continue;
      const x = (lonA - lon) / GRID_STEP;
      const y = (latA - lat) / GRID_STEP;
      if (!inside(byCountry.get(code) ?? [], x, y)) problems.push(`${city} is outside ${code} in ${name}`);
    }
    const text = `// Generated by scripts/build-basemap-detail.ts from world-atlas (Natural Earth 1:10m, public domain): do not edit.
/** Land between ${lon}° and ${lon + TILE}° longitude, ${lat}° and ${lat + TILE}° latitude, by country. */
export default ${JSON.stringify(data)};
`;
    tiles.push({lon, lat, name, text, gzip: gzipSync(text, {level: 9}).length, points});
  }
}

const index = `// Generated by scripts/build-basemap-detail.ts: do not edit.
/** A tile's size, and the grid its points are on, in degrees. */
export const TILE = ${TILE};
export const GRID_STEP = ${GRID_STEP};
/** The tiles that hold land, by their south-west corner "lon,lat", each loaded on demand. */
export const TILES: Record<string, () => Promise<{default: string}>> = {
${tiles.map((t) => `  '${t.lon},${t.lat}': () => import('./${t.name}.js'),`).join('\n')}
};
`;

for (const t of tiles) if (t.gzip > TILE_BUDGET) problems.push(`${t.name}: ${t.gzip} bytes gzip, over ${TILE_BUDGET}`);
const total = tiles.reduce((n, t) => n + t.gzip, 0);
if (total > TOTAL_BUDGET) problems.push(`all tiles: ${total} bytes gzip, over ${TOTAL_BUDGET}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const files = new Map<string, string>([['index.ts', index], ...tiles.map((t) => [`${t.name}.ts`, t.text] as const)]);
const largest = [...tiles].sort((a, b) => b.gzip - a.gzip);
const summary = [
  `${tiles.length} tiles of ${TILE}°, weight >= ${MIN_WEIGHT} deg², grid ${GRID_STEP}°, ${tiles.reduce((n, t) => n + t.points, 0)} points`,
  `  largest (bytes gzip): ${largest
    .slice(0, 5)
    .map((t) => `${t.name} ${t.gzip}`)
    .join(', ')} (budget ${TILE_BUDGET} each)`,
  `  Khabarovsk's tile e120n30: ${tiles.find((t) => t.name === 'e120n30')?.gzip} bytes gzip; all tiles ${total} (budget ${TOTAL_BUDGET})`,
].join('\n');

if (process.argv.includes('--check')) {
  let stale = false;
  let present: string[] = [];
  try {
    present = readdirSync(dir);
  } catch {
    stale = true;
  }
  if (present.length !== files.size || present.some((f) => !files.has(f))) stale = true;
  for (const [file, text] of files) {
    if (stale) break;
    if (readFileSync(new URL(file, dir), 'utf8') !== text) stale = true;
  }
  if (stale) {
    console.error(
      'src/generated/basemap-detail/ is stale: run `npx tsx scripts/build-basemap-detail.ts` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`src/generated/basemap-detail/ is up to date.\n${summary}`);
} else {
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const [file, text] of files) writeFileSync(new URL(file, dir), text);
  console.log(`wrote src/generated/basemap-detail/ (${files.size} files)\n${summary}`);
}
