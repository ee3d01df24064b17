/**
 * Leaflet 1.9 next to <twin-partner-map>, on the same partners, in one headless Chromium, each in its
 * own page of the same size (1,100 px <main>, 1,200 × 900 viewport; Leaflet's map as large as our map's
 * frame, read from our first render).
 *
 * Feeds: the Khabarovsk feed (16 partners) and the synthetic 500 partners of bench/map.ts; what Leaflet
 * draws of them is in bench/anchors/leaflet-app.ts (our basemap's countries as L.geoJSON, a circle
 * marker per place, a great-circle polyline per partner with ours' points).
 * What is timed, from the feed already parsed from JSON to laid out (a forced layout):
 * - first render: ours from setting `data` (validation, merge, projection, grouping, render) to laid out;
 *   Leaflet from reading the feed through `L.map(...)`, `fitBounds`, the basemap, the lines and the
 *   markers added, to laid out (Leaflet draws its SVG synchronously). Cold: the first map on a fresh page
 *   (ours decodes and draws its basemap, Leaflet's page converts the TopoJSON with topojson-client);
 *   warm: a second map on the same page (both reuse the decoded basemap). Ours runs as the CDN file runs
 *   it, compiled when loaded (its compile hint, scripts/terser-options.mjs); a cold row without the hint
 *   shows it as a site's own bundle runs it. Both maps' scripts are loaded before the timing starts; ours
 *   makes the page's first `Intl` formatter in the task after it loads (src/core/twin-element.ts), which a
 *   row of its own times on a fresh page.
 * - the same first renders' main-thread CPU time (Chromium's thread clock, `threadTime`), in runs of their own:
 *   the render's work, apart from the time its thread waited for one of the machine's cores.
 * - zoom and pan with 500 partners: the same 60-frame drag and Ctrl + wheel gestures (bench/frames.ts),
 *   ours on pointer events, Leaflet on mouse events (what each listens to); per frame in the page, and
 *   all the main-thread CPU time of the gesture and its aftermath ÷ 60, since Leaflet does its work
 *   outside the frames' event handlers (wheel zoom on a 40 ms timer, then a 250 ms animation and a
 *   redraw of every path at its end; inertia and a redraw after a drag).
 * - Ctrl + wheel with 500 partners, one real wheel event at a time (bench/frames.ts `wheelZoom`): from the
 *   wheel event's timestamp to the end of the first frame whose drawing changed. Ours sets the basemap's
 *   transform in the wheel handler; Leaflet, with its defaults, waits for more wheel events (40 ms,
 *   `wheelDebounceTime`), starts its zoom animation in a rAF callback, and its CSS transition shows the
 *   first change a frame later: each is timed to that first changed frame, not to the end of the animation.
 * Runs alternate ours / theirs (the order swapped every run); every render checks what was drawn
 * (markers, lines, basemap paths), so an empty map fails the bench instead of looking fast.
 * Size: bench/anchors/leaflet-app.ts (Leaflet, topojson-client's feature, the basemap, the glue)
 * measured as bench/size.ts measures ours, plus leaflet.css minified by esbuild; and Leaflet alone.
 * Run: npx tsx bench/anchors/leaflet.ts [--json]
 */
import {readFileSync} from 'node:fs';
import {transform} from 'esbuild';
import type {Browser, Page} from 'playwright-core';
import {
  LAY_OUT_COPY,
  bundle,
  isMain,
  jsonOutput,
  launchBrowser,
  ms,
  sizedPage,
  spread,
  stats,
  type Row,
  type Timing,
} from '../page.js';
import {gesture, wheelZoom, type GestureResult, type WheelZoom} from '../frames.js';
import {ourMap, MAP_FEEDS, type MapRun} from '../map.js';
import {br, gz, measure, type SizeRow} from '../size.js';

const RUNS = 11;
const GESTURES = 5;
/** Ctrl + wheel steps on each side: rounds (a newly drawn map each), alternating which side goes first. */
const WHEEL_ROUNDS = 5;
/** One wheel event of 100 px each: in, out, in, out (ours zooms 2×, Leaflet a level, 2×, per step). */
const WHEEL_STEPS = [-100, 100, -100, 100];
/** What each map shows, as geometry (bench/frames.ts `wheelZoom`): ours' basemap, Leaflet's vector layer. */
const ZOOM_PROBES = {
  ours: `(() => { const r = document.querySelector('twin-partner-map').shadowRoot.querySelector('.viewport').getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(); })()`,
  theirs: `(() => { const r = document.querySelector('.leaflet-overlay-pane svg g').getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(); })()`,
};

