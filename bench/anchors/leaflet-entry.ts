/**
 * The Leaflet bench page's script (bench/anchors/leaflet.ts): `leafletBench.render` times one map,
 * `leafletBench.driver` is what bench/frames.ts's gestures drive.
 */
import {partnerMap, type Feed, type PartnerMap} from './leaflet-app.js';

let current: PartnerMap | undefined;

const leafletBench = {
  feeds: {} as Record<string, string>,
  /** The map's frame, as large as ours (bench/anchors/leaflet.ts reads our frame's size). */
  size: {width: 1100, height: 620},
  render(key: string) {
    current?.map.remove();
    const main = document.querySelector('main')!;
    main.replaceChildren();
    const el = document.createElement('div');
    el.style.cssText = `width:${this.size.width}px;height:${this.size.height}px`;
    main.append(el);
    const feed = JSON.parse(this.feeds[key]!) as Feed;
    const t = performance.now();
    current = partnerMap(el, feed);
    el.querySelector('path')!.getBoundingClientRect();
    const ms = performance.now() - t;
    // What Leaflet drew: a render that drew nothing is a broken bench, not a fast one.
    const paths = el.querySelectorAll('.leaflet-overlay-pane path');
    const drawn = [...paths].filter(
      (p) => (p.getAttribute('d') ?? '').length > 4 && p.getAttribute('d') !== 'M0 0',
    ).length;
    return {
      ms,
      markers: current.markers,
      lines: current.lines,
      paths: paths.length,
      drawnPaths: drawn,
      zoom: current.map.getZoom(),
    };
  },
  /** For bench/frames.ts: Leaflet drags on mouse events (mousedown on the map, mousemove/up on the document). */
  driver() {
    const el = current!.map.getContainer();
    const mouse = (type: string, x: number, y: number) =>
      el.dispatchEvent(
        new MouseEvent(type, {
          button: 0,
          buttons: type === 'mouseup' ? 0 : 1,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        }),
      );
    return {
      target: el,
      down: (x: number, y: number) => mouse('mousedown', x, y),
      move: (x: number, y: number) => mouse('mousemove', x, y),
      up: (x: number, y: number) => mouse('mouseup', x, y),
      wheel: (deltaY: number, x: number, y: number) =>
        el.dispatchEvent(
          new WheelEvent('wheel', {deltaY, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true}),
        ),
      settled: () => Promise.resolve(),
      probe: () => el.querySelector('path')!.getBoundingClientRect(),
      state: () => ({zoom: current!.map.getZoom(), centre: current!.map.getCenter().lng}),
    };
  },
};
Object.assign(globalThis, {leafletBench});
