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
await page.evaluate(`(async () => { const main = document.querySelector('main'); const el = document.createElement('twin-partner-map'); el.setAttribute('lang','en');
  const loaded = new Promise((r) => el.addEventListener('twin-load', r, {once: true})); el.data = JSON.parse(${JSON.stringify(json)}); main.append(el); await loaded; await el.updateComplete; })()`);
const r = await page.evaluate(`(() => {
  const sr = document.querySelector('twin-partner-map').shadowRoot;
  const ms = [...sr.querySelectorAll('.marker')];
  const probe = sr.querySelector('.frame');
  const time = (label, fn) => { const ts = []; for (let i = 0; i < 5; i++) { const t = performance.now(); fn(i); probe.getBoundingClientRect(); getComputedStyle(ms[0]).transform; ts.push(performance.now() - t); } return label + ' ' + ts.map(t=>t.toFixed(1)).join(','); };
  const out = [];
  const host = document.querySelector('twin-partner-map');
  const mode = ${JSON.stringify(process.argv[2] ?? 'none')};
  out.push(time('A transform all', (i) => ms.forEach((m, j) => m.style.transform = 'translate(' + (j + i) + 'px, 10px)')));
  if (mode === 'readopt') sr.adoptedStyleSheets = [...sr.adoptedStyleSheets];
  if (mode === 'theme') { host.setAttribute('theme', 'light'); host.getBoundingClientRect(); }
  if (mode === 'hostclass') { host.style.color = 'red'; host.getBoundingClientRect(); }
  if (mode === 'wait') { const t = Date.now(); while (Date.now() - t < 1000); }
  out.push(time('B after ' + mode, (i) => ms.forEach((m, j) => m.style.transform = 'translate(' + (j + i + 1) + 'px, 10px)')));
  out.push(time('C one marker', (i) => ms[0].style.transform = 'translate(' + (i + 1) + 'px, 10px)'));
  out.push(time('D 50 markers', (i) => ms.slice(0,50).forEach((m, j) => m.style.transform = 'translate(' + (j + i + 1) + 'px, 10px)')));
  return out.join('\\n');
})()`);
console.log(r);
await browser.close();