/**
 * The browser alone on our map: in the page of a cold render, its shadow DOM as static HTML and its style
 * sheets as text (`CAPTURE`); then, in a fresh page with none of our script, the sheets made (untimed: ours
 * are made when the module loads) and, timed, the HTML put into a new shadow root with them and laid out
 * (`FLOOR`). The same fresh page then times its first `Intl` call (`FIRST_INTL`): ours makes some for the
 * first picture (numbers, lists, dates, country names), Leaflet none.
 */
const CAPTURE = `(() => {
  const root = document.querySelector('twin-partner-map').shadowRoot;
  return {html: root.innerHTML, css: root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n'))};
})()`;
const FLOOR = (copy: {html: string; css: string[]}) => `(() => {
  const sheets = ${JSON.stringify(copy.css)}.map((t) => { const s = new CSSStyleSheet(); s.replaceSync(t); return s; });
  const {ms, root} = (${LAY_OUT_COPY})(${JSON.stringify(copy.html)}, sheets);
  if (!root.querySelector('.marker')) throw new Error('the static copy of our map has no markers');
  return ms;
})()`;
const FIRST_INTL = `(() => { const t = performance.now(); new Intl.NumberFormat('en').format(16); return performance.now() - t; })()`;

/** Runs a side's CPU rows take, after its timed runs (traced, so apart from them). */
const CPU_RUNS = 5;

/**
 * The page's main-thread CPU time over `render` (Chromium's thread clock: the `tts` of two trace marks
 * around it): the work of the render itself, without the time the thread waited for a core. On a machine
 * of two cores the wall time also holds what ran beside it: the engine's background compiling (V8 tiers
 * up the code that the render runs hot), the garbage collector's helpers, the other processes.
 */
async function threadTime(page: Page, render: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: Array<{name: string; tts?: number}> = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  await cdp.send('Tracing.start', {categories: 'blink.user_timing', transferMode: 'ReportEvents'});
  await page.evaluate(`performance.mark('cpu-start')`);
  await render();
  await page.evaluate(`performance.mark('cpu-end')`);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const at = (name: string) => events.find((e) => e.name === name)?.tts;
  const start = at('cpu-start');
  const end = at('cpu-end');
  if (start === undefined || end === undefined) throw new Error('the trace has no thread clock for the marks');
  return (end - start) / 1000;
}

export interface LeafletRun {
  ms: number;
  markers: number;
  lines: number;
  paths: number;
  drawnPaths: number;
  zoom: number;
}

export async function leaflet(browser: Browser) {
  const script = await bundle('bench/anchors/leaflet-entry.ts');
  const css = readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8');
  return {
    async newPage(feeds: Record<string, string>, size: {width: number; height: number}): Promise<Page> {
      const page = await sizedPage(browser, css);
      await page.addScriptTag({type: 'module', content: script});
      await page.waitForFunction('!!globalThis.leafletBench');
      await page.evaluate(
        ([f, s]) => {
          const b = (globalThis as unknown as {leafletBench: {feeds: object; size: object}}).leafletBench;
          Object.assign(b.feeds, f);
          b.size = s!;
        },
        [feeds, size] as const,
      );
      await page.evaluate('window.leafletDriver = () => leafletBench.driver()');
      return page;
    },
    async render(page: Page, key: string, expected: number): Promise<LeafletRun> {
      const r = (await page.evaluate(`leafletBench.render(${JSON.stringify(key)})`)) as LeafletRun;
      // Every place a marker, every partner a line, and the basemap's countries as paths.
      if (r.markers !== expected + 1 || r.lines !== expected || r.drawnPaths < r.markers + r.lines + 100) {
        throw new Error(`Leaflet drew nothing plausible: ${JSON.stringify(r)} (expected ${expected} partners)`);
      }
      return r;
    },
    gesture: (page: Page, kind: 'drag' | 'wheel'): Promise<GestureResult> => gesture(page, 'leafletDriver', kind),
  };
}

const CASES = MAP_FEEDS.filter((f) => f.key !== 'p100');

type GestureRows = {ours: GestureResult[]; theirs: GestureResult[]};

