/**
 * The layout check: every element, on the built-in feed and on another city's feed, in five languages ×
 * 320, 390, 768 and 1280 px × light and dark, alone on a plain page (test/layout/plain.html: body margin
 * 8 px, set in a system sans-serif font as a city's site is; the same page as the screenshots'). Rules (test/layout/layout-rules.ts): the page never scrolls sideways; the document is no taller
 * than what is drawn; no two visible text boxes overlap; no text is clipped without an ellipsis and a
 * full-text alternative; in dark mode no text comes within 4 px of the widget's edge.
 *
 * One browser page per width; each element is mounted once per feed and its `lang` and `theme` changed
 * in place. One test per element × feed × width: it checks all ten language × theme states and fails
 * with every broken rule of each (element, feed, lang, width, scheme, rule, texts and boxes).
 *   TWIN_LAYOUT_WIDTHS=390,1280  TWIN_LAYOUT_ELEMENTS=twin-partner-map   to run a part.
 */
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import type {Page, BrowserContext} from 'playwright-core';
import {startDemoServer, type DemoServer} from '../helpers/demo-server.js';
import type {LayoutFailure} from '../layout/layout-rules.js';

const pick = (env: string | undefined, all: readonly string[]) =>
  env ? all.filter((x) => env.split(',').includes(x)) : all;

const ELEMENTS = pick(process.env['TWIN_LAYOUT_ELEMENTS'], [
  'twin-event-calendar',
  'twin-partner-map',
  'twin-delegation-list',
  'twin-report-summary',
]);
const FEEDS = {
  khabarovsk: '/data-schema/feeds/khabarovsk-2021.json',
  vladivostok: '/demo/feeds/vladivostok-sample.json',
} as const;
const LANGS = ['en', 'ru', 'zh-Hans', 'ja', 'ko'] as const;
const WIDTHS = pick(process.env['TWIN_LAYOUT_WIDTHS'], ['320', '390', '768', '1280']).map(Number);
const SCHEMES = ['light', 'dark'] as const;

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer('layout');
});
after(() => demo?.close());

for (const width of WIDTHS) {
  describe(`${width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    const errors: string[] = [];
    before(async () => {
      context = await demo.browser.newContext({viewport: {width, height: 800}});
      page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${demo.origin}/test/layout/plain.html?font=sans`);
      await page.waitForFunction(() => 'twinLayout' in window);
    });
    after(() => context?.close());

    for (const tag of ELEMENTS)
      for (const [feed, src] of Object.entries(FEEDS))
        test(`${tag} on ${feed}, ${width} px, 5 languages × light and dark`, {timeout: 120_000}, async () => {
          const broken: string[] = [];
          let mounted = false;
          for (const lang of LANGS)
            for (const scheme of SCHEMES) {
              const where = `${tag} ${feed} ${lang} ${width}px ${scheme}`;
              if (!mounted) {
                await page.evaluate(
                  ([t, s, l, th]) => window.twinLayout.mount(t!, s!, l!, th!),
                  [tag, src, lang, scheme],
                );
                mounted = true;
              } else await page.evaluate(([l, th]) => window.twinLayout.set(l!, th!), [lang, scheme]);
              const failures: LayoutFailure[] = await page.evaluate(
                (d) => window.twinLayout.check(d),
                scheme === 'dark',
              );
              for (const f of failures) broken.push(`${where}: ${f.rule}: ${f.detail}`);
            }
          assert.deepEqual(errors.splice(0), [], 'page errors');
          assert.equal(broken.length, 0, `${broken.length} broken:\n${broken.join('\n')}`);
        });
  });
}
