/**
 * <twin-event-calendar> against every calendar rival that installs from npm and runs headless here, on
 * the same events, in one headless Chromium, each in its own page of the same size (1,100 px <main>,
 * 1,200 × 900 viewport, the Asia/Vladivostok time zone): ours (bench/calendar.ts's page) and one page
 * per rival, its adapter (bench/anchors/<rival>-app.ts, the interface in bench/anchors/rival.ts) bundled
 * alone with bench/anchors/rival-entry.ts, its own CSS files injected in its page.
 *
 * Feeds (bench/anchors/fixtures.ts): `mixedFeed(n, 'dense' | 'spread')`, 1,000 and 10,000 events, 15%
 * multi-day all-day events and the rest timed, all in July 2021 (dense) or over 2021 (spread); and the
 * earlier comparison's 10,000 all-day events pinned to days (pinnedFeed), one row, so that its history
 * stays comparable.
 * What is timed, on each side, from the feed already parsed from JSON to laid out (a forced layout):
 * - month view, first render (July 2021): ours from setting `data` (validation, merge, indexing, render);
 *   each rival from converting the events (in its adapter) through its first render; an asynchronous
 *   rival until its own "rendered" signal (EventCalendar's `eventAllUpdated`);
 * - list view: ours is the list of all events, windowed; each rival's closest list draws every row:
 *   `listYear` on the spread feed, `listMonth` on the dense one (the anchor's note says which);
 * - month switch through the API: June to July with 10,000 dense events (the new month holds all of
 *   them); ours by its next button's `.click()`, each rival by its `next()`;
 * - interaction: a real mouse click (page.mouse.click at the centre of the next button, ours inside its
 *   shadow root), June to July, 10,000 dense events, from the click's input to the frame that shows the
 *   new month. The Event Timing API's `click` entry (a PerformanceObserver, durationThreshold 16) gives
 *   `duration`: input to the next paint after the click's handlers (and their microtasks). The page also
 *   checks, in a frame callback of that very frame (requestAnimationFrame from a capture-phase click
 *   listener), that the new month's title is in the DOM; if it is not (an update that lands later), the
 *   figure is taken to the later frame that shows it: from the entry's input time to just after that
 *   frame (a task posted from its frame callback). Below the 16 ms threshold there is no entry: then the
 *   same in-page measure from the click event's time stamp. `rendered` counts which way each run went;
 * - the browser alone, after each of our month view renders (a row of its own under each month case): our
 *   finished month's shadow DOM as static HTML, with the same already parsed style sheets, put into a new
 *   shadow root and laid out, timed (`ourBench.floor`). No script of ours runs: it is the least any code
 *   that draws this DOM could take, so each rival ÷ it is the most any calendar drawing our DOM could
 *   lead that rival by;
 * - memory: the heap a page keeps (bench/page.ts `heapMB`, after a full GC, JS and DOM) before mounting
 *   and after the 10,000-event dense month render, the calendar kept in the DOM: the difference, in MB.
 * Runs: for each run, ours and every rival, in an order rotated every run. A slow rival takes fewer runs
 * (its first run over 1.5 s: 5 runs; over 10 s: that one run, so that the whole stays within minutes; the
 * anchor's note says so), and one that has not finished a render in 60 s is stopped (its page closed and
 * opened again) and skips the heavier cases of that view, said in the row's note. Every run checks what
 * was drawn: ours (events in the grid, "+N more" in the dense month, every list row counted), each
 * rival's `drawn()` (events > 0, and "+N more" > 0 in the dense month): a render that drew nothing fails.
 * Sizes (`calendarRivalSizes`): each adapter module measured as bench/size.ts measures ours (esbuild,
 * terser, gzip -9 / brotli 11), plus its CSS files minified by esbuild, each compressed as a server sends
 * it (FullCalendar 6 injects its CSS from its JS).
 * Run: npx tsx bench/anchors/calendars.ts [--json] [--runs N] [--only <regex of case names>] [--rivals <regex of adapter paths>]
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {basename, join, resolve} from 'node:path';
import {loadavg} from 'node:os';
import {transform} from 'esbuild';
import type {Browser, Page} from 'playwright-core';
import {
  LAY_OUT_COPY,
  bundle,
  heapMB,
  isMain,
  jsonOutput,
  launchBrowser,
  ms,
  pause,
  ratio,
  sizedPage,
  spread,
  stats,
  type Anchor,
  type Row,
  type Timing,
} from '../page.js';
import {checkOurRender, ourCalendar, type CalendarRun} from '../calendar.js';
import {br, gz, measure, type SizeRow} from '../size.js';
import {mixedFeed, pinnedFeed} from './fixtures.js';
import type {Drawn, RivalView} from './rival.js';

/**
 * The rivals' adapters, one line each: each module exports `rival` (bench/anchors/rival.ts) and, if the
 * rival needs CSS files, `css` (package paths, as a site imports them).
 */
