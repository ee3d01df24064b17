#!/usr/bin/env node
/**
 * Screenshots of a page in the five locales, for a person to look at:
 *   node scripts/screenshots.mjs http://localhost:5173/demo/ out-dir [selector-to-wait-for]
 * Switches <html lang> like the demo's language switch, and saves one PNG per locale.
 */
import {chromium} from 'playwright-core';
import {mkdirSync} from 'node:fs';
import {findChrome, CHROME_ARGS} from './find-chrome.mjs';

const [url = 'http://localhost:5173/demo/', out = 'bench/screenshots', wait = 'body'] = process.argv.slice(2);
mkdirSync(out, {recursive: true});
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const page = await browser.newPage({viewport: {width: 1100, height: 1400}});
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(url, {waitUntil: 'networkidle'});
await page.waitForSelector(wait);
for (const lang of ['ru', 'en', 'zh-Hans', 'ja', 'ko']) {
  await page.evaluate((l) => (document.documentElement.lang = l), lang);
  await page.waitForTimeout(300);
  const file = `${out}/${lang}.png`;
  await page.screenshot({path: file, fullPage: false});
  console.log(file);
}
await browser.close();
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
