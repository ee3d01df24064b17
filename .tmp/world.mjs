import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const page = await browser.newPage({viewport: {width: 1100, height: 900}});
await page.goto('http://localhost:5173/demo/', {waitUntil: 'networkidle'});
await page.evaluate(`document.documentElement.lang = 'en'`);
await page.waitForTimeout(500);
const map = page.locator('twin-partner-map');
for (let i = 0; i < 4; i++) { await map.locator('.controls .zoom-out').click(); await page.waitForTimeout(300); }
await map.screenshot({path: '/tmp/world.png'});
for (let i = 0; i < 4; i++) { await map.locator('.controls .pan-down').click(); await page.waitForTimeout(300); }
await map.screenshot({path: '/tmp/world2.png'});
await browser.close();