export const RIVAL_APPS = [
  'bench/anchors/fullcalendar6-app.ts',
  'bench/anchors/fullcalendar7-app.ts',
  'bench/anchors/event-calendar-app.ts',
  'bench/anchors/schedule-x-app.ts',
  'bench/anchors/toast-ui-app.ts',
];

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs') ?? 7);
/** `--only <regex>`: the cases whose name matches (to re-measure one case alone). */
const ONLY = arg('--only');
/** `--rivals <regex>`: the rivals whose adapter path matches. */
const RIVALS = arg('--rivals');
const SLOW_MS = 1500;
const VERY_SLOW_MS = 10_000;
const TIMEOUT_MS = 60_000;

const require = createRequire(import.meta.url);
const entries = mkdtempSync(join(tmpdir(), 'twin-rivals-'));
const bundles = new Map<string, Promise<string>>();

/** The rival's page script: its adapter and rival-entry.ts, bundled as they ship (bench/page.ts). */
function rivalScript(app: string): Promise<string> {
  let b = bundles.get(app);
  if (!b) {
    const entry = join(entries, `${basename(app, '.ts')}.ts`);
    writeFileSync(
      entry,
      `import * as app from ${JSON.stringify(resolve(app))};\n` +
        `import {install} from ${JSON.stringify(resolve('bench/anchors/rival-entry.ts'))};\n` +
        `install(app.rival, (app as {css?: string[]}).css);\n`,
    );
    b = bundle(entry);
    bundles.set(app, b);
  }
  return b;
}

/** A CSS file by its package path, through the package's exports, else straight under node_modules. */
function cssText(spec: string): string {
  try {
    return readFileSync(require.resolve(spec), 'utf8');
  } catch {
    return readFileSync(`node_modules/${spec}`, 'utf8');
  }
}

/**
 * In every page, ours and the rivals': `clickProbe(title)` arms the measure of the next click (see the
 * interaction above); `clickProbe.result` resolves with it. A string, so that no build step rewrites it.
 */
const PROBE = `window.clickProbe = (title, ready = () => true) => {
  const before = title();
  const out = {before, frames: 0};
  let resolve, timer, waiting = 2;
  clickProbe.result = new Promise((r) => (resolve = r));
  const done = () => {
    if (--waiting) return;
    clearTimeout(timer);
    observer.disconnect();
    resolve(out);
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'click' && out.entry === undefined) {
        out.entry = {startTime: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd};
        done();
      }
  });
  observer.observe({type: 'event', durationThreshold: 16});
  addEventListener('click', (ev) => {
    out.clickAt = ev.timeStamp;
    const frame = () => {
      out.frames++;
      if (title() === before || !ready()) return void requestAnimationFrame(frame);
      out.title = title();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        out.shownAt = performance.now();
        if (out.entry === undefined) timer = setTimeout(() => { out.entry = null; done(); }, 1000);
        done();
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  }, {capture: true, once: true});
};`;

