/**
 * The finer basemap (a chunk loaded on demand, through detail-hook.ts): the tiles of
 * src/generated/basemap-detail/ that the view shows, each loaded once per page, drawn over the world
 * basemap in one layer of the basemap's `.viewport` group, just under what covers the world's outside.
 * Each tile covers the world basemap in its area with its own sea, graticule, land, partner countries,
 * coast and borders, so the coarse coastline never shows through; outside the loaded tiles the world
 * basemap stays. Borders and coast are found in the rings: an edge two countries share is a border, any
 * other edge that is not on the tile's own edge is coast. Nothing here throws: a tile that fails to load
 * is left out (and asked for again at the next zoom).
 */
import {decodeArcs} from './basemap-codec.js';
import {naturalEarth1, WORLD_WIDTH, type Basemap, type Size, type View} from './geo.js';
import {GRID_STEP, TILE, TILES} from '../generated/basemap-detail/index.js';

const PI = Math.PI;
const TAU = 2 * PI;
const RAD = PI / 180;
/** As in geo.ts: Natural Earth I scaled to WORLD_WIDTH, y down. */
const SCALE = WORLD_WIDTH / (TAU * 0.8707);
const HALF_HEIGHT = naturalEarth1(0, PI / 2)[1] * SCALE;
/** Grid steps per tile, and per degree (meridian edges are written with a point every degree). */
const N = Math.round(TILE / GRID_STEP);
const DEGREE = Math.round(1 / GRID_STEP);

/**
 * A coordinate (under 1e12 in size) rounded to two decimals, written as `String(Math.round(v * 100) / 100)`
 * writes it, from integers (geo.ts writes the world basemap's the same way, into bytes). Here, in the
 * chunk that needs it, not in every map's first load.
 */
export function fixed2(v: number): string {
  const n = Math.round(v * 100);
  const a = n < 0 ? -n : n;
  const f = a % 100;
  return (n < 0 ? '-' : '') + (a - f) / 100 + (f ? (f < 10 ? '.0' : '.') + (f % 10 ? f : f / 10) : '');
}

type Ring = Array<[number, number]>;
interface Tile {
  lon: number;
  lat: number;
  countries: Array<[code: string, rings: Ring[]]>;
}
interface Paths {
  water: string;
  graticule: string;
  land: string;
  coast: string;
  borders: string;
  countries: Map<string, string>;
}

const loading = new Map<string, Promise<unknown>>();
const loaded = new Map<string, Tile>();
/** Path data by map centre and tile. */
const drawn = new Map<string, Paths>();
const layers = new WeakMap<SVGGElement, string>();

function parse(key: string, text: string): Tile {
  const [lon, lat] = key.split(',').map(Number) as [number, number];
  const countries = text
    .split(';')
    .slice(0, -1)
    .map((part): [string, Ring[]] => {
      const at = part.indexOf('=');
      const rings = decodeArcs(part.slice(at + 1)).map((steps) => {
        let x = 0;
        let y = 0;
        return steps.map(([dx, dy]): [number, number] => [(x += dx!), (y += dy!)]);
      });
      return [part.slice(0, at), rings];
    });
  return {lon, lat, countries};
}

/** The tile's longitudes in radians from the map's centre, unwrapped as one piece: its west edge. */
function westOf(tile: {lon: number}, centre: number): number {
  let lambda = (tile.lon + TILE / 2 - centre) * RAD;
  lambda -= TAU * Math.round(lambda / TAU);
  return lambda - (TILE / 2) * RAD;
}

/** The copies of a tile to draw: one, and one a turn over when it runs past the world's edge. */
function shifts(west: number): number[] {
  const out = [0];
  if (west + TILE * RAD > PI) out.push(-TAU);
  if (west < -PI) out.push(TAU);
  return out;
}

