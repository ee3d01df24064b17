/**
 * The kit under the strictest Content Security Policy: `default-src 'self'`, no 'unsafe-inline', no
 * 'unsafe-eval', Trusted Types required. Every calendar view and state is rendered in headless Chromium;
 * any `securitypolicyviolation` or page error fails the test.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';
import {chromium, type Browser} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';

// lit-html's own policy is the one Trusted Types policy the kit needs (it creates its templates through it).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

let server: Server;
let browser: Browser;
let origin = '';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/kit.js"></script></head>
<body>
<twin-event-calendar id="month" src="/feed.json" date="2021-07"></twin-event-calendar>
<twin-event-calendar id="list" view="list" src="/feed.json"></twin-event-calendar>
<twin-event-calendar id="year" view="year" date="2021" src="/feed.json" theme="dark"></twin-event-calendar>
<twin-event-calendar id="big" view="list" src="/big.json"></twin-event-calendar>
<twin-event-calendar id="broken" src="/missing.json"></twin-event-calendar>
<twin-event-calendar id="empty"></twin-event-calendar>
</body></html>`;

const MAP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP map</title>
<script type="module" src="/kit.js"></script></head>
<body>
<twin-partner-map id="map" src="/feed.json"></twin-partner-map>
<twin-partner-map id="list" view="list" src="/feed.json" lang="ja"></twin-partner-map>
<twin-partner-map id="chosen" partner="niigata" theme="dark" src="/feed.json"></twin-partner-map>
<twin-partner-map id="big" src="/partners.json"></twin-partner-map>
<twin-partner-map id="broken" src="/missing.json"></twin-partner-map>
<twin-partner-map id="empty"></twin-partner-map>
<twin-delegation-list id="delegations" src="/feed.json"></twin-delegation-list>
<twin-delegation-list id="many" src="/partners.json" lang="ru"></twin-delegation-list>
<twin-report-summary id="report" src="/feed.json"></twin-report-summary>
<twin-report-summary id="years" src="/years.json" lang="ja" theme="dark"></twin-report-summary>
</body></html>`;

/** Runs before anything on the page (added by the browser, not subject to the page's CSP). */
function collectViolations() {
  const list: string[] = [];
  (window as unknown as {__violations: string[]}).__violations = list;
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
}

before(async () => {
  const kit = await build({entryPoints: ['src/twinning-kit.ts'], bundle: true, format: 'esm', write: false, minify: true, target: 'es2022', logLevel: 'error'});
  const feed = readFileSync('data-schema/feeds/khabarovsk-2021.json');
  const {syntheticFeed} = await import('../../data-schema/fixtures/generate.js');
  const big = JSON.stringify(syntheticFeed({events: 2000}));
  const files: Record<string, [string, string | Uint8Array]> = {
    '/': ['text/html', PAGE],
    '/kit.js': ['text/javascript', kit.outputFiles[0]!.contents],
    '/feed.json': ['application/json', feed],
    '/big.json': ['application/json', big],
    '/map': ['text/html', MAP_PAGE],
    '/partners.json': ['application/json', JSON.stringify(syntheticFeed({events: 200, partners: 493, delegations: 2000}))],
    '/years.json': ['application/json', JSON.stringify(syntheticFeed({events: 1000, years: 5, firstYear: 2017, reports: true}))],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    res.setHeader('Content-Security-Policy', CSP);
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200, {'content-type': file[0]}).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('every calendar view and state renders under a strict CSP with Trusted Types, with no violation', async () => {
  const page = await browser.newPage();
  await page.addInitScript(collectViolations);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(origin);
  await page.waitForFunction(
    () =>
    [...document.querySelectorAll('twin-event-calendar')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')),
  );
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('twin-event-calendar')].map((el) => {
      const root = el.shadowRoot!;
      return `${el.id}:${root.querySelector('[role="grid"]') ? 'grid' : root.querySelector('[role="listbox"]') ? 'list' : root.querySelector('.months') ? 'year' : root.querySelector('[role="alert"]') ? 'error' : root.querySelector('[part~="empty"]') ? 'empty' : '?'}`;
    }),
  );
  assert.deepEqual(states, ['month:grid', 'list:list', 'year:year', 'big:list', 'broken:error', 'empty:empty']);
  // Interact: open the filters, a filter, a dialog, scroll the big list, switch views.
  await page.evaluate(async () => {
    const month = document.querySelector('#month')!.shadowRoot!;
    month.querySelector<HTMLElement>('details[part="filters"] summary')!.click();
    await new Promise((r) => setTimeout(r, 100));
    month.querySelector<HTMLButtonElement>('button[data-group="formats"]')!.click();
    month.querySelector<HTMLButtonElement>('details[data-band="month"] button[data-event]')?.click();
    await new Promise((r) => setTimeout(r, 100));
    const big = document.querySelector('#big')!.shadowRoot!;
    big.querySelector('.list-scroll')!.scrollTop = 20000;
    await new Promise((r) => setTimeout(r, 100));
    document.querySelector('#year')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="month"]')!.click();
  });
  await page.waitForTimeout(300);
  const spacer = await page.evaluate(() => document.querySelector('#big')!.shadowRoot!.querySelector<HTMLElement>('.spacer')!.style.height);
  assert.match(spacer, /^\d+px$/, 'the windowed list sizes its spacers');
  const violations = await page.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});

