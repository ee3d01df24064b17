/**
 * Writes src/generated/basemap.ts, the offline world basemap of `<twin-partner-map>`: one TopoJSON
 * topology with two objects, `countries` (one geometry per country, `id` = ISO 3166-1 alpha-2, no names:
 * the map names countries with Intl.DisplayNames) and `land` (all of them merged, for the fill and the
 * coastline). `--check` fails instead when the committed file is not what this script would write.
 *
 *   npx tsx scripts/build-basemap.ts            # writes the file, prints its raw and gzip sizes
 *   npx tsx scripts/build-basemap.ts --check    # exit 1 when src/generated/basemap.ts is stale
 *
 * Source: world-atlas's countries-10m.json (Natural Earth 1:10m admin-0 countries, public domain),
 * simplified here to world scale. Not the 1:110m or 1:50m files: their coastlines are generalized so far
 * that partner cities fall into the sea (1:110m's Vancouver Island ends about 10 km west of Victoria;
 * 1:50m's Honshu coast leaves out Niigata), and no simplification can put a coastline back. The 1:10m
 * coastline holds them, and simplifying it ourselves gives the same world-scale detail for the bytes.
 *
 * Steps, each with its one number below:
 * 1. Codes: the numeric ISO 3166-1 id of each feature becomes its alpha-2 code (i18n-iso-countries).
 *    Kosovo has no ISO code and gets XK, the user-assigned code that CLDR (so Intl.DisplayNames) and the
 *    EU use. The other features without one (N. Cyprus, Somaliland, Baikonur, Siachen Glacier, ... printed
 *    on every run) are kept without an `id`: land that is drawn but never matched to a country. Two
 *    features with one code (Australia and Ashmore and Cartier Is.) become one geometry.
 * 2. Islands: a polygon that touches no other feature and is smaller than MIN_ISLAND_KM2 is dropped,
 *    except a country's largest polygon (so Malta, Singapore or Nauru stay on the map). A hole goes with
 *    its enclave.
 * 3. Simplification: Visvalingam (topojson-simplify's presimplify, planar triangle area in square
 *    degrees) keeps the points of weight >= MIN_WEIGHT. Each ring keeps at least MIN_RING_SHARE of its
 *    area, so a small island becomes a small triangle or quad rather than a sliver or nothing. Each city
 *    in ANCHORS keeps nearby points, nearest first and four at a time, until it lies inside its own
 *    country (20 points in all, for Weihai, Niigata, Busan and Victoria; the other cities need none).
 * 4. Quantization to a grid of GRID_STEP degrees (topojson-client's quantize); rings that it collapses
 *    (micro-states smaller than a step, printed on every run) are dropped.
 * The result is checked: every anchor inside its country, no polygon wound inside out (which d3-geo
 * would fill as the whole globe), every ring closed and of 4 positions or more.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {gzipSync} from 'node:zlib';
import {ANCHORS, alpha2} from './basemap-source.js';
import {geoArea, geoContains, geoDistance} from 'd3-geo';
import {
  decodeArcs,
  decodeAreas,
  encodeArcs,
  encodeAreas,
  type Arcs,
  type AreaGeometry,
} from '../src/partner-map/basemap-codec.js';
import {feature, mergeArcs, quantize} from 'topojson-client';
import {filter, planarRingArea, planarTriangleArea, presimplify, simplify, type Filter} from 'topojson-simplify';
import type {Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon} from 'geojson';
import type {
  Arc,
  ArcIndexes,
  GeometryCollection,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
  Transform,
} from 'topojson-specification';

/** Points of smaller weight (Visvalingam effective triangle area, in square degrees) are removed. On a
 *  960 px world map one degree is about 2.7 px, so a square degree is about 7 px² at the equator: what goes
 *  is a bend of two or three pixels. Japan's four main islands, Sakhalin, Korea, Vancouver Island, Hainan,
 *  Taiwan and Sri Lanka keep their shapes. At 2 square degrees Honshu loses its bend (1.1 KB less gzip);
 *  at 0.5 the file grows by 1.7 KB gzip for detail that a world map cannot show. */
const MIN_WEIGHT = 1;
/** The quantization grid, in degrees both ways: 0.072°, 5,000 steps around the equator, 8 km there, a
 *  fifth of a pixel on a 960 px world map. What it costs is the micro-states smaller than a step (printed
 *  on every run): 0.036° keeps all but two of them for 1.3 KB more gzip; 0.09° saves 0.6 KB and loses
 *  seven more, Macao and Monaco among them. */