function point(west: number, lon: number, lat: number): [number, number] {
  const [x, y] = naturalEarth1(west + lon * RAD, lat * RAD);
  return [WORLD_WIDTH / 2 + x * SCALE, HALF_HEIGHT - y * SCALE];
}

/** Whether a tile (any copy) meets the map rectangle [x0, y0, x1, y1]. */
function inView(lon: number, lat: number, centre: number, r: number[]): boolean {
  const west = westOf({lon}, centre);
  return shifts(west).some((s) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let d = 0; d <= TILE; d += 5) {
      for (const [a, b] of [
        [0, d],
        [TILE, d],
      ]) {
        const [x, y] = point(west + s, a!, lat + b!);
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    }
    return x0 <= r[2]! && x1 >= r[0]! && y0 <= r[3]! && y1 >= r[1]!;
  });
}

/** Path data of a tile's layers for a map centre. */
function paths(tile: Tile, centre: number): Paths {
  const key = `${centre}|${tile.lon},${tile.lat}`;
  let p = drawn.get(key);
  if (p) return p;
  p = {water: '', graticule: '', land: '', coast: '', borders: '', countries: new Map()};
  const west0 = westOf(tile, centre);
  const onEdge = (a: [number, number], b: [number, number]) =>
    (a[0] === b[0] && (a[0] === 0 || a[0] === N)) || (a[1] === b[1] && (a[1] === 0 || a[1] === N));
  const id = (q: [number, number]) => q[0] * (N + 1) + q[1];
  const edge = (a: [number, number], b: [number, number]) => Math.min(id(a), id(b)) * 1e7 + Math.max(id(a), id(b));
  const uses = new Map<number, number>();
  for (const [, rings] of tile.countries)
    for (const r of rings)
      r.forEach((a, i) =>
        uses.set(edge(a, r[(i + 1) % r.length]!), (uses.get(edge(a, r[(i + 1) % r.length]!)) ?? 0) + 1),
      );
  const bordersDone = new Set<number>();
  for (const west of shifts(west0).map((s) => west0 + s)) {
    const xy = (q: [number, number]) => {
      const [x, y] = point(west, q[0] * GRID_STEP, tile.lat + q[1] * GRID_STEP);
      return `${fixed2(x)},${fixed2(y)}`;
    };
    /** A closed ring, with a point every degree along the tile's meridian edges (curves in this projection). */
    const ring = (r: Ring) => {
      let d = '';
      r.forEach((a, i) => {
        d += `${i ? 'L' : 'M'}${xy(a)}`;
        const b = r[(i + 1) % r.length]!;
        if (a[0] === b[0] && (a[0] === 0 || a[0] === N))
          for (
            let y = a[1] + Math.sign(b[1] - a[1]) * DEGREE;
            (b[1] - y) * Math.sign(b[1] - a[1]) > 0;
            y += Math.sign(b[1] - a[1]) * DEGREE
          )
            d += `L${xy([a[0], y])}`;
      });
      return `${d}Z`;
    };
    p.water += ring([
      [0, 0],
      [N, 0],
      [N, N],
      [0, N],
    ]);
    // The graticule's lines that run along this tile's edges: meridians up to 80°, parallels up to 60°.
    const lat1 = tile.lat + TILE;
    if (tile.lat < 80 && lat1 > -80) {
      const [from, to] = [Math.max(tile.lat, -80), Math.min(lat1, 80)].map((l) =>
        Math.round((l - tile.lat) / GRID_STEP),
      );
      let d = '';
      for (let y = from!; y <= to!; y += DEGREE * 5) d += `${y === from ? 'M' : 'L'}${xy([0, y])}`;
      p.graticule += d;
    }
    if (Math.abs(tile.lat) <= 60) p.graticule += `M${xy([0, 0])}L${xy([N, 0])}`;
    for (const [code, rings] of tile.countries) {
      let d = '';
      for (const r of rings) {
        d += ring(r);
        let run = '';
        r.forEach((a, i) => {
          const b = r[(i + 1) % r.length]!;
          const e = edge(a, b);
          const border = (uses.get(e) ?? 0) > 1;
          if (onEdge(a, b) || (border && bordersDone.has(e))) {
            run = '';
            return;
          }
          if (border) bordersDone.add(e);
          const line = `${run === (border ? 'b' : 'c') ? '' : `M${xy(a)}`}L${xy(b)}`;
          if (border) p!.borders += line;
          else p!.coast += line;
          run = border ? 'b' : 'c';
        });
      }
      p.land += d;
      p.countries.set(code, (p.countries.get(code) ?? '') + d);
    }
    bordersDone.clear();
  }
  drawn.set(key, p);
  return p;
}