/** Ours and Leaflet, run for run, alternating which goes first. */
export async function compareMap(
  browser: Browser,
  runs = RUNS,
  gestures = GESTURES,
  wheelRounds = WHEEL_ROUNDS,
): Promise<{rows: Row[]; gestures: Record<string, GestureRows>}> {
  const ours = await ourMap(browser);
  // The same map without the CDN file's compile hint: as a site's own bundle of the npm package runs it.
  const bundled = await ourMap(browser, false);
  const theirs = await leaflet(browser);
  const feeds = Object.fromEntries(CASES.map((f) => [f.key, f.json()]));
  // Leaflet's map gets the size of our map's frame.
  const probe = await ours.newPage(feeds);
  const first = await ours.render(probe, 'khabarovsk');
  await probe.close();
  const size = {width: first.width, height: first.height};

  const rows: Row[] = [];
  for (const f of CASES) {
    const t = {
      oursCold: [] as number[],
      oursNoHint: [] as number[],
      oursWarm: [] as number[],
      oursFloor: [] as number[],
      firstIntl: [] as number[],
      theirsCold: [] as number[],
      theirsWarm: [] as number[],
    };
    let lastOurs: MapRun | undefined;
    let lastTheirs: LeafletRun | undefined;
    for (let i = 0; i < runs; i++) {
      const one = async (side: 'ours' | 'theirs') => {
        if (side === 'ours') {
          const page = await ours.newPage({[f.key]: feeds[f.key]!});
          t.oursCold.push((await ours.render(page, f.key)).ms);
          const copy = (await page.evaluate(CAPTURE)) as {html: string; css: string[]};
          lastOurs = await ours.render(page, f.key);
          t.oursWarm.push(lastOurs.ms);
          await page.close();
          const blank = await sizedPage(browser);
          t.oursFloor.push((await blank.evaluate(FLOOR(copy))) as number);
          t.firstIntl.push((await blank.evaluate(FIRST_INTL)) as number);
          await blank.close();
          const plain = await bundled.newPage({[f.key]: feeds[f.key]!});
          t.oursNoHint.push((await bundled.render(plain, f.key)).ms);
          await plain.close();
        } else {
          const page = await theirs.newPage({[f.key]: feeds[f.key]!}, size);
          const expected = lastOurs?.partners ?? (f.key === 'khabarovsk' ? 16 : 500);
          t.theirsCold.push((await theirs.render(page, f.key, expected)).ms);
          lastTheirs = await theirs.render(page, f.key, expected);
          t.theirsWarm.push(lastTheirs.ms);
          await page.close();
        }
      };
      for (const side of i % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const)) await one(side);
    }
    // Main-thread CPU time, cold and warm, a side at a time in turn.
    const cpu = {
      oursCold: [] as number[],
      oursWarm: [] as number[],
      theirsCold: [] as number[],
      theirsWarm: [] as number[],
    };
    const expected = lastOurs?.partners ?? (f.key === 'khabarovsk' ? 16 : 500);
    for (let i = 0; i < CPU_RUNS; i++) {
      for (const side of i % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const)) {
        if (side === 'ours') {
          const page = await ours.newPage({[f.key]: feeds[f.key]!});
          cpu.oursCold.push(await threadTime(page, () => ours.render(page, f.key)));
          cpu.oursWarm.push(await threadTime(page, () => ours.render(page, f.key)));
          await page.close();
        } else {
          const page = await theirs.newPage({[f.key]: feeds[f.key]!}, size);
          cpu.theirsCold.push(await threadTime(page, () => theirs.render(page, f.key, expected)));
          cpu.theirsWarm.push(await threadTime(page, () => theirs.render(page, f.key, expected)));
          await page.close();
        }
      }
    }
    const {ms: _a, ...oursDrew} = lastOurs!;
    const {ms: _b, ...theirsDrew} = lastTheirs!;
    const rendered = {
      ...Object.fromEntries(Object.entries(oursDrew).map(([k, v]) => [`ours.${k}`, v])),
      ...Object.fromEntries(Object.entries(theirsDrew).map(([k, v]) => [`anchor.${k}`, v])),
    };
    const budget = f.budget ? {budget: f.budget} : {};
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, cold (fresh page)`,
      unit: 'ms',
      ours: stats(t.oursCold),
      anchors: [{name: 'Leaflet', timing: stats(t.theirsCold)}],
      ...budget,
      rendered,
    });
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, cold, as a site's own bundle of the npm package runs it (without the CDN file's compile hint)`,
      unit: 'ms',
      ours: stats(t.oursNoHint),
      anchors: [{name: 'Leaflet', timing: stats(t.theirsCold)}],
      ...budget,
      note: 'the row above is ours as the one-script-tag CDN file runs it: compiled when loaded (scripts/terser-options.mjs)',
    });
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, cold: the browser alone, our finished map as static HTML in a fresh page to laid out (no script: the least any code drawing this DOM could take)`,
      unit: 'ms',
      ours: stats(t.oursFloor),
      anchors: [{name: 'Leaflet', timing: stats(t.theirsCold)}],
      note: 'Leaflet ÷ this is the most any map drawing our DOM could lead Leaflet by',
    });
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, cold: a fresh page's first Intl call (ours needs Intl for its first picture: numbers, lists, dates, country names; it makes a first formatter in the task after its script loads, so a render that comes later does not pay this; Leaflet needs none)`,
      unit: 'ms',
      ours: stats(t.firstIntl),
      anchors: [],
      note: 'new Intl.NumberFormat, timed in the fresh page of the row above, after it',
    });
    rows.push({
      group: 'map',
      case: `first render, ${f.name}, warm (second map on the page)`,
      unit: 'ms',
      ours: stats(t.oursWarm),
      anchors: [{name: 'Leaflet', timing: stats(t.theirsWarm)}],
      ...budget,
      rendered,
    });
    for (const [when, o, l] of [
      ['cold (fresh page)', cpu.oursCold, cpu.theirsCold],
      ['warm (second map on the page)', cpu.oursWarm, cpu.theirsWarm],
    ] as const) {
      rows.push({
        group: 'map',
        case: `first render, ${f.name}, ${when}: main-thread CPU time (the work of the render, without the time the thread waited for a core)`,
        unit: 'ms',
        ours: stats(o),
        anchors: [{name: 'Leaflet', timing: stats(l)}],
        note: `Chromium's thread clock between two trace marks around the render, ${CPU_RUNS} runs a side, after the timed ones; the wall time above also holds what ran beside the render on this machine's cores (background compiling, the garbage collector's helpers, other processes)`,
      });
    }
  }

  // Gestures on 500 partners: each repetition on a newly drawn map on each side.
  const p500 = {p500: feeds['p500']!};
  const oursPage = await ours.newPage(p500);
  const theirsPage = await theirs.newPage(p500, size);
  const all: Record<string, GestureRows> = {drag: {ours: [], theirs: []}, wheel: {ours: [], theirs: []}};
  for (let i = 0; i < gestures; i++) {
    for (const kind of ['drag', 'wheel'] as const) {
      for (const side of i % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const)) {
        if (side === 'ours') {
          await ours.render(oursPage, 'p500');
          all[kind]!.ours.push(await ours.gesture(oursPage, kind));
        } else {
          await theirs.render(theirsPage, 'p500', 500);
          all[kind]!.theirs.push(await theirs.gesture(theirsPage, kind));
        }
      }
    }
  }
  // Ctrl + wheel to the first zoomed frame, on the same pages.
  const wheel: {ours: WheelZoom[]; theirs: WheelZoom[]} = {ours: [], theirs: []};
  for (let i = 0; i < wheelRounds; i++) {
    for (const side of i % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const)) {
      const page = side === 'ours' ? oursPage : theirsPage;
      if (side === 'ours') await ours.render(oursPage, 'p500');
      else await theirs.render(theirsPage, 'p500', 500);
      const target = side === 'ours' ? 'twin-partner-map .frame' : '.leaflet-container';
      for (const dy of WHEEL_STEPS) wheel[side].push(await wheelZoom(page, target, ZOOM_PROBES[side], dy));
    }
  }
  await oursPage.close();
  await theirsPage.close();
  await ours.close();
  await bundled.close();
  const label = {drag: 'drag, 500 partners, 60 frames', wheel: 'Ctrl + wheel zoom, 500 partners, 60 frames'};
  for (const kind of ['drag', 'wheel'] as const) {
    const g = all[kind]!;
    const pick = (side: GestureResult[], f: (r: GestureResult) => number): Timing => stats(side.map(f));
    const pair = (name: string, f: (r: GestureResult) => number, note: string): Row => ({
      group: 'map frames',
      case: `${label[kind]}: ${name}`,
      unit: 'ms',
      ours: pick(g.ours, f),
      anchors: [{name: 'Leaflet', timing: pick(g.theirs, f)}],
      note,
    });
    rows.push(
      pair(
        'main-thread CPU per frame',
        (r) => r.perFrame,
        'CDP ThreadTime over the gesture and 700 ms after it, ÷ 60; median of repetitions',
      ),
    );
    rows.push(
      pair(
        'event-to-layout work per frame, median',
        (r) => r.work.median,
        'in-page, as bench/map.ts; median frame of each repetition, median of repetitions',
      ),
    );
    rows.push(
      pair('longest frame interval', (r) => r.intervals.max, 'rAF to rAF, paint included; median of repetitions'),
    );
  }
  const zoomed = (side: WheelZoom[], f: (r: WheelZoom) => number) => stats(side.map(f));
  rows.push({
    group: 'map frames',
    case: 'Ctrl + wheel, 500 partners: wheel input to the first zoomed frame',
    unit: 'ms',
    ours: zoomed(wheel.ours, (r) => r.ms),
    anchors: [
      {
        name: 'Leaflet',
        timing: zoomed(wheel.theirs, (r) => r.ms),
        note: "Leaflet's defaults: the wheel is debounced (wheelDebounceTime 40 ms), then the zoom animates (CSS transition, 250 ms); timed to its first frame whose drawing differs",
      },
    ],
    extra: {
      'ours: frames until then': zoomed(wheel.ours, (r) => r.frames),
      'Leaflet: frames until then': zoomed(wheel.theirs, (r) => r.frames),
      'ours: to the start of that frame': zoomed(wheel.ours, (r) => r.frameStart),
      'Leaflet: to the start of that frame': zoomed(wheel.theirs, (r) => r.frameStart),
    },
    note: `one real Ctrl + wheel event (Playwright, 100 px: in, out, in, out; ${wheelRounds} newly drawn maps a side, alternating), from the wheel event's timestamp to the end of the first frame whose drawn geometry changed (ours: the basemap's box, whose transform the wheel handler sets; Leaflet: its vector layer's box, transitions included), measured after each frame (rAF, then a message)`,
  });
  return {rows, gestures: all};
}

