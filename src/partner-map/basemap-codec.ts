/**
 * The basemap as text. A quantized TopoJSON is lists of small integers (arc steps, arc indexes), which
 * JSON writes digit by digit with brackets and commas. Here each integer is zig-zagged (0, -1, 1, -2...
 * to 0, 1, 2, 3...), cut into 5-bit digits, lowest first, a digit with more to come having 32 added, and
 * the digits written as base64url characters: self-delimiting, so lists need no commas. About 40% of the
 * JSON, and a fifth less after gzip. scripts/build-basemap.ts encodes; the map decodes once, on load.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type Arcs = number[][][];

/** A polygon or a multipolygon of the basemap (TopoJSON arc indexes), with its country code if it has one. */
export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  arcs: number[][] | number[][][];
  id?: string;
}

function encodeInts(numbers: Iterable<number>): string {
  let out = '';
  for (const n of numbers) {
    let v = n < 0 ? -2 * n - 1 : 2 * n;
    do {
      const digit = v & 31;
      v >>>= 5;
      out += DIGITS[v ? digit | 32 : digit];
    } while (v);
  }
  return out;
}

function decodeInts(text: string): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = DIGITS.indexOf(ch);
    v |= (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(v & 1 ? -(v + 1) / 2 : v / 2);
    v = shift = 0;
  }
  return out;
}

/** Arcs: each its points' coordinates in a row, "~" after each arc. */
export function encodeArcs(arcs: Arcs): string {
  return arcs.map((arc) => `${encodeInts(arc.flat())}~`).join('');
}

export function decodeArcs(text: string): Arcs {
  return text
    .split('~')
    .slice(0, -1)
    .map((chunk) => {
      const flat = decodeInts(chunk);
      const arc: number[][] = [];
      for (let i = 0; i < flat.length; i += 2) arc.push([flat[i]!, flat[i + 1]!]);
      return arc;
    });
}

/**
 * Areas: per area its id (if any), "(" for a polygon or "[" for a multipolygon, then its polygons, each
 * a list of rings of arc indexes; "," ends a ring, "|" a polygon, ";" an area.
 */
export function encodeAreas(areas: readonly AreaGeometry[]): string {
  return areas
    .map((area) => {
      const polygons = (area.type === 'Polygon' ? [area.arcs] : area.arcs) as number[][][];
      const body = polygons.map((polygon) => `${polygon.map((ring) => `${encodeInts(ring)},`).join('')}|`).join('');
      return `${area.id ?? ''}${area.type === 'Polygon' ? '(' : '['}${body};`;
    })
    .join('');
}

export function decodeAreas(text: string): AreaGeometry[] {
  return text
    .split(';')
    .slice(0, -1)
    .map((chunk) => {
      const at = chunk.search(/[([]/);
      const polygons = chunk
        .slice(at + 1)
        .split('|')
        .slice(0, -1)
        .map((polygon) => polygon.split(',').slice(0, -1).map(decodeInts));
      const area: AreaGeometry =
        chunk[at] === '(' ? {type: 'Polygon', arcs: polygons[0]!} : {type: 'MultiPolygon', arcs: polygons};
      if (at > 0) area.id = chunk.slice(0, at);
      return area;
    });
}
