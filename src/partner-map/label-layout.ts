/**
 * Where each marker's name goes: at the best of eight places around its marker
 * (right, left, above, below, then the diagonals), greedily in the order of importance given, so no
 * name covers another name, another marker or the map's buttons, and none runs out of the frame. A
 * name that fits nowhere at this zoom is left out (it shows on hover and focus, and once the reader
 * zooms in far enough for it to fit). `placeLabels` decides without the DOM; `layoutLabels` measures
 * the names (once per text and font) and moves them.
 */
import type {MarkerElement} from './markers.js';

/** A box on screen: left, top, right, bottom (px). */
export type Rect = [number, number, number, number];

export interface LabelItem {
  /** The marker's box on screen. */
  box: Rect;
  /** The name's width and height (px); 0 when it has none. */
  w: number;
  h: number;
}

/** Space between a marker and its name (px). */
const GAP = 3;

const overlaps = (a: Rect, b: Rect): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The top-left offset of each name from its marker's centre, or undefined where it does not fit.
 * `items` are in order of importance; `blocked` are boxes no name may cover (the buttons over the map).
 */
export function placeLabels(
  items: readonly LabelItem[],
  width: number,
  height: number,
  blocked: readonly Rect[] = [],
): Array<Rect | undefined> {
  const taken: Rect[] = [...blocked];
  return items.map(({box: [l, t, r, b], w, h}, i) => {
    if (!w) return undefined;
    const cx = (l + r) / 2 - w / 2;
    const cy = (t + b) / 2 - h / 2;
    // Right, left, above, below, then the four corners (tucked in a little).
    const q = (b - t) * 0.2;
    for (const [x, y] of [
      [r + GAP, cy],
      [l - GAP - w, cy],
      [cx, t - GAP - h],
      [cx, b + GAP],
      [r - q, t + q - h],
      [l + q - w, t + q - h],
      [r - q, b - q],
      [l + q - w, b - q],
    ] as const) {
      const box: Rect = [x, y, x + w, y + h];
      if (x < 0 || y < 0 || x + w > width || y + h > height) continue;
      if (taken.some((o) => overlaps(o, box)) || items.some((m, j) => j !== i && overlaps(m.box, box))) continue;
      taken.push(box);
      return box;
    }
    return undefined;
  });
}

const sizes = new Map<string, [number, number]>();
/** An element's size, measured once per font and text (and class: a group's count is wider). */
function sizeOf(el: HTMLElement, font: string): [number, number] {
  const key = `${font}|${el.className}|${el.textContent}`;
  let s = sizes.get(key);
  if (!s) sizes.set(key, (s = [el.offsetWidth, el.offsetHeight]));
  return s;
}

/**
 * Places the names of the markers in `frame` for the view `k`, `x`, `y` (each marker's button holds its
 * marker: its map point and its importance, `rank`): each is moved beside its marker or, where
 * it fits nowhere, hidden (class `off`) until hover or focus.
 */
export function layoutLabels(frame: HTMLElement, k: number, vx: number, vy: number): void {
  const markers = [...frame.querySelectorAll<MarkerElement>('.marker')].sort((a, b) => a.marker.rank - b.marker.rank);
  const first = frame.querySelector<HTMLElement>('.label');
  if (!first) return;
  const font = getComputedStyle(first).font;
  const f = frame.getBoundingClientRect();
  // The buttons over the map, and the card where it lies over the map, take their room.
  const blocked: Rect[] = [];
  for (const el of frame.parentElement?.querySelectorAll('.controls, .card') ?? []) {
    const r = el.getBoundingClientRect();
    if (r.top < f.bottom && r.bottom > f.top && r.left < f.right && r.right > f.left)
      blocked.push([r.left - f.left - 4, r.top - f.top - 4, r.right - f.left + 4, r.bottom - f.top + 4]);
  }
  const items = markers.map((m): LabelItem => {
    const label = m.querySelector<HTMLElement>('.label');
    const half = m.classList.contains('group') && !m.classList.contains('with-home') ? 14 : 12;
    const left = m.marker.x * k + vx - half;
    const top = m.marker.y * k + vy - half;
    const [bw, bh] = sizeOf(m, font);
    const [w, h] = label ? sizeOf(label, font) : [0, 0];
    return {box: [left, top, left + bw, top + bh], w, h};
  });
  placeLabels(items, frame.clientWidth, frame.clientHeight, blocked).forEach((at, i) => {
    const label = markers[i]!.querySelector<HTMLElement>('.label');
    if (!label) return;
    label.classList.toggle('off', !at);
    if (at) label.style.transform = `translate(${at[0] - items[i]!.box[0]}px, ${at[1] - items[i]!.box[1]}px)`;
  });
}