export async function leafletSizes(): Promise<SizeRow[]> {
  const css = Buffer.from(
    (await transform(readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8'), {loader: 'css', minify: true}))
      .code,
  );
  const withCss = (r: SizeRow & {code: Buffer}, name: string): SizeRow => ({
    name,
    file: `${r.file} + leaflet.css`,
    min: r.min + css.length,
    // Two files, each compressed as a server sends it.
    minGzip: r.minGzip + gz(css),
    minBrotli: r.minBrotli + br(css),
    largestLazyGzip: 0,
  });
  const alone = await measure('Leaflet 1.9.4 alone', 'node_modules/leaflet/dist/leaflet-src.js', 'leaflet-alone');
  const app = await measure('Leaflet map', 'bench/anchors/leaflet-app.ts', 'leaflet-app');
  return [withCss(alone, 'Leaflet 1.9.4 alone (JS + CSS)'), withCss(app, 'Leaflet + topojson-client + basemap')];
}

if (isMain(import.meta.url)) {
  const browser = await launchBrowser();
  const {rows, gestures} = await compareMap(browser);
  const sizes = await leafletSizes();
  await browser.close();
  if (jsonOutput()) console.log(JSON.stringify({rows, gestures, sizes}, null, 2));
  else {
    console.log('| case | ours median (min–max) | Leaflet median (min–max) | Leaflet ÷ ours |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) {
      // A row of ours alone (a fresh page's first Intl call) has no Leaflet side.
      const t = r.anchors?.[0]?.timing;
      const theirs = t ? `${ms(t.median)} (${spread(t)}) | ${(t.median / r.ours.median).toFixed(1)}×` : ' | ';
      console.log(`| ${r.case} | ${ms(r.ours.median)} (${spread(r.ours)}) | ${theirs} |`);
    }
    for (const s of sizes)
      console.log(
        `\n${s.name}: ${(s.minGzip / 1024).toFixed(1)} KB min+gzip, ${(s.minBrotli / 1024).toFixed(1)} KB min+brotli`,
      );
  }
}
