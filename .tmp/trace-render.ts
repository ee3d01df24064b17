import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
const bundle = await build({entryPoints: ['src/partner-map/define.ts'], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', conditions: ['production'], logLevel: 'error'});
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const json = JSON.stringify(syntheticFeed({events: 200, partners: 493}));
const page = await browser.newPage({viewport: {width: 1200, height: 900}});
await page.setContent('<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>');
await page.addScriptTag({type: 'module', content: bundle.outputFiles[0]!.text});
await page.waitForFunction(() => customElements.get('twin-partner-map'));
const RENDER = `async (json) => { const main = document.querySelector('main'); main.replaceChildren(); const el = document.createElement('twin-partner-map'); el.setAttribute('lang','en');
 const loaded = new Promise((r) => el.addEventListener('twin-load', r, {once: true})); const t = performance.now(); el.data = JSON.parse(json); main.append(el); await loaded; await el.updateComplete; el.shadowRoot.querySelector('.marker').getBoundingClientRect(); return performance.now() - t; }`;
await page.evaluate(`(${RENDER})(${JSON.stringify(json)})`);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Tracing.start', {categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream'} as never);
const times = [];
for (let i = 0; i < 5; i++) { times.push(await page.evaluate(`(${RENDER})(${JSON.stringify(json)})`)); await page.waitForTimeout(100); }
const done = new Promise<{stream: string}>((res) => cdp.once('Tracing.tracingComplete', res as never));
await cdp.send('Tracing.end');
const {stream} = await done;
let data = ''; for (;;) { const r = (await cdp.send('IO.read', {handle: stream})) as {data: string; eof: boolean}; data += r.data; if (r.eof) break; }
const parsed = JSON.parse(data); const events = parsed.traceEvents ?? parsed;
const totals = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
console.log('times', (times as number[]).map((t) => t.toFixed(0)).join(' '));
console.log([...totals].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${(v / 5000).toFixed(1)}ms/run ${k}`).join('\n'));
await browser.close();
