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