const GRID_STEP = 360 / 5000;
/** Detached polygons smaller than this go, unless they are their country's largest: 5,000 km² is about
 *  3 px² on a 960 px world map. Zealand, Bali, Corsica and Crete stay; Mallorca and Long Island go. */
const MIN_ISLAND_KM2 = 5000;
/** A simplified ring keeps at least this share of its area. */
const MIN_RING_SHARE = 0.5;

const SOURCE = 'world-atlas/countries-10m.json';
const target = new URL('../src/generated/basemap.ts', import.meta.url);
const EARTH_RADIUS_KM = 6371.0088;
/** How far from an anchor city points may be kept for it. */
const ANCHOR_RADIUS_KM = 60;

type Area = Polygon | MultiPolygon;
type Source = Topology<{countries: GeometryCollection<{name: string}>}>;
/** A weighted point of a presimplified arc: [x, y, weight]. */
type Weighted = [number, number, number];

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8')) as Source;

/** topojson-simplify's filter() passes a ring as its arc indexes (its type declarations say coordinates). */
const byArcs = (keep: (ring: ArcIndexes) => boolean) => keep as unknown as Filter;
const polygonsOf = (g: Area): ArcIndexes[][] => (g.type === 'Polygon' ? [g.arcs] : g.arcs);
const arcIndex = (i: number) => (i < 0 ? ~i : i);
/** The same ring whichever way it is walked: an exterior and the hole it fills share it. */
const ringKey = (ring: ArcIndexes) =>
  ring
    .map(arcIndex)
    .sort((a, b) => a - b)
    .join();

function ringAreaKm2(topology: Topology, ring: ArcIndexes): number {
  const area = geoArea(feature(topology, {type: 'Polygon', arcs: [ring]}));
  return Math.min(area, 4 * Math.PI - area) * EARTH_RADIUS_KM ** 2; // either winding
}

// 1. Codes.
interface Country {
  code: string | undefined;
  names: string[];
  polygons: ArcIndexes[][];
}
const byCode = new Map<string, Country>();
const countriesIn: Country[] = [];
for (const g of source.objects.countries.geometries) {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
  const name = g.properties?.name ?? '?';
  const code = alpha2(g.id, name);
  const known = code ? byCode.get(code) : undefined;
  if (known) {
    known.names.push(name);
    known.polygons.push(...polygonsOf(g));
    continue;
  }
  const country: Country = {code, names: [name], polygons: [...polygonsOf(g)]};
  countriesIn.push(country);
  if (code) byCode.set(code, country);
}

// 2. Islands.
const geometriesByArc = new Map<number, Set<number>>();
countriesIn.forEach((country, index) => {
  for (const ring of country.polygons.flat()) {
    for (const arc of ring) {
      const users = geometriesByArc.get(arcIndex(arc)) ?? new Set<number>();
      users.add(index);
      geometriesByArc.set(arcIndex(arc), users);
    }
  }
});
const attached = (ring: ArcIndexes) => ring.some((arc) => geometriesByArc.get(arcIndex(arc))!.size > 1);
const keptExteriors = new Set<string>();
const kept = countriesIn.map((country) => {
  const sized = country.polygons.map((polygon) => ({polygon, km2: ringAreaKm2(source, polygon[0]!)}));
  sized.sort((a, b) => b.km2 - a.km2);
  const polygons = sized
    .filter(({polygon, km2}, i) => (i === 0 && country.code) || km2 >= MIN_ISLAND_KM2 || attached(polygon[0]!))
    .map(({polygon}) => polygon);
  for (const polygon of polygons) keptExteriors.add(ringKey(polygon[0]!));
  return {country, polygons};
});
const geometries: Area[] = [];
for (const {country, polygons} of kept) {
  if (!polygons.length) continue;
  const arcs = polygons.map(([exterior, ...holes]) => [
    exterior!,
    ...holes.filter((hole) => keptExteriors.has(ringKey(hole)) || ringAreaKm2(source, hole) >= MIN_ISLAND_KM2),
  ]);
  const geometry: Area = arcs.length === 1 ? {type: 'Polygon', arcs: arcs[0]!} : {type: 'MultiPolygon', arcs};
  if (country.code) geometry.id = country.code;
  geometries.push(geometry);
}
const dropped = kept.filter(({polygons}) => !polygons.length).map(({country}) => country.names.join());
const pruned = filter(
  {
    type: 'Topology',
    transform: source.transform,
    arcs: source.arcs,
    objects: {countries: {type: 'GeometryCollection', geometries}},
  },
  () => true, // keeps every ring; filter() also prunes the arcs that no kept ring uses
) as Topology<{countries: GeometryCollection}>;

