/**
 * Report summary speed in headless Chromium: first render (from setting `data` to laid out, validation
 * included) with the real Khabarovsk feed and with a 10-year, 10,000-event fixture with a report a year,
 * and switching the year on the latter. Run: npx tsx bench/report.ts
 */
import {readFileSync} from 'node:fs';
import {benchPage, median} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const RUNS = 9;
const bench = await benchPage('src/report-summary/define.ts', 'twin-report-summary');
const page = await bench.newPage();

/** Runs in the page; a string, so that no build step rewrites it. */
const MEASURE = `async ({json, runs, year}) => {
  const out = {render: [], year: []};
  const settle = async (el) => { await el.updateComplete; await el.updateComplete; el.shadowRoot.querySelector('article, [part~="empty"]').getBoundingClientRect(); };
  for (let i = 0; i < runs; i++) {
    const data = JSON.parse(json);
    await new Promise((r) => setTimeout(r, 30));
    const {el, ms} = await twinMount('twin-report-summary', data);
    out.render.push(ms);
    if (year) {
      const t = performance.now();
      el.year = year;
      await settle(el);
      out.year.push(performance.now() - t);
    }
  }
  return out;
}`;

const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;
console.log('| case | first render | min–max | year switch |');
console.log('| --- | --- | --- | --- |');
const cases: Array<[string, unknown, string]> = [
  ['the Khabarovsk feed (35 events)', JSON.parse(readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8')), ''],
  ['10 years, 10,000 events, 10 reports', syntheticFeed({events: 10_000, years: 10, firstYear: 2012, reports: true}), '2015'],
];
for (const [name, feed, year] of cases) {
  const r = (await page.evaluate(`(${MEASURE})(${JSON.stringify({json: JSON.stringify(feed), runs: RUNS, year})})`)) as Record<string, number[]>;
  console.log(`| ${name} | ${median(r['render']!).toFixed(1)} ms | ${range(r['render']!)} | ${r['year']!.length ? `${median(r['year']!).toFixed(1)} ms` : ''} |`);
}
await bench.browser.close();
