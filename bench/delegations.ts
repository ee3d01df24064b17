/**
 * Delegation list speed in headless Chromium, with 1,000 and 100,000 rows:
 * - first render, from setting `data` to laid out, in two parts: loading (validating and merging the
 *   feed, work every element does and shares with bench/validate.ts) and the list's own work (rows,
 *   sorting, summary, the rows in view), which is the total minus the loading, measured in the same run;
 * - sorting (newest first), a search for two words, and a format filter, each to laid out.
 * Budget (DESIGN.md): delegation list of 100,000 rows <= 150 ms, judged on the list's own work.
 * Run: npx tsx bench/delegations.ts
 */
import {benchPage, median} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const RUNS = 7;
const bench = await benchPage('bench/delegations-entry.ts', 'twin-delegation-list');
const browser = bench.browser;
const page = await bench.newPage();

/** Runs in the page; a string, so that no build step rewrites it. */
const MEASURE = `async ({json, runs}) => {
  const main = document.querySelector('main');
  const out = {render: [], load: [], list: [], sort: [], search: [], filter: []};
  const settle = async (el) => { await el.updateComplete; await el.updateComplete; el.shadowRoot.querySelector('table, [part~="empty"]').getBoundingClientRect(); };
  for (let i = 0; i < runs; i++) {
    main.replaceChildren();
    const copy = JSON.parse(json);
    await new Promise((r) => setTimeout(r, 30));
    let t0 = performance.now();
    const v = twinBench.validateFeed(copy, 'data');
    twinBench.mergeFeeds([{source: 'data', feed: v.feed, problems: v.problems, skipped: v.skipped}]);
    const load = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 30));
    const {el, ms} = await twinMount('twin-delegation-list', JSON.parse(json));
    out.render.push(ms);
    out.load.push(load);
    out.list.push(ms - load);
    const root = el.shadowRoot;
    let t = performance.now();
    const select = root.querySelector('select');
    select.value = '-date';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    out.sort.push(performance.now() - t);
    t = performance.now();
    const input = root.querySelector('input[type="search"]');
    input.value = 'visit 4';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    out.search.push(performance.now() - t);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    el.setAttribute('format', 'online');
    t = performance.now();
    await settle(el);
    out.filter.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;

console.log('| rows | first render | of which loading | of which the list | sort | search | filter | budget (the list) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const n of [1000, 100_000]) {
  const json = JSON.stringify(syntheticFeed({events: 0, delegations: n, years: 5}));
  const r = (await page.evaluate(`(${MEASURE})(${JSON.stringify({json, runs: n > 10_000 ? 5 : RUNS})})`)) as Record<string, number[]>;
  const list = median(r['list']!);
  const budget = n === 100_000 ? `150 ms ${list <= 150 ? 'ok' : 'MISSED'}` : '';
  const ms = (k: string) => `${median(r[k]!).toFixed(1)} ms`;
  console.log(`| ${n.toLocaleString('en')} | ${ms('render')} | ${ms('load')} | ${ms('list')} | ${ms('sort')} | ${ms('search')} | ${ms('filter')} | ${budget} |`);
}
await browser.close();
