#!/usr/bin/env node
/**
 * Screenshots of every widget, for a person to look at (npm run screenshots):
 *   each element × the built-in feed and another city's feed × en, ru, zh-Hans, ja, ko × 320, 390, 768
 *   and 1280 px × light and dark, alone on a plain page (test/layout/plain.html, set in a system sans-serif
 *   font), one PNG each under bench/screenshots/<element>/; then one contact sheet per element,
 *   bench/screenshots/<element>.png: every variant as a labelled thumbnail, a row per feed × language ×
 *   theme and a column per width. A label in red names the layout rules that state breaks (the rules of
 *   the layout check, test/layout/layout-rules.ts).
 * The sheets are drawn by Chromium from an HTML page of the PNGs: no image library.
 *
 *   node scripts/screenshots.mjs [--elements twin-partner-map,...] [--widths 390,1280] [--langs en,ja]
 *     [--out bench/screenshots]
 * The PNGs are not committed (bench/screenshots/ is in .gitignore): run the command to see them.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {resolve, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {createServer} from 'vite';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from './find-chrome.mjs';

const {values} = parseArgs({
  options: {
    elements: {
      type: 'string',
      default: 'twin-event-calendar,twin-partner-map,twin-delegation-list,twin-report-summary',
    },
    widths: {type: 'string', default: '320,390,768,1280'},
    langs: {type: 'string', default: 'en,ru,zh-Hans,ja,ko'},
    out: {type: 'string', default: 'bench/screenshots'},
  },
});
const ELEMENTS = values.elements.split(',');
const WIDTHS = values.widths.split(',').map(Number);
const LANGS = values.langs.split(',');
const SCHEMES = ['light', 'dark'];
const FEEDS = {
  khabarovsk: '/data-schema/feeds/khabarovsk-2021.json',
  vladivostok: '/demo/feeds/vladivostok-sample.json',
};
/** A screenshot is cut below this height (a long list): the sheet stays readable. */
const MAX_HEIGHT = 2400;
const out = resolve(values.out);

const cacheDir = resolve(`.tmp/vite-screenshots-${process.pid}`);
const server = await createServer({
  configFile: resolve('vite.config.ts'),
  cacheDir,
  logLevel: 'error',
  clearScreen: false,
  server: {port: 0, strictPort: false, host: '127.0.0.1', hmr: false, watch: null},
});
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const errors = [];
/** shots[element] = [{feed, lang, scheme, width, file, broken}] */
const shots = Object.fromEntries(ELEMENTS.map((e) => [e, []]));

try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({viewport: {width, height: 800}});
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${width}px: ${e.message}`));
    await page.goto(`${origin}/test/layout/plain.html?font=sans`);
    await page.waitForFunction(() => 'twinLayout' in window);
    for (const tag of ELEMENTS) {
      mkdirSync(`${out}/${tag}`, {recursive: true});
      for (const [feed, src] of Object.entries(FEEDS)) {
        let mounted = false;
        for (const lang of LANGS)
          for (const scheme of SCHEMES) {
            if (!mounted) {
              await page.evaluate(([t, s, l, th]) => window.twinLayout.mount(t, s, l, th), [tag, src, lang, scheme]);
              mounted = true;
            } else await page.evaluate(([l, th]) => window.twinLayout.set(l, th), [lang, scheme]);
            const broken = (await page.evaluate((d) => window.twinLayout.check(d), scheme === 'dark')).map(
              (f) => f.rule,
            );
            const box = await page.evaluate(() => window.twinLayout.box());
            // The page from its top-left corner: the body margin, and anything drawn past the widget.
            const height = Math.min(MAX_HEIGHT, Math.ceil(Math.max(box.y + box.height + 8, box.page)));
            const file = `${out}/${tag}/${feed}-${lang}-${width}-${scheme}.png`;
            await page.screenshot({path: file, fullPage: true, clip: {x: 0, y: 0, width, height}});
            shots[tag].push({feed, lang, scheme, width, file, broken});
          }
      }
      console.log(`${tag}: ${width} px done`);
    }
    await context.close();
  }

  // The contact sheets: a row per feed × language × scheme, a column per width, thumbnails at a quarter.
  const SCALE = 0.3;
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  for (const tag of ELEMENTS) {
    const rows = [];
    for (const feed of Object.keys(FEEDS))
      for (const lang of LANGS)
        for (const scheme of SCHEMES) {
          const cells = WIDTHS.map((width) => {
            const s = shots[tag].find(
              (x) => x.feed === feed && x.lang === lang && x.scheme === scheme && x.width === width,
            );
            const url = `${origin}/${relative(process.cwd(), s.file).split('\\').join('/')}`;
            const label = `${width} px${s.broken.length ? ` ✗ ${[...new Set(s.broken)].join(', ')}` : ''}`;
            return `<figure><img src="${esc(url)}" style="width:${Math.round(width * SCALE)}px"><figcaption class="${s.broken.length ? 'bad' : ''}">${esc(label)}</figcaption></figure>`;
          });
          rows.push(
            `<section><h2>${esc(`${feed} · ${lang} · ${scheme}`)}</h2><div class="row">${cells.join('')}</div></section>`,
          );
        }
    const page = await browser.newPage({viewport: {width: 1400, height: 900}});
    await page.goto(`${origin}/test/layout/plain.html`);
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>
      body {font: 13px system-ui, 'Noto Sans', sans-serif; margin: 12px; background: #fff; color: #111}
      h1 {font-size: 18px; margin: 0 0 8px}
      h2 {font-size: 13px; margin: 10px 0 4px}
      .row {display: flex; gap: 12px; align-items: flex-start}
      figure {margin: 0}
      img {display: block; border: 1px solid #999; max-height: ${Math.round(MAX_HEIGHT * SCALE)}px; object-fit: cover; object-position: top}
      figcaption {font-size: 11px; color: #333}
      figcaption.bad {color: #b00020; font-weight: 600}
    </style><h1>${esc(`<${tag}>`)}: ${shots[tag].length} states (thumbnails at ${SCALE * 100}%; red: layout rules broken)</h1>${rows.join('')}`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    const sheet = `${out}/${tag}.png`;
    await page.screenshot({path: sheet, fullPage: true});
    await page.close();
    console.log(sheet);
  }
  writeFileSync(
    `${out}/index.json`,
    JSON.stringify(
      Object.fromEntries(ELEMENTS.map((t) => [t, shots[t].map((s) => ({...s, file: relative(out, s.file)}))])),
      null,
      1,
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exitCode = 1;
}
