/**
 * Where the view controller asks for the finer basemap: past DETAIL_ZOOM the world basemap (simplified for
 * a whole-world view) looks blocky, and the view's region is drawn again from finer tiles
 * (detail-basemap.ts and its tiles, chunks loaded on demand, never before the reader zooms in there).
 * While they load, and if they fail to, the world basemap stays as it is. The one-file CDN build replaces
 * this module with detail-hook-none.ts (vite.config.ts): its map keeps the world basemap.
 */
import type {Size, View} from './geo.js';
import type {MapHost} from './host.js';

/** The zoom (1 = the whole world fits) from which the finer basemap is drawn. */
export const DETAIL_ZOOM = 3;

let chunk: Promise<typeof import('./detail-basemap.js')> | undefined;

/** The view controller's numbers the detail needs. */
export interface DetailView {
  readonly zoom: number;
  readonly view: View;
  readonly size: Size;
}

/** Draws the finer basemap for the view into the basemap's `.viewport` group, when zoomed in far enough. */
export function drawDetail(g: SVGGElement, at: DetailView): void {
  if (at.zoom < DETAIL_ZOOM) return;
  // The element whose shadow root the basemap is drawn in (the view controller keeps its basemap private).
  const map = ((g.getRootNode() as ShadowRoot).host as Partial<MapHost> | undefined)?.places?.basemap;
  if (!map) return;
  const {view, size} = at;
  (chunk ??= import('./detail-basemap.js')).then(
    (m) => m.drawDetail(g, map, view, size),
    () => {
      chunk = undefined; // tried again at the next zoom
    },
  );
}
