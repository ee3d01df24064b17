/**
 * No layout shift from widgets loading: the demo's city page (four widgets in a CMS theme), on a desktop
 * and a phone viewport, from the first paint until every widget has drawn, and while the visitor scrolls
 * down to the deferred ones. Layout shifts are read from the browser's own `layout-shift` entries (what
 * Lighthouse's CLS adds up); any shift fails, with what moved.
 *
 * Then the take-over of pre-rendered content (issue 19): a page whose four elements hold their
 * `[data-twin-static]` content (test/layout/takeover.html, by hand until the renderers write it), the
 * script and the feed held back: the pre-rendered text stays where it was while they load (no shimmer in
 * between), then the widget replaces it.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import type {Page, Route} from 'playwright-core';
import {startDemoServer, watch, widgetStates, widgetsSettled, type DemoServer} from '../helpers/demo-server.js';

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer('layout-shift');
});
after(() => demo?.close());

interface Shift {
  value: number;
  sources: string[];
}

/** Collects the page's `layout-shift` entries (what Lighthouse's CLS adds up) from its first paint: `shiftsOf`. */
async function observeShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {__shifts: Array<{value: number; sources: string[]}>};
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<
        PerformanceEntry & {
          value: number;
          sources: Array<{node?: Node; previousRect: DOMRect; currentRect: DOMRect}>;
        }
      >) {
        w.__shifts.push({
          value: e.value,
          sources: e.sources.map(
            (s) => `${s.node?.nodeName ?? '?'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`,
          ),
        });
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
}

const shiftsOf = async (page: Page): Promise<Shift[]> =>
  (await page.evaluate(() => (window as unknown as {__shifts: Shift[]}).__shifts)) as Shift[];

/**
 * The visitor scrolls to the end of the page (the page is not scrolled for the widgets: the visitor's own
 * scrolling is what is measured), every widget settles, and no layout shift was counted.
 */
async function scrollDownWithoutShift(page: Page, height: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2)) break;
    await page.mouse.wheel(0, height * 0.8);
    await page.waitForTimeout(100);
  }
  await widgetsSettled(page, 30_000, false);
  await page.waitForTimeout(500);
  const shifts = await shiftsOf(page);
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
}

const VIEWPORTS = [
  ['desktop', {width: 1350, height: 940}],
  ['phone', {width: 412, height: 823}],
] as const;

for (const [name, viewport] of VIEWPORTS) {
  test(
    `the city page does not move while its widgets load (${name}, ${viewport.width}×${viewport.height})`,
    {timeout: 120_000},
    async () => {
      const context = await demo.browser.newContext({viewport});
      const page = await context.newPage();
      const seen = watch(page);
      await observeShifts(page);
      try {
        await page.goto(`${demo.origin}/demo/index.html`);
        // The first screen's widget draws...
        await page.waitForFunction(
          () =>
            !!document.querySelector('twin-report-summary')?.shadowRoot?.querySelector('[part~="figures"], .figures'),
        );
        // ...then the visitor scrolls down the page, and each widget draws as it comes near.
        await scrollDownWithoutShift(page, viewport.height);
        assert.ok((await widgetStates(page)).every((s) => s.state === 'ready'));
        assert.deepEqual(seen.pageErrors, []);
      } finally {
        await context.close();
      }
    },
  );
}

for (const [name, viewport] of VIEWPORTS) {
  test(
    `pre-rendered content is taken over without a shift (${name}, ${viewport.width}×${viewport.height})`,
    {timeout: 120_000},
    async () => {
      const context = await demo.browser.newContext({viewport});
      const page = await context.newPage();
      const seen = watch(page);
      await observeShifts(page);
      // The browser does not count a move of content that the element's upgrade slots into its shadow root
      // (its boxes are made anew), so each block's first line is also followed frame by frame: where it is
      // in its element whenever it is drawn (the element's own moves are the browser's to count). (A string: a function of this file would carry tsx's helpers.)
      await page.addInitScript({
        content: `window.__tops = {};
          window.__follow = () => {
            for (const li of document.querySelectorAll('[data-twin-static] li:first-child')) {
              const r = li.getBoundingClientRect();
              if (!r.height) continue;
              const seen = (window.__tops[li.closest('[data-twin-static]').className] ??= []);
              const top = Math.round(r.top - li.closest('[data-twin-static]').parentElement.getBoundingClientRect().top);
              if (!seen.includes(top)) seen.push(top);
            }
            requestAnimationFrame(window.__follow);
          };
          requestAnimationFrame(window.__follow);`,
      });
      // The page is painted with its pre-rendered content before the script runs, and the widgets show it
      // while the feed is on its way: both held back, as on a slow connection.
      const slow = (ms: number) => async (route: Route) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        await route.continue();
      };
      await page.route('**/define.ts', slow(1000));
      await page.route('**/khabarovsk-2021.json', slow(2000));
      try {
        await page.goto(`${demo.origin}/test/layout/takeover.html`);
        await page.waitForFunction(
          () => !!document.querySelector('twin-report-summary')?.shadowRoot?.querySelector('[part~="figures"]'),
        );
        await scrollDownWithoutShift(page, viewport.height);
        const tops = (await page.evaluate(() => (window as unknown as {__tops: object}).__tops)) as Record<
          string,
          number[]
        >;
        assert.ok(Object.keys(tops).length >= 1, 'the pre-rendered content was drawn before the widgets');
        for (const [block, at] of Object.entries(tops)) assert.equal(at.length, 1, `${block} moved: ${at.join(' → ')}`);
        assert.ok((await widgetStates(page)).every((s) => s.state === 'ready'));
        // Drawn: the widgets, and no pre-rendered text left on screen.
        const leftOver = await page.evaluate(
          () =>
            [...document.querySelectorAll('[data-twin-static] li')].filter((li) => li.getClientRects().length).length,
        );
        assert.equal(leftOver, 0, 'pre-rendered content still rendered after the widgets drew');
        assert.deepEqual(seen.pageErrors, []);
      } finally {
        await context.close();
      }
    },
  );
}
