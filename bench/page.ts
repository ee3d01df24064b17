/**
 * What the speed benches share: an element's entry bundled as it ships (minified, production, templates
 * shrunk), headless Chromium, and pages with a 1,100 px <main> that have the element defined; the
 * statistics; and the way each bench hands its figures to bench/run-all.ts (or prints them with --json).
 */
import {build} from 'esbuild';
import {chromium, type Browser, type Page} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {minifyTemplatesEsbuild} from '../scripts/minify-templates.mjs';
import {COMPILE_HINT} from '../scripts/terser-options.mjs';

export interface Bench {
  browser: Browser;
  /** A fresh page with the element defined. */
  newPage(): Promise<Page>;
  /** Closes the browser when this bench launched it. */
  close(): Promise<void>;
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});

/** An entry bundled as it ships: esbuild, minified, production conditions, Lit templates shrunk. */
export async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['production'],
    define: {'process.env.NODE_ENV': '"production"'},
    plugins: [minifyTemplatesEsbuild()],
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

/**
 * A page the size every bench uses: a 1,200 × 900 viewport and a 1,100 px <main>, in the Asia/Vladivostok
 * time zone (the rivals' mixed feed's, bench/anchors/fixtures.ts), so that every calendar puts a timed
 * event on the same day.
 */
export async function sizedPage(browser: Browser, styles = ''): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}, timezoneId: 'Asia/Vladivostok'});
  await page.setContent(
    `<!doctype html><html lang="en"><head><style>${styles}</style></head><body><main style="width:1100px"></main></body></html>`,
  );
  return page;
}

/** Our element's page; pass a browser to share it (then `close()` leaves it open). */
export async function benchPage(entry: string, tag: string, shared?: Browser, hint = true): Promise<Bench> {
  // Ours as the CDN file runs it, with its compile hint (scripts/terser-options.mjs); `hint` false: as a
  // site's own bundle of the npm package runs it. The rivals run as they ship.
  const script = `${hint ? `${COMPILE_HINT}\n` : ''}${await bundle(entry)}`;
  const browser = shared ?? (await launchBrowser());
  return {
    browser,
    async newPage() {
      const page = await sizedPage(browser);
      await page.addScriptTag({type: 'module', content: script});
      await page.waitForFunction(`!!customElements.get(${JSON.stringify(tag)})`);
      await page.addScriptTag({content: MOUNT});
      return page;
    },
    async close() {
      if (!shared) await browser.close();
    },
  };
}

/**
 * In every bench page: `twinMount(tag, data, attributes)` empties <main>, puts a new element there with
 * `data` set, and resolves when it is loaded and laid out: `{el, ms}`, the time from setting `data`.
 */
const MOUNT = `window.twinMount = async (tag, data, attributes = {}) => {
  const main = document.querySelector('main');
  main.replaceChildren();
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({lang: 'en', ...attributes})) el.setAttribute(name, value);
  const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
  const t = performance.now();
  el.data = data;
  main.append(el);
  await loaded;
  await el.updateComplete;
  el.getBoundingClientRect();
  return {el, ms: performance.now() - t};
};`;

/**
 * In-page source of a function `(html, sheets) => {ms, root}`: "the browser alone" of the anchors'
 * comparisons. `html` put into a new shadow root of a new <div> in <main>, with the style sheets `sheets`
 * (already made), and laid out; `ms` is the time from making the <div> to laid out. Interpolate it as
 * `(${LAY_OUT_COPY})(html, sheets)`.
 */
export const LAY_OUT_COPY = `(html, sheets) => {
  const t = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = sheets;
  root.innerHTML = html;
  document.querySelector('main').append(host);
  host.getBoundingClientRect();
  return {ms: performance.now() - t, root};
}`;

/** The median of repeated runs. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface Timing {
  median: number;
  min: number;
  max: number;
  p95: number;
  /** Every run, in the order measured. */
  runs: number[];
}

export function stats(xs: number[]): Timing {
  if (!xs.length) throw new Error('no runs');
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return {
    median: at(0.5),
    min: s[0]!,
    max: s[s.length - 1]!,
    p95: at(0.95),
    runs: xs.map((x) => Math.round(x * 1000) / 1000),
  };
}

/** A rival's figure on a row: its name (with its version) and its runs, measured in the same run as ours. */
export interface Anchor {
  name: string;
  timing: Timing;
  /** What it drew, for the record. */
  rendered?: Record<string, number>;
  note?: string;
}

/** One line of bench/run-all.ts's table: our figure, and every rival's measured on the same row. */
export interface Row {
  /** calendar, map, validation, ... */
  group: string;
  case: string;
  /** Milliseconds, or megabytes (memory rows: JS heap used after the render). */
  unit: 'ms' | 'MB';
  ours: Timing;
  /** The rivals measured on the same data, run for run, in the order they are shown. */
  anchors?: Anchor[];
  /** DESIGN.md's budget for `ours.median`, in `unit`. Timings are reported against it, never asserted. */
  budget?: number;
  /** What was rendered, for the record (counted in the page after each run). */
  rendered?: Record<string, number>;
  /** Other figures of the same runs (validation in Node, the parts of a render). */
  extra?: Record<string, Timing>;
  note?: string;
}

export {isMain, jsonOutput} from './cli.js';

const num = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(1));
export const ms = (x: number, unit: Row['unit'] = 'ms'): string => `${num(x)} ${unit}`;
export const spread = (t: Timing, unit: Row['unit'] = 'ms'): string => `${num(t.min)}–${ms(t.max, unit)}`;
/** A rival's median over ours: 10× means the rival took ten times as long (or used ten times the memory). */
export const ratio = (theirs: number, ours: number): string =>
  `${(theirs / ours).toFixed(theirs / ours < 10 ? 1 : 0)}×`;

/**
 * A pause between runs: two frames, so that the page has painted what the run drew (with the anchors
 * in another page of the same browser, one side's paint would otherwise overlap the other side's next
 * run), then a moment, so that garbage from one run is less likely to be collected in the next.
 */
export const pause = (page: Page, time = 30): Promise<unknown> =>
  page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ${time}))))`);

/**
 * The heap a page holds now, in MB, after a full garbage collection (DevTools protocol): V8's JS heap plus
 * the embedder's (Blink's DOM objects). Take it before mounting and after the render, and report the
 * difference: what the render keeps alive.
 */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {usedSize: number; embedderHeapUsedSize?: number};
  await cdp.detach();
  return (usage.usedSize + (usage.embedderHeapUsedSize ?? 0)) / 2 ** 20;
}