const LAYERS: Array<[keyof Omit<Paths, 'countries'> | 'partners', Record<string, string>]> = [
  ['water', {fill: 'var(--_water)'}],
  ['graticule', {fill: 'none', stroke: 'var(--_map-border)', 'stroke-opacity': '0.35', 'stroke-width': '0.5'}],
  ['land', {fill: 'var(--_land)', 'fill-rule': 'evenodd'}],
  ['partners', {fill: 'var(--_partner-land)', 'fill-rule': 'evenodd'}],
  ['coast', {fill: 'none', stroke: 'var(--_map-border)', 'stroke-width': '0.75'}],
  ['borders', {fill: 'none', stroke: 'var(--_map-border)', 'stroke-width': '0.6'}],
];

/** Draws the loaded tiles into the group (once per change of tiles or partner countries). */
function render(g: SVGGElement, map: Basemap): void {
  if (!g.isConnected) return;
  const partners = new Set([...g.querySelectorAll('.partner-country')].map((el) => el.getAttribute('data-country')));
  const tiles = [...loaded.values()];
  const state = `${map.centre}|${[...loaded.keys()].join(' ')}|${[...partners].join()}`;
  let layer = g.querySelector<SVGGElement>(':scope > .detail');
  if (layer && layers.get(layer) === state) return;
  if (!layer) {
    layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    layer.setAttribute('class', 'detail');
    for (const [name, style] of LAYERS) {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('class', `detail-${name}`);
      for (const [property, value] of Object.entries(style)) path.style.setProperty(property, value);
      layer.append(path);
    }
    g.insertBefore(layer, g.querySelector(':scope > .outside'));
  }
  layers.set(layer, state);
  const all = tiles.map((t) => paths(t, map.centre));
  const [water, graticule, land, partnerLand, coast, borders] = layer.children;
  water!.setAttribute('d', all.map((p) => p.water).join(''));
  graticule!.setAttribute('d', all.map((p) => p.graticule).join(''));
  land!.setAttribute('d', all.map((p) => p.land).join(''));
  partnerLand!.setAttribute(
    'd',
    all.map((p) => [...partners].map((c) => (c && p.countries.get(c)) ?? '').join('')).join(''),
  );
  coast!.setAttribute('d', all.map((p) => p.coast).join(''));
  borders!.setAttribute('d', all.map((p) => p.borders).join(''));
}

/**
 * Draws the finer basemap for the view: the tiles already loaded at once, the others as they arrive.
 * The view's rectangle (in map units) is what the frame shows.
 */
export function drawDetail(g: SVGGElement, map: Basemap, view: View, size: Size): void {
  const rect = [-view.x / view.k, -view.y / view.k, (size.width - view.x) / view.k, (size.height - view.y) / view.k];
  for (const key of Object.keys(TILES)) {
    if (loaded.has(key) || loading.has(key)) continue;
    const [lon, lat] = key.split(',').map(Number) as [number, number];
    if (!inView(lon, lat, map.centre, rect)) continue;
    loading.set(
      key,
      TILES[key]!().then(
        (m) => {
          loaded.set(key, parse(key, m.default));
          render(g, map);
        },
        () => loading.delete(key),
      ),
    );
  }
  render(g, map);
}