// 3. Simplification.
const pre = presimplify(pruned, planarTriangleArea);
const weighted = (i: number) => pre.arcs[arcIndex(i)] as Weighted[];

/** The points of a ring that simplification at `minWeight` keeps, in order. */
function ringPoints(ring: ArcIndexes, minWeight: number): Weighted[] {
  const points: Weighted[] = [];
  for (const i of ring) {
    const arc = weighted(i).filter((p) => p[2] >= minWeight);
    if (i < 0) arc.reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}
function signedArea(ring: Weighted[]): number {
  let area = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    area += x0 * y1 - x1 * y0;
  }
  return area / 2;
}
let keptForArea = 0;
for (const geometry of (pre.objects.countries as GeometryCollection).geometries as Area[]) {
  for (const ring of polygonsOf(geometry).flat()) {
    const full = signedArea(ringPoints(ring, -Infinity));
    while (signedArea(ringPoints(ring, MIN_WEIGHT)) / full < MIN_RING_SHARE) {
      let best: Weighted | undefined;
      for (const i of ring) for (const p of weighted(i)) if (p[2] < MIN_WEIGHT && (!best || p[2] > best[2])) best = p;
      if (!best) break;
      best[2] = Infinity; // the point that simplification would have removed last
      keptForArea++;
    }
  }
}

// 4. Quantization; rings collapsed by it go.
interface Built {
  topology: Topology<{countries: GeometryCollection; land: MultiPolygon}>;
  features: Array<Feature<GeoPolygon | GeoMultiPolygon>>;
}
function build(): Built {
  const grid = {scale: [GRID_STEP, GRID_STEP], translate: [-180, -90]} satisfies Transform;
  const quantized = quantize(simplify(pre, MIN_WEIGHT), grid);
  // Rings that quantization collapsed to no area go (with them the micro-states made of one such ring);
  // filter() also prunes the arcs that no ring uses any more. Then land is merged from what is left, and
  // the same filter drops the empty holes that merging can leave where a zero-length arc was.
  const solidRings = <K extends Objects>(topology: Topology<K>) => {
    const ringOf = (ring: ArcIndexes) => feature(topology, {type: 'Polygon', arcs: [ring]}).geometry.coordinates[0]!;
    return filter(
      topology,
      byArcs((ring) => planarRingArea(ringOf(ring) as Array<[number, number]>) > 0),
    );
  };
  const solid = solidRings(quantized) as Topology<{countries: GeometryCollection}>;
  const countries = solid.objects.countries;
  const merged = {...solid, objects: {countries, land: mergeArcs(solid, countries.geometries as Area[])}};
  const {objects, transform, arcs} = solidRings(merged) as Topology<{
    countries: GeometryCollection;
    land: MultiPolygon;
  }>;
  const topology = {
    type: 'Topology',
    transform,
    objects: {countries: objects.countries, land: objects.land},
    arcs,
  } as const;
  const features = feature(topology, objects.countries).features as Built['features'];
  return {topology, features};
}

const contains = (built: Built, [code, lon, lat]: (typeof ANCHORS)[number]) =>
  built.features.some((f) => f.id === code && geoContains(f, [lon, lat]));
