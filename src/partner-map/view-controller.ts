/**
 * The map's view: where the basemap is scaled (`k`) and moved (`x`, `y`) in the frame. Fitting the
 * partners, zooming, panning, animating, keeping the view on a resize, and writing it to the DOM
 * without a re-render (a gesture moves the drawing as one layer; the commit when it pauses draws it
 * sharp). The element owns the data; this owns the numbers and the frame's transforms.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ResizeController} from '../core/controllers/resize.js';
import {
  clampView,
  fitView,
  maxZoom,
  project,
  toScreen,
  zoomAround,
  type Basemap,
  type Box,
  type Size,
  type View,
} from './geo.js';
import {GROUP_RADIUS} from './places.js';
import type {MarkerElement} from './markers.js';
import {layoutLabels} from './label-layout.js';
import type {Zoomable} from './gesture-controller.js';
import {drawDetail} from './detail-hook.js';

/** Room (px) kept around the partners when the map fits them. */
const FIT_PADDING = 36;
/** Fitting the partners never zooms in further than this many times the whole world (one close partner). */
const FIT_LIMIT = 12;
/** The width (px) of the zoom and pan buttons over the map. */
const CONTROLS_WIDTH = 72;
/** Up to this many markers follow a zoom gesture one by one; more are scaled as one layer until it ends. */
const LIVE_MARKERS = 80;
/** A gesture that pauses this long (ms) is drawn sharp and regrouped. */
const COMMIT_AFTER = 160;

export interface ViewOptions {
  /** The box to fit (the home city, the shown partners, their arcs), or undefined for the whole world. */
  fitBox(): Box | undefined;
  /** The zoom changed since the markers were grouped: group them again. */
  regroup(): void;
}

/** The element the view is drawn in: its width sets the frame's size; the frame and markers are in its `renderRoot`. */
type ViewHost = ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode; readonly hasUpdated: boolean};

export class MapViewController implements ReactiveController, Zoomable {
  #host: ViewHost;
  #options: ViewOptions;
  #map: Basemap | undefined;
  #size: Size = {width: 800, height: 450};
  #view: View = {k: 1, x: 0, y: 0};
  /** The visitor moved the map (a resize keeps the middle instead of fitting again). */
  moved = false;
  /** The zoom the markers were grouped at. */
  groupedAt = 0;
  #animation = 0;
  #regroupFrame = 0;
  /** The view the basemap is drawn at, and the element it is drawn in. */
  #committed: View | undefined;
  #committedOn: Element | undefined;
  #commitTimer: ReturnType<typeof setTimeout> | undefined;
  /** The markers (each holds its map point), and the view they were placed at. */
  #markerEls: MarkerElement[] = [];
  #placed: View | undefined;
  #placedOn: Element | undefined;

