/**
 * The finer basemap: nothing of it is loaded for the first paint; zoomed in on Khabarovsk, the tile of the
 * Far East (and only the tiles in view) is loaded and its coastline is drawn with many more points in the
 * view than the world basemap's. The tests share one page (and its module cache): keep them in order.
 */
import {expect, html} from '@open-wc/testing';
import '../../src/partner-map/define.js';
import {project} from '../../src/partner-map/geo.js';
import {DETAIL_ZOOM} from '../../src/partner-map/detail-hook.js';
import {mountMap, type MapObject} from '../helpers/map-object.js';
import {pause} from '../helpers/element-object.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';
const KHABAROVSK: [number, number] = [135.0719, 48.4802];

/** The detail tiles the page has requested (their module files). */
const tilesLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /basemap-detail\/[ew]\d+[ns]\d+\./.test(name));

/** How many of a path's points are in the frame at the current view. */
function pointsInView(map: MapObject, selector: string): number {
  const d = map.$(selector)?.getAttribute('d') ?? '';
  const {k, x, y} = map.el.mapTransform;
  const frame = map.$('.frame')!.getBoundingClientRect();
  let n = 0;
  for (const [, px, py] of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
    const sx = Number(px) * k + x;
    const sy = Number(py) * k + y;
    if (sx >= 0 && sx <= frame.width && sy >= 0 && sy <= frame.height) n++;
  }
  return n;
}

/** Zooms to `zoom` times the whole world with the point in the middle of the frame. */
async function zoomOn(map: MapObject, lonLat: [number, number], zoom: number): Promise<void> {
  const el = map.el;
  await el.zoomBy(zoom / el.zoom);
  const [px, py] = project(el.places.basemap, lonLat)!;
  const {k, x, y} = el.mapTransform;
  const frame = map.$('.frame')!.getBoundingClientRect();
  await el.panBy(frame.width / 2 - (px * k + x), frame.height / 2 - (py * k + y));
  await map.idle();
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  for (let t = 0; t < ms && !check(); t += 50) await pause(50);
}

describe('partner map: the finer basemap when zoomed in', () => {
  it('loads nothing of it for the first paint, nor below the zoom where it is needed', async () => {
    const map = await mountMap(html`<twin-partner-map src=${FEED}></twin-partner-map>`, 1280);
    await pause(400);
    expect(map.el.zoom).to.be.below(DETAIL_ZOOM);
    expect(tilesLoaded()).to.deep.equal([]);
    expect(map.$('.detail')).to.equal(null);
    await map.el.zoomBy(1.2);
    await map.idle();
    await pause(300);
    expect(tilesLoaded()).to.deep.equal([]);
  });

  it('draws a finer coastline around Khabarovsk, loading only the tiles in view', async () => {
    const map = await mountMap(html`<twin-partner-map src=${FEED}></twin-partner-map>`, 1280);
    const coarse = pointsInView(map, '.land');
    await zoomOn(map, KHABAROVSK, 10);
    const coarseThere = pointsInView(map, '.land');
    await until(() => pointsInView(map, '.detail-coast') > 0);
    const fine = pointsInView(map, '.detail-coast');
    expect(
      tilesLoaded().some((name) => name.includes('e120n30')),
      tilesLoaded().join(),
    ).to.equal(true);
    // The Far East at zoom 10 shows parts of four tiles at most (it is not the world: 69 tiles hold land).
    expect(tilesLoaded().length).to.be.within(1, 4);
    expect(fine, `${fine} points of coast against ${coarseThere} of the world basemap`).to.be.above(5 * coarseThere);
    expect(coarse).to.be.above(0);
    // The tiles' land is drawn too (over the world basemap's, which would show its blocky coast).
    expect(map.$('.detail-land')!.getAttribute('d')!.length).to.be.above(10_000);
  });
});
