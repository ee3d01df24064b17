import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
const bundle = await build({entryPoints: ['src/partner-map/define.ts'], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', conditions: ['production'], logLevel: 'error'});
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const json = JSON.stringify(syntheticFeed({events: 200, partners: 493}));
for (const css of ['', '.markers{display:none}', '.arcs{display:none}', '.marker{contain: layout style}', '', '.markers{display:none}']) {
const page = await browser.newPage({viewport: {width: 1200, height: 900}});
await page.setContent(`<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>`);
await page.addScriptTag({type: 'module', content: bundle.outputFiles[0]!.text});
await page.waitForFunction(() => customElements.get('twin-partner-map'));
const times = await page.evaluate(`(async () => { const out = []; const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(css)});
 for (let i = 0; i < 9; i++) { const main = document.querySelector('main'); main.replaceChildren(); const el = document.createElement('twin-partner-map'); el.setAttribute('lang','en');
  const loaded = new Promise((r) => el.addEventListener('twin-load', r, {once: true})); const t = performance.now(); el.data = JSON.parse(${JSON.stringify(json)}); main.append(el); await loaded;
  el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
  await el.updateComplete; el.shadowRoot.querySelector('.frame').getBoundingClientRect(); out.push(performance.now() - t); await new Promise(r => setTimeout(r, 50)); }
 out.sort((a,b)=>a-b); return out[4]; })()`);
console.log((css || 'all').padEnd(40), (times as number).toFixed(1));
await page.close();
}
await browser.close();
