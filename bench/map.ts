/**
 * Partner map speed in headless Chromium:
 * - first render with the Khabarovsk feed (16 partners), with 100 and with 500 partners, from setting
 *   `data` to laid out (validation, merge, projection, grouping, rendering and layout included). The
 *   first map on a page also draws the basemap (cached per centre afterwards): that is "cold", measured
 *   on a fresh page each run; "warm" is a second map on the same page.
 * - zoom and pan frames with 500 partners: a drag (one pointer move per frame) and a Ctrl + wheel zoom
 *   (one wheel event per frame), each frame's script + style + layout time, the interval between frames
 *   (which includes paint), and Chromium's own count of all the gesture's main-thread CPU time per frame
 *   (bench/frames.ts, which times the Leaflet anchor the same way).
 * Budget (DESIGN.md): map with 500 partners <= 200 ms. Run: npx tsx bench/map.ts [--json].
 * bench/anchors/leaflet.ts uses `ourMap` to time the same cases next to Leaflet.
 */
import {readFileSync} from 'node:fs';
import type {Browser, Page} from 'playwright-core';
import {benchPage, isMain, jsonOutput, ms, stats, type Row} from './page.js';
import {gesture, FRAMES, type GestureResult} from './frames.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const RUNS = 11;

/** Runs in the page; a string, so that no build step rewrites it. */
const IN_PAGE = `window.mapBench = {
  feeds: {},
  async render(key) {
    const main = document.querySelector('main');
    main.replaceChildren();
    const data = JSON.parse(this.feeds[key]);
    const el = document.createElement('twin-partner-map');
    el.setAttribute('lang', 'en');
    const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
    const t = performance.now();
    el.data = data;
    main.append(el);
    await loaded;
    await el.updateComplete;
    el.shadowRoot.querySelector('.marker').getBoundingClientRect();
    const ms = performance.now() - t;
    const frame = el.shadowRoot.querySelector('.frame').getBoundingClientRect();
    return {
      ms,
      markers: el.shadowRoot.querySelectorAll('.marker').length,
      partners: el.shownPartners.length,
      arcs: el.shadowRoot.querySelectorAll('.arc').length,
      basemapPaths: el.shadowRoot.querySelectorAll('.basemap path:not(.arc)').length,
      width: Math.round(frame.width),
      height: Math.round(frame.height),
    };
  },
};
window.twinMapDriver = () => {
  const el = document.querySelector('twin-partner-map');
  const frame = el.shadowRoot.querySelector('.frame');
  const pointer = (type, x, y) =>
    frame.dispatchEvent(new PointerEvent(type, {pointerId: 1, pointerType: 'mouse', button: 0, clientX: x, clientY: y, bubbles: true, composed: true}));
  return {
    target: frame,
    down: (x, y) => pointer('pointerdown', x, y),
    move: (x, y) => pointer('pointermove', x, y),
    up: (x, y) => pointer('pointerup', x, y),
    wheel: (deltaY, x, y) =>
      frame.dispatchEvent(new WheelEvent('wheel', {deltaY, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true})),
    settled: () => el.updateComplete,
    probe: () => el.shadowRoot.querySelector('.marker').getBoundingClientRect(),
  };
};`;

export interface MapRun {
  ms: number;
  markers: number;
  partners: number;
  arcs: number;
  basemapPaths: number;
  width: number;
  height: number;
}

/**
 * Our map: `newPage()` for a fresh page, `render(page, key)` for one map on it. `hint` false: without the
 * CDN file's compile hint, as a site's own bundle runs it (bench/page.ts `benchPage`).
 */
export async function ourMap(browser?: Browser, hint = true) {
  const bench = await benchPage('src/partner-map/define.ts', 'twin-partner-map', browser, hint);
  return {
    async newPage(feeds: Record<string, string>): Promise<Page> {
      const page = await bench.newPage();
      await page.addScriptTag({content: IN_PAGE});
      await page.evaluate(
        (f) => Object.assign((window as unknown as {mapBench: {feeds: object}}).mapBench.feeds, f),
        feeds,
      );
      return page;
    },
    async render(page: Page, key: string): Promise<MapRun> {
      const r = (await page.evaluate(`mapBench.render(${JSON.stringify(key)})`)) as MapRun;
      if (!(r.markers > 0 && r.partners > 0 && r.arcs > 0 && r.basemapPaths > 0))
        throw new Error(`our map drew nothing plausible: ${JSON.stringify(r)}`);
      return r;
    },
    gesture: (page: Page, kind: 'drag' | 'wheel'): Promise<GestureResult> => gesture(page, 'twinMapDriver', kind),
    close: () => bench.close(),
  };
}