/** Ours, for the click and the memory rows (bench/calendar.ts's page, `calBench`, `twinMount`). */
const OURS_EXTRA = `window.ourBench = {
  clear() { document.querySelector('main').replaceChildren(); },
  async armClick(key, date) {
    const {el} = await twinMount('twin-event-calendar', JSON.parse(calBench.feeds[key]), {view: 'month', date});
    const title = () => el.shadowRoot.querySelector('.title').textContent.trim();
    const r = el.shadowRoot.querySelector('button.next').getBoundingClientRect();
    clickProbe(title);
    return {x: r.left + r.width / 2, y: r.top + r.height / 2};
  },
  counts() { return calBench.counts(document.querySelector('main > twin-event-calendar'), 'month'); },
  /**
   * The browser alone: the calendar just drawn, its shadow DOM as static HTML (with the same, already
   * parsed style sheets) put into a new shadow root, timed from there to laid out. No script of ours runs.
   */
  async floor() {
    const el = document.querySelector('main > twin-event-calendar');
    const html = el.shadowRoot.innerHTML;
    const sheets = el.shadowRoot.adoptedStyleSheets;
    const main = document.querySelector('main');
    main.replaceChildren();
    await new Promise((r) => setTimeout(r, 30));
    const {ms, root} = (${LAY_OUT_COPY})(html, sheets);
    const cells = root.querySelectorAll('.grid td').length;
    main.replaceChildren();
    if (!cells) throw new Error('the static copy of our month has no cells');
    return ms;
  },
};`;

interface ProbeResult {
  before: string;
  title: string;
  frames: number;
  clickAt: number;
  shownAt: number;
  entry: {startTime: number; duration: number; processingStart: number; processingEnd: number} | null;
}
type Method = 'eventTiming' | 'laterFrame' | 'belowThreshold';

/** The figure of one click (see the interaction above) and how it was taken. */
function clickTime(p: ProbeResult): {ms: number; method: Method} {
  if (!p.entry) return {ms: p.shownAt - p.clickAt, method: 'belowThreshold'};
  if (p.frames === 1) return {ms: p.entry.duration, method: 'eventTiming'};
  return {ms: Math.max(p.entry.duration, p.shownAt - p.entry.startTime), method: 'laterFrame'};
}

class TooSlow extends Error {}

interface RivalInfo {
  name: string;
  views: {month: string; list?: string; listMonth?: string};
  css: string[];
}
interface RivalRun {
  ms: number;
  drawn: Drawn;
}

