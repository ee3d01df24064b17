import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const page = await browser.newPage({viewport: {width: 1100, height: 900}});
await page.goto('http://localhost:5173/demo/', {waitUntil: 'networkidle'});
await page.waitForTimeout(800);
console.log(await page.evaluate(`(() => {
const r = document.querySelector('twin-partner-map').shadowRoot;
const m = r.querySelector('.marker.home, .marker.with-home');
const s = m.querySelector('.symbol').getBoundingClientRect();
const b = m.getBoundingClientRect();
const arc = r.querySelector('.arc');
const p = arc.getPointAtLength(0); const pt = arc.ownerSVGElement.createSVGPoint(); pt.x=p.x; pt.y=p.y;
const q = pt.matrixTransform(arc.getScreenCTM());
const layer = r.querySelector('.markers').getBoundingClientRect();
const svg = r.querySelector('.basemap').getBoundingClientRect();
return JSON.stringify({sym:[s.left+s.width/2, s.top+s.height/2, s.width, s.height], btn:[b.left,b.top,b.width,b.height], arc:[q.x,q.y], layer:[layer.left,layer.top], svg:[svg.left, svg.top], x: m.dataset.x, y: m.dataset.y, style: m.style.cssText, lstyle: r.querySelector('.markers').style.cssText, vt: r.querySelector('.viewport').getAttribute('transform')});
})()`));
await browser.close();