test('the partner map, the delegation list and the report summary render and work under a strict CSP, and ask no host but the page’s own for anything', async () => {
  const page = await browser.newPage({viewport: {width: 1100, height: 900}});
  await page.addInitScript(collectViolations);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}/map`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('twin-partner-map, twin-delegation-list, twin-report-summary')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')),
  );
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('twin-partner-map, twin-delegation-list, twin-report-summary')].map((el) => {
      const root = el.shadowRoot!;
      return `${el.id}:${root.querySelector('.frame') ? 'map' : root.querySelector('.figures') ? 'report' : root.querySelector('table') ? 'table' : root.querySelector('[role="alert"]') ? 'error' : root.querySelector('[part~="empty"]') ? 'empty' : '?'}`;
    }),
  );
  assert.deepEqual(states, ['map:map', 'list:table', 'chosen:map', 'big:map', 'broken:error', 'empty:empty', 'delegations:table', 'many:table', 'report:report', 'years:report']);
  // Zoom with the button, drag, Ctrl + wheel, open a marker's card, sort the table.
  const map = page.locator('#map');
  await map.locator('.controls .zoom-in').click();
  const frame = await map.locator('.frame').boundingBox();
  assert.ok(frame);
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 + 120, frame.y + frame.height / 2 + 40, {steps: 5});
  await page.mouse.up();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await map.locator('.controls .reset').click();
  await page.waitForTimeout(400);
  await map.locator('.marker[data-id="mogilev"]').click();
  await page.locator('#list button[data-sort="name"]').click();
  await page.waitForTimeout(300);
  // The delegation list: filters, search, a row opened, the windowed list scrolled.
  await page.evaluate(async () => {
    const list = document.querySelector('#delegations')!.shadowRoot!;
    list.querySelector<HTMLElement>('details[part="filters"] summary')!.click();
    await new Promise((r) => setTimeout(r, 100));
    list.querySelector<HTMLButtonElement>('.chip')!.click();
    list.querySelector<HTMLButtonElement>('tr.row .toggle')!.click();
    const many = document.querySelector('#many')!.shadowRoot!;
    const input = many.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'визит';
    input.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 100));
    const box = many.querySelector<HTMLElement>('.scroll')!;
    box.scrollTop = 20000;
    await new Promise((r) => setTimeout(r, 100));
    // The report summary: a chart as its table, another year, the figures copied.
    const report = document.querySelector('#report')!.shadowRoot!;
    report.querySelector<HTMLButtonElement>('.as-table')!.click();
    report.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
    const years = document.querySelector('#years')!.shadowRoot!;
    const select = years.querySelector<HTMLSelectElement>('select')!;
    select.value = '2018';
    select.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 100));
  });
  const bar = await page.evaluate(() => document.querySelector('#years')!.shadowRoot!.querySelector('rect')?.getAttribute('width'));
  assert.ok(Number(bar) > 0, 'the report draws its bars');
  const spacer = await page.evaluate(() => document.querySelector('#many')!.shadowRoot!.querySelector<HTMLElement>('tr.spacer td')?.style.height);
  assert.match(spacer ?? '', /^[\d.]+px$/, 'the windowed list sizes its spacers');
  const card = await page.evaluate(() => document.querySelector('#map')!.shadowRoot!.querySelector('#card-title')?.textContent?.trim());
  assert.equal(card, 'Mogilev');
  // Markers are placed by setting their style from script (CSSOM), which the CSP allows.
  const placed = await page.evaluate(() => document.querySelector('#big')!.shadowRoot!.querySelector<HTMLElement>('.marker')!.style.transform);
  assert.match(placed, /^translate\([-\d.]+px, [-\d.]+px\)$/);
  const violations = await page.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  const foreign = requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'no request to any other host');
  const paths = [...new Set(requests.map((url) => new URL(url).pathname))].sort();
  assert.deepEqual(paths, ['/feed.json', '/kit.js', '/map', '/missing.json', '/partners.json', '/years.json'], 'the page, the kit and the feeds, nothing else');
  assert.equal(requests.filter((url) => url.endsWith('/feed.json')).length, 1, 'three maps on one feed: one request');
});