/** One rival's page; `call` evaluates in it, and stops a render that takes over TIMEOUT_MS. */
async function rivalPage(browser: Browser, app: string, feeds: Record<string, string>) {
  const script = await rivalScript(app);
  let page!: Page;
  let info!: RivalInfo;
  async function open() {
    page = await sizedPage(browser);
    await page.addScriptTag({type: 'module', content: script});
    await page.waitForFunction('!!globalThis.rivalBench');
    await page.addScriptTag({content: PROBE});
    info = (await page.evaluate(
      '({name: rivalBench.name, views: rivalBench.views, css: rivalBench.css})',
    )) as RivalInfo;
    for (const spec of info.css) await page.addStyleTag({content: cssText(spec)});
    for (const [k, j] of Object.entries(feeds))
      await page.evaluate(
        ([key, json]) =>
          ((globalThis as unknown as {rivalBench: {feeds: Record<string, string>}}).rivalBench.feeds[key!] = json!),
        [k, j],
      );
  }
  await open();
  const side = {
    app,
    get info() {
      return info;
    },
    get page() {
      return page;
    },
    async call<T>(expr: string | (() => Promise<T>)): Promise<T> {
      let timer: NodeJS.Timeout | undefined;
      const run = typeof expr === 'string' ? (page.evaluate(expr) as Promise<T>) : expr();
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TooSlow(`did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      });
      try {
        return await Promise.race([run, limit]);
      } catch (e) {
        if (e instanceof TooSlow) {
          run.catch(() => {});
          await page.close().catch(() => {});
          await open();
        }
        throw e;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => page.close(),
  };
  return side;
}
type RivalSide = Awaited<ReturnType<typeof rivalPage>>;

/** The name and CSS files each adapter declares (read in a page: the adapters run in browsers only). */
export async function rivalInfos(browser: Browser): Promise<Array<RivalInfo & {app: string}>> {
  const out: Array<RivalInfo & {app: string}> = [];
  for (const app of RIVAL_APPS) {
    const side = await rivalPage(browser, app, {});
    out.push({app, ...side.info});
    await side.close();
  }
  return out;
}

type Action = 'render' | 'next' | 'click' | 'heap';
interface Case {
  name: string;
  key: string;
  events: number;
  view: 'month' | 'list';
  action: Action;
  /** `YYYY-MM`: the month shown first. */
  date: string;
  dense?: boolean;
  budget?: number;
  runs?: number;
}

const CASES: Case[] = [
  {
    name: 'month view, 1,000 events in one month (dense)',
    key: 'dense-1000',
    events: 1000,
    view: 'month',
    action: 'render',
    date: '2021-07',
    dense: true,
  },
  {
    name: 'month view, 1,000 events over a year (spread)',
    key: 'spread-1000',
    events: 1000,
    view: 'month',
    action: 'render',
    date: '2021-07',
  },
  {
    name: 'month view, 10,000 events in one month (dense)',
    key: 'dense-10000',
    events: 10_000,
    view: 'month',
    action: 'render',
    date: '2021-07',
    dense: true,
    budget: 100,
  },
  {
    name: 'month view, 10,000 events over a year (spread)',
    key: 'spread-10000',
    events: 10_000,
    view: 'month',
    action: 'render',
    date: '2021-07',
    budget: 100,
  },
  {
    name: 'month view, 10,000 all-day events pinned to days (the earlier comparison)',
    key: 'pinned-10000',
    events: 10_000,
    view: 'month',
    action: 'render',
    date: '2021-07',
    budget: 100,
  },
  {
    name: 'list view, 1,000 events in one month (dense)',
    key: 'dense-1000',
    events: 1000,
    view: 'list',
    action: 'render',
    date: '2021-07',
    dense: true,
  },
  {
    name: 'list view, 1,000 events over a year (spread)',
    key: 'spread-1000',
    events: 1000,
    view: 'list',
    action: 'render',
    date: '2021-07',
  },
  {
    name: 'list view, 10,000 events in one month (dense)',
    key: 'dense-10000',
    events: 10_000,
    view: 'list',
    action: 'render',
    date: '2021-07',
    dense: true,
    budget: 150,
  },
  {
    name: 'list view, 10,000 events over a year (spread)',
    key: 'spread-10000',
    events: 10_000,
    view: 'list',
    action: 'render',
    date: '2021-07',
    budget: 150,
  },
  {
    name: 'month switch (API), June to July, 10,000 events in July',
    key: 'dense-10000',
    events: 10_000,
    view: 'month',
    action: 'next',
    date: '2021-06',
    dense: true,
  },
  {
    name: 'interaction: click on next month, June to July, 10,000 events in July (input to the frame that shows it)',
    key: 'dense-10000',
    events: 10_000,
    view: 'month',
    action: 'click',
    date: '2021-06',
    dense: true,
  },
  {
    name: 'memory: heap kept by the month view, 10,000 events in one month',
    key: 'dense-10000',
    events: 10_000,
    view: 'month',
    action: 'heap',
    date: '2021-07',
    dense: true,
    runs: 3,
  },
];

const FEEDS: Record<string, () => unknown> = {
  'dense-1000': () => mixedFeed(1000, 'dense'),
  'spread-1000': () => mixedFeed(1000, 'spread'),
  'dense-10000': () => mixedFeed(10_000, 'dense'),
  'spread-10000': () => mixedFeed(10_000, 'spread'),
  'pinned-10000': () => pinnedFeed({events: 10_000}),
};

const numbers = (o: Record<string, number | string>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, number] => typeof e[1] === 'number'));

/** Ours and every rival, case by case, run for run in a rotating order. */
export async function compareCalendars(browser: Browser, runs = RUNS): Promise<Row[]> {
  const feeds = Object.fromEntries(Object.entries(FEEDS).map(([k, f]) => [k, JSON.stringify(f())]));
  const ours = await ourCalendar(browser);
  await ours.page.addScriptTag({content: PROBE});
  await ours.page.addScriptTag({content: OURS_EXTRA});
  for (const [k, j] of Object.entries(feeds)) await ours.setFeed(k, j);
  const rivals: RivalSide[] = [];
  for (const app of RIVAL_APPS.filter((a) => !RIVALS || new RegExp(RIVALS).test(a)))
    rivals.push(await rivalPage(browser, app, feeds));
  /** What a rival could not finish: `${view}:${key}` (a heavier feed of the same spread is skipped too). */
  const failed = rivals.map(() => new Map<string, string>());
  const skipKey = (c: Case) => `${c.view}:${c.key}`;

  const rows: Row[] = [];
  for (const c of CASES.filter((k) => !ONLY || new RegExp(ONLY).test(k.name))) {
    const n = c.runs ?? runs;
    const oursTimes: number[] = [];
    /** The month view cases: the browser alone on our finished DOM (`ourBench.floor`), after each of our runs. */
    const floorTimes: number[] = [];
    let oursLast: Record<string, number> = {};
    const oursMethods: Record<string, number> = {};
    const theirs = rivals.map(() => ({
      times: [] as number[],
      drawn: {} as Record<string, number>,
      methods: {} as Record<string, number>,
      cap: n,
      note: '',
    }));
    const rivalView = (r: RivalSide): RivalView | undefined =>
      c.view === 'month' || r.info.views.list ? c.view : undefined;
    /** The dense feed is one month: the rival's list of one month, where it has one apart. */
    const listOf = (r: RivalSide): 'month' | undefined =>
      c.view === 'list' && c.dense && r.info.views.listMonth ? 'month' : undefined;
    const ownView = (r: RivalSide): string =>
      c.view === 'month' ? r.info.views.month : listOf(r) ? r.info.views.listMonth! : r.info.views.list!;
    const notes: string[] = [];
    for (const [i, r] of rivals.entries()) {
      const why = failed[i]!.get(skipKey(c));
      if (!rivalView(r)) theirs[i]!.cap = 0;
      else if (why) {
        theirs[i]!.cap = 0;
        notes.push(`${r.info.name}: not run (${why})`);
      }
    }

    const runOurs = async () => {
      if (c.action === 'heap') {
        await ours.page.evaluate('ourBench.clear()');
        const before = await heapMB(ours.page);
        const run = await ours.render(c.key, 'month', c.date);
        checkOurs(run, c);
        oursTimes.push((await heapMB(ours.page)) - before);
        oursLast = run.counts;
      } else if (c.action === 'click') {
        await ours.page.bringToFront();
        const at = (await ours.page.evaluate(
          `ourBench.armClick(${JSON.stringify(c.key)}, ${JSON.stringify(c.date)})`,
        )) as {x: number; y: number};
        await ours.pause();
        await ours.page.mouse.click(at.x, at.y);
        const probe = (await ours.page.evaluate('clickProbe.result')) as ProbeResult;
        const t = clickTime(probe);
        oursMethods[t.method] = (oursMethods[t.method] ?? 0) + 1;
        oursLast = (await ours.page.evaluate('ourBench.counts()')) as Record<string, number>;
        checkOurs({ms: t.ms, counts: oursLast, title: probe.title}, c);
        oursTimes.push(t.ms);
      } else {
        const run = await ours[c.action](c.key, c.view, c.date);
        checkOurs(run, c);
        oursTimes.push(run.ms);
        oursLast = run.counts;
        if (c.action === 'render' && c.view === 'month')
          floorTimes.push((await ours.page.evaluate('ourBench.floor()')) as number);
      }
      // Nothing stays drawn while the others are timed (see `runRival`).
      await ours.page.evaluate('ourBench.clear()');
      await ours.pause();
    };
    const runRival = async (i: number) => {
      const r = rivals[i]!;
      const t = theirs[i]!;
      const view = rivalView(r)!;
      const date = `${c.date}-01`;
      const args = [c.key, view, date, listOf(r)].map((a) => JSON.stringify(a ?? null)).join(', ');
      try {
        let drawn: Drawn;
        if (c.action === 'heap') {
          await r.page.evaluate('rivalBench.clear()');
          const before = await heapMB(r.page);
          drawn = (await r.call<RivalRun>(`rivalBench.render(${args})`)).drawn;
          t.times.push((await heapMB(r.page)) - before);
        } else if (c.action === 'click') {
          await r.page.bringToFront();
          const at = await r.call<{x: number; y: number}>(
            `rivalBench.armClick(${JSON.stringify(c.key)}, ${JSON.stringify(date)})`,
          );
          await pause(r.page);
          await r.page.mouse.click(at.x, at.y);
          const probe = await r.call<ProbeResult>('clickProbe.result');
          const time = clickTime(probe);
          t.methods[time.method] = (t.methods[time.method] ?? 0) + 1;
          drawn = await r.call<Drawn>('rivalBench.drawn()');
          t.times.push(time.ms);
        } else {
          const run = await r.call<RivalRun>(`rivalBench.${c.action}(${args})`);
          drawn = run.drawn;
          t.times.push(run.ms);
        }
        checkRival(r.info.name, drawn, c);
        t.drawn = numbers(drawn);
        // A calendar left drawn keeps working in its page (FullCalendar 6's and Schedule-X's used about
        // 150 ms of CPU in the 2 s after a 1,000-event month; ours, timed after Schedule-X, took 102 ms
        // against 44 ms alone): each is destroyed once measured.
        await r.page.evaluate('rivalBench.clear()');
        if (t.times.length === 1 && c.action !== 'heap') {
          if (t.times[0]! > VERY_SLOW_MS) {
            t.cap = 1;
            t.note = `1 run (over ${VERY_SLOW_MS / 1000} s)`;
            // Ten times the events would take minutes: the heavier cases of this view are not run.
            if (c.events === 1000) {
              const why = `its ${c.key} ${c.view} view took ${(t.times[0]! / 1000).toFixed(0)} s`;
              failed[i]!.set(`${c.view}:${c.key.replace('-1000', '-10000')}`, why);
              if (c.view === 'month') failed[i]!.set(`month:${c.key.replace('-1000', '-10000')}`, why);
            }
          } else if (t.times[0]! > SLOW_MS) {
            t.cap = Math.min(t.cap, 5);
            t.note = `${t.cap} run${t.cap > 1 ? 's' : ''} (over ${SLOW_MS / 1000} s)`;
          }
        }
        await pause(r.page);
      } catch (e) {
        if (!(e instanceof TooSlow)) throw e;
        const why = `${r.info.name} ${e.message} (${c.view} view, ${c.key})`;
        t.cap = 0;
        t.times = [];
        notes.push(why);
        failed[i]!.set(skipKey(c), `it did not finish the ${c.key} ${c.view} view within ${TIMEOUT_MS / 1000} s`);
        // A heavier feed of the same spread in the same view, and every month case on this feed.
        const heavier = c.key.replace('-1000', '-10000');
        const mark = (k: string) =>
          failed[i]!.set(k, `it did not finish the ${c.key} ${c.view} view within ${TIMEOUT_MS / 1000} s`);
        mark(`${c.view}:${heavier}`);
        if (c.view === 'month')
          for (const k of Object.keys(FEEDS)) if (k === c.key || k === heavier) mark(`month:${k}`);
      }
    };

    for (let run = 0; run < n; run++) {
      const sides = [-1, ...rivals.keys()].filter((i) => i < 0 || theirs[i]!.times.length < theirs[i]!.cap);
      const k = run % sides.length;
      for (const i of [...sides.slice(k), ...sides.slice(0, k)]) {
        if (i < 0) await runOurs();
        else if (theirs[i]!.times.length < theirs[i]!.cap) await runRival(i);
      }
    }

    const anchors: Anchor[] = [];
    for (const [i, r] of rivals.entries()) {
      const t = theirs[i]!;
      if (!t.times.length) continue;
      const own = ownView(r);
      const what =
        c.action === 'next' ? `${own}, next()` : c.action === 'click' ? `${own}, a click on its next button` : own;
      const methods = Object.keys(t.methods).length
        ? `; ${Object.entries(t.methods)
            .map(([m, x]) => `${m} ${x}`)
            .join(', ')}`
        : '';
      anchors.push({
        name: r.info.name,
        timing: stats(t.times),
        rendered: {...t.drawn, ...t.methods},
        note: `${what}${t.note ? `; ${t.note}` : ''}${methods}`,
      });
    }
    rows.push({
      group: 'calendar',
      case: c.name,
      unit: c.action === 'heap' ? 'MB' : 'ms',
      ours: stats(oursTimes),
      anchors,
      ...(c.budget ? {budget: c.budget} : {}),
      rendered: {...oursLast, ...oursMethods},
      ...(notes.length ? {note: notes.join('; ')} : {}),
    });
    if (floorTimes.length)
      rows.push({
        group: 'calendar',
        case: `${c.name}: the browser alone, our finished month as static HTML to laid out (no script: the least any code drawing this DOM could take)`,
        unit: 'ms',
        ours: stats(floorTimes),
        anchors,
        note: 'rival ÷ this is the most any calendar drawing our DOM could lead that rival by',
      });
    console.error(`calendars: ${c.name} done (load average ${loadavg()[0]!.toFixed(2)})`);
  }
  await ours.close();
  await ours.page.close();
  for (const r of rivals) await r.close();
  return rows;
}

function checkOurs(r: CalendarRun, c: Case): void {
  const view = c.action === 'render' ? c.view : 'month';
  checkOurRender(r, view, c.events);
  if (view === 'month' && c.dense && !(r.counts['moreLinks']! > 0))
    throw new Error(`our dense month drew no "+N more": ${JSON.stringify(r.counts)}`);
}

function checkRival(name: string, d: Drawn, c: Case): void {
  const month = c.view === 'month';
  if (!(d.events > 0) || (month && c.dense && !(d.more > 0)))
    throw new Error(`${name} drew nothing plausible (${c.name}): ${JSON.stringify(d)}`);
}

/** Each rival's adapter module as bench/size.ts measures ours, plus its CSS files (as leaflet.ts does). */
export async function calendarRivalSizes(shared?: Browser): Promise<SizeRow[]> {
  const browser = shared ?? (await launchBrowser());
  const infos = await rivalInfos(browser);
  if (!shared) await browser.close();
  const rows: SizeRow[] = [];
  for (const info of infos) {
    const {code: _code, ...js} = await measure(info.name, info.app, `rival-${basename(info.app, '.ts')}`);
    const css = await Promise.all(
      info.css.map(async (spec) => Buffer.from((await transform(cssText(spec), {loader: 'css', minify: true})).code)),
    );
    rows.push({
      ...js,
      name: `${info.name} (${info.css.length ? `JS + ${info.css.length} CSS file${info.css.length > 1 ? 's' : ''}` : 'JS, CSS inside'})`,
      file: [info.app, ...info.css].join(' + '),
      // Each file compressed as a server sends it.
      min: js.min + css.reduce((s, b) => s + b.length, 0),
      minGzip: js.minGzip + css.reduce((s, b) => s + gz(b), 0),
      minBrotli: js.minBrotli + css.reduce((s, b) => s + br(b), 0),
    });
  }
  return rows;
}

export const cell = (t: Timing, unit: Row['unit']): string => `${ms(t.median, unit)} (${spread(t, unit)})`;

/** The table both this script and bench/run-all.ts print: every rival in one cell, with its ratio. */
export function rivalsCell(r: Row): string {
  return (r.anchors ?? [])
    .map((a) => `${a.name}: ${cell(a.timing, r.unit)}, **${ratio(a.timing.median, r.ours.median)}**`)
    .join('; ');
}

if (isMain(import.meta.url)) {
  const start = loadavg().map((x) => x.toFixed(2));
  const browser = await launchBrowser();
  const rows = await compareCalendars(browser);
  const sizes = await calendarRivalSizes(browser);
  await browser.close();
  const end = loadavg().map((x) => x.toFixed(2));
  if (jsonOutput()) console.log(JSON.stringify({rows, sizes, loadavg: {start, end}}, null, 2));
  else {
    console.log('| case | ours: median (min–max) | rivals: median (min–max), rival ÷ ours | budget |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) {
      const budget = r.budget ? `${r.budget} ${r.unit} ${r.ours.median <= r.budget ? 'ok' : 'MISSED'}` : '';
      const note = r.note ? ` (${r.note})` : '';
      console.log(`| ${r.case} | ${cell(r.ours, r.unit)} | ${rivalsCell(r)}${note} | ${budget} |`);
    }
    console.log('');
    for (const r of rows) {
      const how = ['eventTiming', 'laterFrame', 'belowThreshold'].filter((m) => r.rendered?.[m]);
      if (how.length) console.log(`${r.case} — ours: ${how.map((m) => `${m} ${r.rendered![m]}`).join(', ')}`);
      for (const a of r.anchors ?? []) if (a.note) console.log(`${r.case} — ${a.name}: ${a.note}`);
    }
    console.log('');
    for (const s of sizes)
      console.log(
        `${s.name}: ${(s.minGzip / 1024).toFixed(1)} KB min+gzip, ${(s.minBrotli / 1024).toFixed(1)} KB min+brotli`,
      );
    console.log(`\nload average (1, 5, 15 min): ${start.join(', ')} at the start, ${end.join(', ')} at the end`);
  }
}
