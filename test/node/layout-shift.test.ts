/**
 * No layout shift from widgets loading: the demo's city page (four widgets in a CMS theme), on a desktop
 * and a phone viewport, from the first paint until every widget has drawn, and while the visitor scrolls
 * down to the deferred ones. Layout shifts are read from the browser's own `layout-shift` entries (what
 * Lighthouse's CLS adds up); any shift fails, with what moved.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
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

for (const [name, viewport] of [
  ['desktop', {width: 1350, height: 940}],
  ['phone', {width: 412, height: 823}],
] as const) {
  test(
    `the city page does not move while its widgets load (${name}, ${viewport.width}×${viewport.height})`,
    {timeout: 120_000},
    async () => {
      const context = await demo.browser.newContext({viewport});
      const page = await context.newPage();
      const seen = watch(page);
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
      try {
        await page.goto(`${demo.origin}/demo/index.html`);
        // The first screen's widget draws...
        await page.waitForFunction(
          () =>
            !!document.querySelector('twin-report-summary')?.shadowRoot?.querySelector('[part~="figures"], .figures'),
        );
        // ...then the visitor scrolls down the page, and each widget draws as it comes near.
        for (let i = 0; i < 300; i++) {
          if (await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2)) break;
          await page.mouse.wheel(0, viewport.height * 0.8);
          await page.waitForTimeout(100);
        }
        // (The page is not scrolled for them: the visitor's own scrolling is what is measured.)
        await widgetsSettled(page, 30_000, false);
        await page.waitForTimeout(500);
        const shifts = (await page.evaluate(() => (window as unknown as {__shifts: Shift[]}).__shifts)) as Shift[];
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
        assert.ok((await widgetStates(page)).every((s) => s.state === 'ready'));
        assert.deepEqual(seen.pageErrors, []);
      } finally {
        await context.close();
      }
    },
  );
}
