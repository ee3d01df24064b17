import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
const bundle = await build({entryPoints: ['src/partner-map/define.ts'], bundle: true, format: 'esm', minify: false, write: false, target: 'es2022', conditions: ['production'], logLevel: 'error'});
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const json = JSON.stringify(syntheticFeed({events: 200, partners: Number(process.argv[2] ?? 493)}));
const page = await browser.newPage({viewport: {width: 1200, height: 900}});
await page.setContent('<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>');
await page.addScriptTag({type: 'module', content: bundle.outputFiles[0]!.text});
await page.waitForFunction(() => customElements.get('twin-partner-map'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', {interval: 100});
await cdp.send('Profiler.start');
const ms = await page.evaluate(`(async () => { const main = document.querySelector('main'); const el = document.createElement('twin-partner-map'); el.setAttribute('lang','en');
  const loaded = new Promise((r) => el.addEventListener('twin-load', r, {once: true})); const t = performance.now(); el.data = JSON.parse(${JSON.stringify(json)}); main.append(el); await loaded; await el.updateComplete; el.shadowRoot.querySelector('.marker').getBoundingClientRect(); return performance.now() - t; })()`);
const {profile} = await cdp.send('Profiler.stop') as any;
console.log('cold', ms);
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas; const self = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
// inclusive time per function name
const incl = new Map<string, number>();
for (const [id, us] of self) { const seen = new Set<string>(); let cur: number | undefined = id; while (cur !== undefined) { const n: any = byId.get(cur); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; if (!seen.has(key)) { incl.set(key, (incl.get(key) ?? 0) + us); seen.add(key); } cur = parent.get(cur); } }
console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
