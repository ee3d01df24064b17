/**
 * Zoom and pan frames, measured the same way for our map and for the Leaflet anchor. A gesture of 60
 * frames: a drag (a pointer or mouse down in the middle, one move per frame around an ellipse of 150 ×
 * 80 px, then up) or a wheel zoom (one Ctrl + wheel event of 60 px per frame, in for 30 frames, out for
 * 30). Two measures:
 * - per frame, in the page: the time from dispatching the frame's event to laid out (its script, style
 *   and layout), plus, in the frame that follows, the time from the frame's start (its rAF timestamp)
 *   to laid out again (work the library defers to that frame); and the interval between frames, which
 *   includes paint;
 * - all of it: the renderer main thread's CPU time by Chromium's own count (CDP Performance.getMetrics
 *   ThreadTime) over the whole gesture and a settling time after it, divided by the 60 frames. That counts
 *   the work a library does outside the frames' event handlers (a wheel timer, an animation's end, a
 *   redraw once the gesture stops), and paint and garbage collection too; being CPU time, it is also the
 *   figure a loaded machine disturbs least. (The same counters' ScriptDuration and LayoutDuration are
 *   kept in the results, but they leave out much: LayoutDuration stays 0 with forced layouts.)
 * A page provides the driver: `window[name]()` returns {target, down, move, up, wheel, settled, probe}.
 */
import type {Page} from 'playwright-core';
import {stats, type Timing} from './page.js';

export const FRAMES = 60;
/** Time after the last event for deferred work (ours redraws 160 ms after a gesture pauses; Leaflet animates a zoom for 250 ms and drags on with inertia). */
export const SETTLE_MS = 700;

/** Runs in the page; a string, so that no build step rewrites it. */
const GESTURE = `async ({driver, kind, frames, settle}) => {
  const d = window[driver]();
  const r = d.target.getBoundingClientRect();
  const x0 = r.left + r.width / 2, y0 = r.top + r.height / 2;
  const raf = () => new Promise((res) => requestAnimationFrame(res));
  const work = [], intervals = [];
  if (kind === 'drag') d.down(x0, y0);
  let last = await raf();
  for (let i = 1; i <= frames; i++) {
    const t = performance.now();
    if (kind === 'drag') {
      const a = (i / frames) * Math.PI * 2;
      d.move(x0 + Math.cos(a) * 150, y0 + Math.sin(a) * 80);
    } else {
      d.wheel(i <= frames / 2 ? -60 : 60, x0, y0);
    }
    await d.settled();
    d.probe();
    work.push(performance.now() - t);
    const now = await raf();
    // Work deferred to the next frame (ours regroups markers there; rAF callbacks registered before
    // this one ran already, and the frame's timestamp is its start): count it in this frame's work.
    await d.settled();
    d.probe();
    work[work.length - 1] += performance.now() - now;
    intervals.push(now - last);
    last = now;
  }
  if (kind === 'drag') d.up(x0, y0);
  await new Promise((res) => setTimeout(res, settle));
  return {work, intervals, state: d.state ? d.state() : null};
}`;

export interface GestureResult {
  /** Per frame, measured in the page. */
  work: Timing;
  intervals: Timing;
  /** Chromium's counters over the gesture and the settling time, ms. */
  mainThread: {script: number; style: number; layout: number; task: number; thread: number};
  /** Main-thread CPU time ÷ frames, from Chromium's counters. */
  perFrame: number;
  state: unknown;
}

export async function gesture(
  page: Page,
  driver: string,
  kind: 'drag' | 'wheel',
  frames = FRAMES,
  settle = SETTLE_MS,
): Promise<GestureResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const {metrics} = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
    return {
      thread: m['ThreadTime'] ?? 0,
      script: m['ScriptDuration'] ?? 0,
      style: m['RecalcStyleDuration'] ?? 0,
      layout: m['LayoutDuration'] ?? 0,
      task: m['TaskDuration'] ?? 0,
    };
  };
  const before = await read();
  const r = (await page.evaluate(`(${GESTURE})(${JSON.stringify({driver, kind, frames, settle})})`)) as {
    work: number[];
    intervals: number[];
    state: unknown;
  };
  const after = await read();
  await cdp.detach();
  const mainThread = {
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
    task: after.task - before.task,
    thread: after.thread - before.thread,
  };
  return {
    work: stats(r.work),
    intervals: stats(r.intervals),
    mainThread,
    perFrame: mainThread.thread / frames,
    state: r.state,
  };
}

/**
 * Ctrl + wheel to the first zoomed frame: one real wheel event (Playwright's mouse over the map's middle,
 * Control held: CDP input, through the browser like a wheel's), timed in the page from the wheel event's
 * timestamp to the end of the first frame that shows the map at another scale: after each frame (a
 * message posted from its rAF callback runs once the frame's main-thread work is done), `probe` (an
 * expression evaluated in the page) gives the geometry of what is drawn (getBoundingClientRect, which
 * includes every transform, and a CSS transition's current value), and the first frame where it differs
 * from before the wheel ends the time. Whatever the library does in between (a handler, a debounce
 * timer, an animation's first step) is in the figure. 3 s without a change fails the bench.
 */
const WHEEL_PROBE = `window.wheelProbe = {
  arm(probe) {
    const read = new Function('return ' + probe);
    const before = read();
    this.done = new Promise((resolve) => {
      const timer = setTimeout(() => resolve({error: 'no zoomed frame within 3 s', before}), 3000);
      addEventListener('wheel', (e) => {
        const at = e.timeStamp;
        let frames = 0;
        const frame = () => requestAnimationFrame((ts) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            frames++;
            const now = read();
            if (now === before) return frame();
            clearTimeout(timer);
            resolve({ms: performance.now() - at, frameStart: ts - at, frames, before, after: now});
          };
          channel.port2.postMessage(0);
        });
        frame();
      }, {capture: true, once: true, passive: true});
    });
  },
};`;

export interface WheelZoom {
  /** Wheel event's timestamp to the end of the first frame that shows the zoom. */
  ms: number;
  /** To that frame's start (its rAF timestamp). */
  frameStart: number;
  /** Frames drawn until then, that one included. */
  frames: number;
}

/**
 * One Ctrl + wheel step (`deltaY` px, negative zooms in) over the middle of `target` (a selector in the
 * page), timed to the first frame that shows it; then `settle` ms for the library to finish (ours
 * redraws 160 ms after the wheel stops, Leaflet animates for 250 ms).
 */
export async function wheelZoom(
  page: Page,
  target: string,
  probe: string,
  deltaY: number,
  settle = SETTLE_MS,
): Promise<WheelZoom> {
  if (!(await page.evaluate('!!window.wheelProbe'))) await page.addScriptTag({content: WHEEL_PROBE});
  const box = (await page.locator(target).first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
  await page.evaluate(`wheelProbe.arm(${JSON.stringify(probe)})`);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
  const r = (await page.evaluate('wheelProbe.done')) as WheelZoom & {error?: string};
  if (r.error) throw new Error(`Ctrl + wheel on ${target}: ${r.error} (${JSON.stringify(r)})`);
  await page.waitForTimeout(settle);
  return r;
}