export const MAP_FEEDS: Array<{key: string; name: string; json: () => string; budget?: number}> = [
  {
    key: 'khabarovsk',
    name: 'Khabarovsk feed (16 partners)',
    json: () => readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8'),
  },
  {key: 'p100', name: '100 partners', json: () => JSON.stringify(syntheticFeed({events: 200, partners: 93}))},
  {
    key: 'p500',
    name: '500 partners',
    json: () => JSON.stringify(syntheticFeed({events: 200, partners: 493})),
    budget: 200,
  },
];

export async function run(
  browser?: Browser,
  runs = RUNS,
): Promise<{rows: Row[]; frames: Record<string, GestureResult>}> {
  const map = await ourMap(browser);
  const feeds = Object.fromEntries(MAP_FEEDS.map((f) => [f.key, f.json()]));
  const rows: Row[] = [];
  for (const f of MAP_FEEDS) {
    const cold: number[] = [];
    const warm: number[] = [];
    let last: MapRun | undefined;
    for (let i = 0; i < runs; i++) {
      const page = await map.newPage({[f.key]: feeds[f.key]!});
      cold.push((await map.render(page, f.key)).ms);
      last = await map.render(page, f.key);
      warm.push(last.ms);
      await page.close();
    }
    const {ms: _ms, ...rendered} = last!;
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, cold (fresh page)`,
      unit: 'ms',
      ours: stats(cold),
      ...(f.budget ? {budget: f.budget} : {}),
      rendered,
    });
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, warm (second map on the page)`,
      unit: 'ms',
      ours: stats(warm),
      ...(f.budget ? {budget: f.budget} : {}),
      rendered,
    });
  }
  const frames: Record<string, GestureResult> = {};
  const page = await map.newPage({p500: feeds['p500']!});
  for (const kind of ['drag', 'wheel'] as const) {
    await map.render(page, 'p500');
    frames[kind] = await map.gesture(page, kind);
  }
  await page.close();
  await map.close();
  return {rows, frames};
}

if (isMain(import.meta.url)) {
  const {rows, frames} = await run();
  if (jsonOutput()) console.log(JSON.stringify({rows, frames}, null, 2));
  else {
    // The calendar's budgets are judged warm (repeated renders on one page); both are shown here.
    console.log('| first render | cold (fresh page) median | warm median | min–max (warm) | markers | budget |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const f of MAP_FEEDS) {
      const c = rows.find((r) => r.case.includes(f.name) && r.case.includes('cold'))!.ours;
      const w = rows.find((r) => r.case.includes(f.name) && r.case.includes('warm'));
      const budget = f.budget
        ? `${f.budget} ms: warm ${w!.ours.median <= f.budget ? 'ok' : 'MISSED'}, cold ${c.median <= f.budget ? 'ok' : 'MISSED'}`
        : '';
      console.log(
        `| ${f.name} | ${ms(c.median)} | ${ms(w!.ours.median)} | ${w!.ours.min.toFixed(1)}–${ms(w!.ours.max)} | ${w!.rendered!['markers']} | ${budget} |`,
      );
    }
    console.log(
      `\n| 500 partners, ${FRAMES} frames | work per frame median | p95 | max | main-thread CPU of the whole gesture ÷ frames | frame interval median | p95 |`,
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [kind, g] of Object.entries(frames)) {
      console.log(
        `| ${kind === 'drag' ? 'drag' : 'wheel zoom'} | ${ms(g.work.median)} | ${ms(g.work.p95)} | ${ms(g.work.max)} | ${ms(g.perFrame)} | ${ms(g.intervals.median)} | ${ms(g.intervals.p95)} |`,
      );
    }
  }
}
