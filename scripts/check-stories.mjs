#!/usr/bin/env node
/**
 * Opens every story of the static Storybook (storybook-static/) in headless Chromium, in every locale
 * and both themes, and fails when a story throws, leaves its widget unrendered or spinning, or when axe
 * finds any accessibility violation. Run after `npm run build-storybook`.
 */
import {chromium} from 'playwright-core';
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {extname, join, normalize} from 'node:path';
import {findChrome, CHROME_ARGS} from './find-chrome.mjs';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2'};
const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!path.startsWith(root)) return void res.writeHead(403).end();
  try {
    const body = await readFile(path.endsWith('/') ? `${path}index.html` : path);
    res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
/** Stories that show the loading state on purpose: checked for axe, not for finishing. */
const LOADING = /--loading$/;
const variants = [
  ...['ru', 'en', 'zh-Hans', 'ja', 'ko'].map((locale) => ({locale, theme: 'light'})),
  {locale: 'ru', theme: 'dark'},
];

const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
let failures = 0;
let checked = 0;
// The 10,000-event stories are checked once: their markup is the same as the small ones'.
const jobs = stories.flatMap((story) => (/ten-thousand|hundred-thousand/.test(story.id) ? variants.slice(0, 1) : variants).map((v) => ({story, ...v})));
async function check({story, locale, theme}) {
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme};a11y.manual:!true`);
  // A widget is done when no element in the story is still in its loading state.
  const state = await page
    .waitForFunction(
      (loading) => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.includes('-'));
        if (widgets.length === 0) return null;
        const busy = widgets.some((el) => !el.shadowRoot || (!loading && el.shadowRoot.querySelector('[aria-busy="true"]')));
        return busy ? null : widgets.map((el) => el.tagName.toLowerCase());
      },
      LOADING.test(story.id),
      {timeout: 15_000},
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
  if (state === 'timeout') errors.push('the widget did not render, or is still loading after 15 s');
  await page.addScriptTag({content: axeSource});
  // Storybook's accessibility addon runs axe on the story too; wait for its turn to end.
  const violations = await page.evaluate(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {resultTypes: ['violations']});
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      } catch (err) {
        if (attempt > 50 || !String(err).includes('already running')) throw err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  errors.push(...violations);
  checked++;
  if (errors.length) {
    failures++;
    console.error(`✗ ${story.id} [${locale}, ${theme}]\n  ${errors.join('\n  ')}`);
  }
  await page.close();
}
const POOL = 3;
await Promise.all(
  Array.from({length: POOL}, async () => {
    while (jobs.length) await check(jobs.shift());
  }),
);
await browser.close();
server.close();
console.log(`${checked - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