/** The not yet kept points of an anchor's country, nearest first. */
const nearest = new Map<string, Weighted[]>();
function candidates(anchor: (typeof ANCHORS)[number]): Weighted[] {
  const [code, lon, lat, name] = anchor;
  let list = nearest.get(name);
  if (!list) {
    const geometry = ((pre.objects.countries as GeometryCollection).geometries as Area[]).find((g) => g.id === code);
    if (!geometry) throw new Error(`${name}: no country ${code} in the basemap`);
    const points = new Set(
      polygonsOf(geometry)
        .flat(2)
        .flatMap((i) => weighted(i)),
    );
    const km = (p: Weighted) => geoDistance([p[0], p[1]], [lon, lat]) * EARTH_RADIUS_KM;
    list = [...points].filter((p) => km(p) <= ANCHOR_RADIUS_KM).sort((a, b) => km(a) - km(b));
    nearest.set(name, list);
  }
  return list;
}
let built = build();
let keptForAnchors = 0;
for (;;) {
  const missed = ANCHORS.filter((anchor) => !contains(built, anchor));
  if (!missed.length) break;
  for (const anchor of missed) {
    let added = 0;
    for (const p of candidates(anchor)) {
      if (p[2] >= MIN_WEIGHT) continue;
      p[2] = Infinity; // four more of the nearest points each round
      keptForAnchors++;
      if (++added === 4) break;
    }
    if (!added) {
      const [code, , , name] = anchor;
      throw new Error(
        `${name} stays outside ${code} with every point within ${ANCHOR_RADIUS_KM} km kept: is it on the coast?`,
      );
    }
  }
  built = build();
}

// Checks.
const {topology, features} = built;
for (const f of features) {
  if (geoArea(f) > 2 * Math.PI) throw new Error(`${f.id ?? 'a feature without id'} is wound inside out`);
}
for (const polygon of feature(topology, topology.objects.land).geometry.coordinates) {
  for (const ring of polygon) {
    const [first, last] = [ring[0]!, ring.at(-1)!];
    if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) throw new Error('land has an invalid ring');
  }
}
const codesIn = new Set(geometries.map((g) => g.id).filter((id) => id != null));
const codesOut = new Set(features.map((f) => f.id).filter((id) => id != null));
const lost = [...codesIn].filter((code) => !codesOut.has(code));
const uncoded = kept
  .filter(({country, polygons}) => !country.code && polygons.length)
  .map(({country}) => country.names.join());

// Arcs and areas as text (src/partner-map/basemap-codec.ts), decoded once when the module loads.
const areas = topology.objects.countries.geometries as AreaGeometry[];
const land = topology.objects.land as unknown as AreaGeometry;
const encoded = {arcs: encodeArcs(topology.arcs as Arcs), countries: encodeAreas(areas), land: encodeAreas([land])};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
if (
  !same(decodeArcs(encoded.arcs), topology.arcs) ||
  !same(decodeAreas(encoded.countries), areas) ||
  !same(decodeAreas(encoded.land)[0], land)
) {
  throw new Error('the basemap does not survive its encoding');
}
const text = `// Generated by scripts/build-basemap.ts from world-atlas (Natural Earth 1:10m, public domain): do not edit.
import type {Topology} from 'topojson-specification';
import {decodeArcs, decodeAreas} from '../partner-map/basemap-codec.js';

export const BASEMAP = {
  type: 'Topology',
  transform: ${JSON.stringify(topology.transform)},
  objects: {
    countries: {type: 'GeometryCollection', geometries: decodeAreas(${JSON.stringify(encoded.countries)})},
    land: decodeAreas(${JSON.stringify(encoded.land)})[0]!,
  },
  arcs: decodeArcs(${JSON.stringify(encoded.arcs)}),
} as Topology;
`;
const gzip = gzipSync(text, {level: 9}).length;
const points = topology.arcs.reduce((n, arc: Arc) => n + arc.length, 0);
const summary = [
  `${codesOut.size} countries, ${features.length - codesOut.size} uncoded areas, ${topology.arcs.length} arcs, ${points} points`,
  `  weight >= ${MIN_WEIGHT} deg², grid ${GRID_STEP}°, islands >= ${MIN_ISLAND_KM2} km², rings keep ${MIN_RING_SHARE * 100}% of their area`,
  `  points kept for ring area: ${keptForArea}, for anchor cities: ${keptForAnchors}`,
  `  kept without an id (no ISO 3166-1 alpha-2 code): ${uncoded.join('; ') || 'none'}`,
  `  dropped whole (small detached islands without a code): ${dropped.join('; ') || 'none'}`,
  `  collapsed by quantization: ${lost.join(', ') || 'none'}`,
  `  size: ${Buffer.byteLength(text)} bytes raw, ${gzip} bytes gzip (target 12,288; budget 25,600)`,
].join('\n');

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('src/generated/basemap.ts is stale: run `npx tsx scripts/build-basemap.ts` and commit the result.');
    process.exit(1);
  }
  console.log(`src/generated/basemap.ts is up to date.\n${summary}`);
} else {
  writeFileSync(target, text);
  console.log(`wrote src/generated/basemap.ts\n${summary}`);
}
