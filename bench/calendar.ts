/**
 * Calendar speed in headless Chromium: first render of the month view with 1,000 and 10,000 events
 * (validation, merge, indexing and layout included), switching to the next month, and the list view
 * with 10,000 events. Prints the median and spread of repeated runs. Budgets (DESIGN.md): month with
 * 10,000 events <= 100 ms, list with 10,000 events <= 150 ms. Run: npx tsx bench/calendar.ts
 */
import {benchPage} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const RUNS = 15;
const bench = await benchPage('src/event-calendar/define.ts', 'twin-event-calendar');
const browser = bench.browser;
const page = await bench.newPage();

/** Runs in the page; a string, so that no build step rewrites it. */
const MEASURE = `async ({json, view, action, runs}) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const {el, ms} = await twinMount('twin-event-calendar', JSON.parse(json), {view, date: '2021-07'});
    if (action === 'render') {
      out.push(ms);
    } else {
      const t = performance.now();
      el.shadowRoot.querySelector('button.next').click();
      await el.updateComplete;
      el.getBoundingClientRect();
      out.push(performance.now() - t);
    }
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;

type Case = {name: string; events: number; view: string; action: 'render' | 'next'; budget?: number};
const cases: Case[] = [
  {name: 'month view, 1,000 events', events: 1000, view: 'month', action: 'render'},
  {name: 'month view, 10,000 events', events: 10_000, view: 'month', action: 'render', budget: 100},
  {name: 'month switch, 10,000 events', events: 10_000, view: 'month', action: 'next'},
  {name: 'list view, 10,000 events', events: 10_000, view: 'list', action: 'render', budget: 150},
  {name: 'year view, 10,000 events', events: 10_000, view: 'year', action: 'render'},
];

console.log('| case | median | min–max | budget |');
console.log('| --- | --- | --- | --- |');
const results: Record<string, number> = {};
for (const c of cases) {
  const json = JSON.stringify(syntheticFeed({events: c.events}));
  const times = (await page.evaluate(`(${MEASURE})(${JSON.stringify({json, view: c.view, action: c.action, runs: RUNS})})`)) as number[];
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  results[c.name] = median;
  const budget = c.budget ? `${c.budget} ms ${median <= c.budget ? 'ok' : 'MISSED'}` : '';
  console.log(`| ${c.name} | ${median.toFixed(1)} ms | ${sorted[0]!.toFixed(1)}–${sorted[sorted.length - 1]!.toFixed(1)} ms | ${budget} |`);
}
await browser.close();
