/**
 * axe-core on the pre-rendered content (`twinning-kit render`): the four elements' snippets of the
 * Khabarovsk feed and of the Vladivostok sample, on a plain page with the static stylesheet
 * (src/static/static.css) and JavaScript disabled, in the five languages, at 390 and 1280 px, light and
 * dark: no violation of WCAG 2.2 AA or of axe's best practices.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {chromium, type Browser, type Page} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';
import {prepareFeeds, renderStatic, STATIC_ELEMENTS} from '../../src/static/render.js';

const LANGS = ['ru', 'en', 'zh-Hans', 'ja', 'ko'] as const;
const FEEDS = {
  khabarovsk: 'data-schema/feeds/khabarovsk-2021.json',
  vladivostok: 'demo/feeds/vladivostok-sample.json',
} as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The kit's stylesheet for the pre-rendered content, when it has one. */
const CSS = existsSync('src/static/static.css') ? readFileSync('src/static/static.css', 'utf8') : '';

let browser: Browser;
/** The page as a reader without JavaScript gets it. */
let plain: Page;
/** The same document, where axe can run (axe needs timers, which a page without JavaScript never fires). */
let page: Page;
before(async () => {
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
  plain = await (await browser.newContext({javaScriptEnabled: false})).newPage();
  page = await (await browser.newContext()).newPage();
});
after(() => browser?.close());

/**
 * A plain page as a site would wrap the snippets: its language, a title, a main landmark, a top heading, light
 * or dark as the reader's system. Its background is said (the system's Canvas): axe takes a page that says
 * none for white, also in dark mode, where the browser paints it dark.
 */
const pageOf = (lang: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Twinning Kit</title>
<style>html { background: Canvas; color: CanvasText; }</style><style>${CSS.replace(/<\/style/gi, '<\\/style')}</style></head>
<body><main><h1>Twinning Kit</h1>
${body}
</main></body></html>`;

interface Violation {
  id: string;
  impact: string | null;
  nodes: Array<{target: string[]; failureSummary: string}>;
}

/** axe-core on the page (injected once per document). */
async function axe(): Promise<Violation[]> {
  return page.evaluate(
    `(() => {
      return axe.run(document, {runOnly: {type: 'tag', values: ${JSON.stringify(TAGS)}}, resultTypes: ['violations']})
        .then((r) => r.violations.map((v) => ({id: v.id, impact: v.impact,
          nodes: v.nodes.slice(0, 3).map((n) => ({target: n.target, failureSummary: n.failureSummary}))})));
    })()`,
  );
}

for (const [name, path] of Object.entries(FEEDS)) {
  test(
    `axe finds nothing on the pre-rendered ${name} feed: five languages, 390 and 1280 px, light and dark`,
    {timeout: 110_000},
    async () => {
      const data = prepareFeeds([{source: path, text: readFileSync(path, 'utf8')}]);
      assert.ok(data);
      const found: string[] = [];
      for (const lang of LANGS) {
        const snippets = await Promise.all(STATIC_ELEMENTS.map((element) => renderStatic(data, {element, lang})));
        // Loaded without JavaScript; that document (nothing in it runs: the JSON-LD is data) is what axe checks.
        await plain.setContent(pageOf(lang, snippets.join('\n')));
        await page.setContent(await plain.content());
        await page.addScriptTag({content: AXE});
        // The content is there (not an empty page that trivially passes).
        const words = await page.evaluate(() => document.querySelector('main')!.textContent!.trim().length);
        assert.ok(words > 30, `${name} in ${lang}: the snippets are empty`);
        for (const width of [390, 1280])
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.setViewportSize({width, height: 900});
            await page.emulateMedia({colorScheme});
            for (const v of await axe())
              found.push(
                `${lang} ${width}px ${colorScheme}: ${v.id} (${v.impact}) ${v.nodes
                  .map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`)
                  .join(' / ')}`,
              );
          }
      }
      assert.deepEqual(found, []);
    },
  );
}

test('the harness: axe does report a violation on such a page', async () => {
  await page.setContent(pageOf('en', '<p><img src="data:,"></p><h4>Skipped levels</h4>'));
  await page.addScriptTag({content: AXE});
  assert.deepEqual((await axe()).map((v) => v.id).sort(), ['heading-order', 'image-alt']);
});
