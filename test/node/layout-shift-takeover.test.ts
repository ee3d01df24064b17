/**
 * No layout shift when the widgets take over pre-rendered content (issue 19): a page whose four elements
 * hold their `[data-twin-static]` content (test/layout/takeover.html, by hand until the renderers write
 * it), on a desktop and a phone viewport, from the first paint until every widget has drawn, the visitor
 * scrolling down to the deferred ones. The pre-rendered text stays where it was while the script loads and
 * the feed arrives (no shimmer in between), then the widget replaces it. Shifts are the browser's own
 * `layout-shift` entries; any shift fails, with what moved.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startDemoServer, watch, widgetStates, widgetsSettled, type DemoServer} from '../helpers/demo-server.js';

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer('layout-shift-takeover');
});
after(() => demo?.close());

interface Shift {
  value: number;
  sources: string[];
}

for (const [name, viewport] of [
  ['desktop', {width: 1350, height: 940}],
  ['phone', {width: 412, height: 823}],
] as const) {
  test(
    `pre-rendered content is taken over without a shift (${name}, ${viewport.width}×${viewport.height})`,
    {timeout: 120_000},
    async () => {
      const context = await demo.browser.newContext({viewport});
      const page = await context.newPage();
      const seen = watch(page);
      await page.addInitScript(() => {
        const w = window as unknown as {__shifts: Shift[]; __static: boolean[]};
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
                (s) =>
                  `${s.node?.nodeName ?? '?'} ${(s.node?.textContent ?? '').trim().slice(0, 30)} ` +
                  `${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`,
              ),
            });
          }
        }).observe({type: 'layout-shift', buffered: true});
      });
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
      const slow = (ms: number) => async (route: import('playwright-core').Route) => {
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
        for (let i = 0; i < 300; i++) {
          if (await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2)) break;
          await page.mouse.wheel(0, viewport.height * 0.8);
          await page.waitForTimeout(100);
        }
        await widgetsSettled(page, 30_000, false);
        await page.waitForTimeout(500);
        const shifts = (await page.evaluate(() => (window as unknown as {__shifts: Shift[]}).__shifts)) as Shift[];
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
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