  constructor(host: ViewHost, options: ViewOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    new ResizeController(host, () => this.#resize());
  }

  /** After each render: the frame's size (measured on the first), and the new markers placed at the view. */
  hostUpdated(): void {
    if (!this.#host.hasUpdated) this.#resize();
    const frame = this.#host.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    frame.style.height = `${this.#size.height}px`;
    this.#markerEls = [...this.#host.renderRoot.querySelectorAll<MarkerElement>('.marker')];
    this.#placed = undefined;
    this.#apply(this.#commitTimer !== undefined || this.#animation !== 0);
  }

  hostDisconnected(): void {
    clearTimeout(this.#commitTimer);
    cancelAnimationFrame(this.#animation);
    cancelAnimationFrame(this.#regroupFrame);
  }

  /** The basemap of the feed, when the data arrives. */
  setBasemap(map: Basemap): void {
    this.#map = map;
  }

  /** The view now. */
  get view(): View {
    return this.#view;
  }

  /** The frame's size. */
  get size(): Size {
    return this.#size;
  }

  get ready(): boolean {
    return !!this.#map;
  }

  /** The current zoom relative to the whole world (1 = the whole world fits). */
  get zoom(): number {
    const map = this.#map;
    return map ? this.#view.k / Math.min(this.#size.width / map.width, this.#size.height / map.height) : 1;
  }

  /**
   * The view that shows the home city, the shown partners and the arcs between them, and the frame's
   * height for it: as tall as what it shows needs (between the least and most this width takes), never
   * showing the Antarctic (south of 60° S) unless a partner is there, nor more than the world.
   */
  fit(): void {
    const map = this.#map;
    if (!map) return;
    const box = this.#options.fitBox();
    const size = (this.#size = frameSize(this.#size.width));
    const pad = size.width < 560 ? 16 : FIT_PADDING;
    // Nothing to fit: the whole world, edge to edge.
    const v = (this.#view = box
      ? fitView(box, map, size, pad, FIT_LIMIT, this.#controlsReserve())
      : fitView(
          [
            [0, 0],
            [map.width, map.height],
          ],
          map,
          size,
          0,
        ));
    this.groupedAt = 0;
    if (!box) return;
    const k = v.k;
    const south = Math.max(box[1][1] + pad / k, project(map, [map.centre, -60])![1]);
    const needed = (box[1][1] - box[0][1]) * k + 2 * pad;
    const height = Math.round(
      Math.min(size.height, Math.max(needed, size.width * (size.width < 560 ? 0.6 : 0.4)), south * k),
    );
    const middle = ((box[0][1] + box[1][1]) / 2) * k;
    // The frame's top, in map units: the partners in the middle, then no further north than the pole
    // and no further south than `south`.
    const top = Math.max(0, Math.min(middle / k - height / k / 2, south - height / k));
    this.#size = {width: size.width, height};
    this.#view = {k, x: v.x, y: -top * k};
  }

  /**
   * Room kept free when fitting: the zoom and pan buttons cover a strip at the start side (none on a
   * phone, where they sit under the map). Names need none: at an edge they go on the marker's other side.
   */
  #controlsReserve(): {left?: number; right?: number} {
    const start = this.#size.width < 480 ? 0 : CONTROLS_WIDTH;
    return getComputedStyle(this.#host).direction === 'rtl' ? {right: start} : {left: start};
  }

  #resize(): void {
    // The content box: the element's padding (--twin-inset) is not the map's.
    const style = getComputedStyle(this.#host);
    const width = Math.round(this.#host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (!width || width === this.#size.width) return;
    const size = frameSize(width);
    const before = this.#size;
    this.#size = size;
    if (!this.#map) return;
    const v = this.#view;
    if (this.moved) {
      // Keep the same place in the middle.
      const cx = (before.width / 2 - v.x) / v.k;
      const cy = (before.height / 2 - v.y) / v.k;
      this.#view = clampView({k: v.k, x: size.width / 2 - cx * v.k, y: size.height / 2 - cy * v.k}, this.#map, size);
    } else {
      this.fit();
    }
    this.#options.regroup();
    this.#host.requestUpdate();
  }

  /**
   * Writes the view to the DOM without a re-render: the markers' custom properties, and the basemap's
   * transform. During a gesture (`live`) the basemap drawn at the last committed view is only moved and
   * scaled as a whole (a compositor transform: no redraw of thousands of path points per frame); the
   * commit at the end of the gesture draws it sharp at the new view.
   */
  #apply(live = false): void {
    this.#move(live);
    const frame = this.#host.renderRoot.querySelector<HTMLElement>('.frame');
    const v = this.#view;
    // Where the view settles, the names are placed again: what fits changes with the zoom and the frame's edges.
    if (!live && frame) layoutLabels(frame, v.k, v.x, v.y);
  }

  #move(live: boolean): void {
    const v = this.#view;
    const g = this.#host.renderRoot.querySelector<SVGGElement>('.viewport');
    const svg = g?.ownerSVGElement;
    if (g && svg) {
      const c = this.#committed;
      if (!live || !c || this.#committedOn !== g) {
        if (!c || this.#committedOn !== g || c.k !== v.k || c.x !== v.x || c.y !== v.y) {
          g.setAttribute('transform', `translate(${v.x.toFixed(2)} ${v.y.toFixed(2)}) scale(${v.k.toFixed(5)})`);
        }
        svg.style.removeProperty('transform');
        this.#committed = v;
        this.#committedOn = g;
        drawDetail(g, this);
      } else {
        const s = v.k / c.k;
        svg.style.transform = `translate(${(v.x - s * c.x).toFixed(2)}px, ${(v.y - s * c.y).toFixed(2)}px) scale(${s.toFixed(5)})`;
      }
    }
    const layer = this.#host.renderRoot.querySelector<HTMLElement>('.markers');
    if (!layer) return;
    const p = this.#placed;
    if (p && this.#placedOn === layer && (p.k === v.k || (live && this.#markerEls.length > LIVE_MARKERS))) {
      // A pan moves the marker layer as a whole. So does a zoom gesture over many markers (they grow or
      // shrink with the map for a moment), since moving each of hundreds of markers costs a frame.
      const s = v.k / p.k;
      layer.style.transform = `translate(${(v.x - s * p.x).toFixed(2)}px, ${(v.y - s * p.y).toFixed(2)}px)${s === 1 ? '' : ` scale(${s.toFixed(5)})`}`;
      return;
    }
    layer.style.removeProperty('transform');
    for (const el of this.#markerEls)
      el.style.transform = `translate(${(el.marker.x * v.k + v.x).toFixed(2)}px, ${(el.marker.y * v.k + v.y).toFixed(2)}px)`;
    this.#placed = v;
    this.#placedOn = layer;
  }

  /** Sets the view; `live` for gestures: the basemap is redrawn and the markers regrouped once they pause. */
  setView(view: View, live = false): void {
    if (!this.#map) return;
    this.#view = clampView(view, this.#map, this.#size);
    this.moved = true;
    this.#apply(live);
    clearTimeout(this.#commitTimer);
    if (live) this.#commitTimer = setTimeout(() => this.commit(), COMMIT_AFTER);
    else this.#scheduleRegroup();
  }

  /** The end of a gesture: the basemap drawn sharp at the view, the markers regrouped. */
  commit(): void {
    clearTimeout(this.#commitTimer);
    this.#commitTimer = undefined;
    this.#apply(false);
    this.#scheduleRegroup();
  }

  #scheduleRegroup(): void {
    if (this.#regroupFrame) return;
    this.#regroupFrame = requestAnimationFrame(() => {
      this.#regroupFrame = 0;
      if (Math.abs(this.#view.k - this.groupedAt) > 1e-9) this.#options.regroup();
    });
  }

  /** Stops an animation (a gesture takes over). */
  stop(): void {
    cancelAnimationFrame(this.#animation);
  }

  /** The view zoomed by `factor` about a point of the frame. */
  zoomedAround(factor: number, x: number, y: number): View {
    return zoomAround(this.#view, factor, x, y, this.#map!, this.#size);
  }

  /** Moves to `target`, animated unless the visitor prefers reduced motion. */
  animateTo(target: View): Promise<void> {
    cancelAnimationFrame(this.#animation);
    if (!this.#map) return Promise.resolve();
    const end = clampView(target, this.#map, this.#size);
    const start = this.#view;
    this.moved = true;
    if (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.setView(end);
      return Promise.resolve();
    }
    const {width, height} = this.#size;
    const c0 = [(width / 2 - start.x) / start.k, (height / 2 - start.y) / start.k];
    const c1 = [(width / 2 - end.x) / end.k, (height / 2 - end.y) / end.k];
    const began = performance.now();
    const duration = 220;
    return new Promise((resolve) => {
      const step = (now: number) => {
        const t = Math.min(1, (now - began) / duration);
        const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        const k = start.k * (end.k / start.k) ** e;
        const cx = c0[0]! + (c1[0]! - c0[0]!) * e;
        const cy = c0[1]! + (c1[1]! - c0[1]!) * e;
        this.#view = {k, x: width / 2 - cx * k, y: height / 2 - cy * k};
        this.#apply(t < 1);
        if (t < 1) {
          this.#animation = requestAnimationFrame(step);
        } else {
          this.#animation = 0;
          this.#view = end;
          this.#apply();
          this.#options.regroup();
          resolve();
        }
      };
      this.#animation = requestAnimationFrame(step);
    });
  }

  /** Zooms in (factor > 1) or out around the middle of the frame. */
  zoomBy(factor: number): Promise<void> {
    if (!this.#map) return Promise.resolve();
    return this.animateTo(this.zoomedAround(factor, this.#size.width / 2, this.#size.height / 2));
  }

  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): Promise<void> {
    return this.animateTo({...this.#view, x: this.#view.x + dx, y: this.#view.y + dy});
  }

  /** Back to the view that shows all the partners. */
  reset(): Promise<void> {
    const before = this.#view;
    this.fit();
    const fitted = this.#view;
    this.#view = before;
    return this.animateTo(fitted).then(() => {
      this.moved = false;
    });
  }

  /**
   * Brings a map point into view, panning only when it is outside the frame or under what covers its
   * end side from `free` px on (the card).
   */
  reveal(at: [number, number] | undefined, free = this.#size.width): void {
    if (!at || !this.#map) return;
    const [sx, sy] = toScreen(this.#view, at);
    const m = FIT_PADDING;
    const {height} = this.#size;
    if (sx >= m && sx <= free - m && sy >= m && sy <= height - m) return;
    void this.panBy(free / 2 - sx, height / 2 - sy);
  }

  /**
   * The view that splits a group's points apart, zoomed in only as far as it takes to split off the
   * loosest member (at least twice as close), so a group of four opens into a few markers and groups,
   * not into an empty close-up of one city. Undefined when even the closest zoom cannot tell them apart.
   */
  splitting(pts: ReadonlyArray<[number, number]>): View | undefined {
    const map = this.#map;
    if (!map) return undefined;
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const kMax = maxZoom(map, this.#size);
    if (this.#view.k >= kMax * 0.99 || span * kMax < GROUP_RADIUS) return undefined;
    const box: [[number, number], [number, number]] = [
      [Math.min(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.max(...ys)],
    ];
    const fitted = fitView(
      box,
      map,
      this.#size,
      Math.max(FIT_PADDING, GROUP_RADIUS * 2),
      undefined,
      this.#controlsReserve(),
    );
    let loosest = 0;
    for (const a of pts) {
      let nearest = Infinity;
      for (const b of pts) if (a !== b) nearest = Math.min(nearest, Math.hypot(a[0] - b[0], a[1] - b[1]));
      loosest = Math.max(loosest, nearest);
    }
    const k = Math.min(fitted.k, Math.max(this.#view.k * 2, (GROUP_RADIUS * 1.25) / Math.max(loosest, 1e-9)));
    const [bx, by] = [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2];
    const [sx, sy] = toScreen(fitted, [bx, by]);
    return {k, x: sx - bx * k, y: sy - by * k};
  }
}

/**
 * The tallest frame for a container width: about 16:9, taller than wide on phones, never taller than
 * the window. Fitting makes it only as tall as what it shows.
 */
function frameSize(width: number): Size {
  const ratio = width < 560 ? 1.2 : width < 800 ? 0.62 : 0.52;
  const viewport = typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight * 0.8 : 720;
  return {width, height: Math.round(Math.max(240, Math.min(width * ratio, viewport)))};
}
