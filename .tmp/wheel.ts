import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
const bundle = await build({entryPoints: ['src/partner-map/define.ts'], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', conditions: ['production'], logLevel: 'error'});
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const json = JSON.stringify(syntheticFeed({events: 200, partners: Number(process.argv[3] ?? 493)}));
for (const variant of process.argv[2]!.split(',')) {
const page = await browser.newPage({viewport: {width: 1200, height: 900}});
await page.setContent('<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>');
await page.addScriptTag({type: 'module', content: bundle.outputFiles[0]!.text});
await page.waitForFunction(() => customElements.get('twin-partner-map'));
const r = await page.evaluate(`(async () => {
  const main = document.querySelector('main'); const el = document.createElement('twin-partner-map'); el.setAttribute('lang','en');
  const loaded = new Promise((r) => el.addEventListener('twin-load', r, {once: true})); el.data = JSON.parse(${JSON.stringify(json)}); main.append(el); await loaded; await el.updateComplete;
  const sr = el.shadowRoot; const v = ${JSON.stringify(variant)};
  const st = new CSSStyleSheet(); 
  if (v === 'nowc') st.replaceSync('.basemap, .markers { will-change: auto !important }');
  if (v === 'nosvg') st.replaceSync('.basemap { display: none }');
  if (v === 'noclip') st.replaceSync('.visually-hidden { clip-path: none !important; clip: rect(0 0 0 0) }');
  if (v === 'nohidden') st.replaceSync('.marker .visually-hidden { display: none }');
  if (v === 'nosym') st.replaceSync('.marker .symbol { display: none }');
  if (v === 'nomarkers') st.replaceSync('.markers { display: none }');
  sr.adoptedStyleSheets = [...sr.adoptedStyleSheets, st];
  const frame = sr.querySelector('.frame'); const rc = frame.getBoundingClientRect();
  const raf = () => new Promise((res) => requestAnimationFrame(res));
  const out = []; let last = await raf();
  for (let i = 1; i <= 30; i++) {
    frame.dispatchEvent(new WheelEvent('wheel', {deltaY: i <= 15 ? -60 : 60, ctrlKey: true, clientX: rc.left + rc.width/2, clientY: rc.top + rc.height/2, bubbles: true, cancelable: true, composed: true}));
    const now = await raf(); out.push(now - last); last = now;
  }
  out.sort((a,b)=>a-b); return out[15].toFixed(1) + ' / max ' + out[29].toFixed(1) + ' k=' + el.zoom.toFixed(2);
})()`);
console.log(variant, r);
await page.close();
}
await browser.close();
