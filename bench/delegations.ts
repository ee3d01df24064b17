/**
 * Delegation list speed in headless Chromium, with 1,000 and 100,000 rows:
 * - first render, from setting `data` to laid out, in two parts measured in the same run: the list's own
 *   work (rows, sorting, summary, the rows in view: the time the element spends in its updates, counted
 *   by bench/delegations-entry.ts, plus the final layout) and the rest, loading (validating and merging
 *   the feed, work every element does and shares with bench/validate.ts);
 * - sorting (newest first), a search for two words, and a format filter, each to laid out;
 * - with 100,000 rows, the memory the list keeps (bench/delegations-interact.ts: the heap after a full
 *   garbage collection, before mounting and after the render) and real keystrokes in its search box, from
 *   the key's input event to the next paint (Event Timing). No rival has a delegation list: ours alone.
 * Budget (DESIGN.md): delegation list of 100,000 rows <= 150 ms, judged on the list's own work.
 * Run: npx tsx bench/delegations.ts [--json]
 */
import type {Browser} from 'playwright-core';
import {benchPage, isMain, jsonOutput, median, ms, spread, stats, type Row} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {memoryRows, typingRows} from './delegations-interact.js';

const RUNS = 7;

/** Runs in the page; a string, so that no build step rewrites it. */
const MEASURE = `async ({json, runs}) => {
  const main = document.querySelector('main');
  const out = {render: [], load: [], list: [], sort: [], search: [], filter: [], rows: 0};
  const settle = async (el) => { await el.updateComplete; await el.updateComplete; el.shadowRoot.querySelector('table, [part~="empty"]').getBoundingClientRect(); };
  for (let i = 0; i < runs; i++) {
    main.replaceChildren();
    const data = JSON.parse(json);
    await new Promise((r) => setTimeout(r, 30));
    const el = document.createElement('twin-delegation-list');
    el.setAttribute('lang', 'en');
    const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
    twinBench.updateMs = 0;
    const t0 = performance.now();
    el.data = data;
    main.append(el);
    await loaded;
    await el.updateComplete;
    const t1 = performance.now();
    el.getBoundingClientRect();
    const t2 = performance.now();
    const list = twinBench.updateMs + (t2 - t1);
    out.render.push(t2 - t0);
    out.list.push(list);
    out.load.push(t2 - t0 - list);
    const root = el.shadowRoot;
    out.rows = root.querySelectorAll('tbody tr').length;
    if (!out.rows) throw new Error('the delegation list drew no rows');
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

const PARTS: Array<[key: string, label: string]> = [
  ['render', 'first render'],
  ['load', 'first render: of which loading (validation, merge)'],
  ['list', 'first render: of which the list'],
  ['sort', 'sort (newest first)'],
  ['search', 'search (two words)'],
  ['filter', 'format filter'],
];

export async function run(browser?: Browser, runs = RUNS): Promise<Row[]> {
  const bench = await benchPage('bench/delegations-entry.ts', 'twin-delegation-list', browser);
  const page = await bench.newPage();
  const rows: Row[] = [];
  for (const n of [1000, 100_000]) {
    const json = JSON.stringify(syntheticFeed({events: 0, delegations: n, years: 5}));
    const r = (await page.evaluate(
      `(${MEASURE})(${JSON.stringify({json, runs: n > 10_000 ? Math.min(runs, 5) : runs})})`,
    )) as Record<string, number[]> & {rows: number};
    for (const [key, label] of PARTS) {
      rows.push({
        group: 'delegation list',
        case: `${n.toLocaleString('en')} rows: ${label}`,
        unit: 'ms',
        ours: stats(r[key]!),
        ...(n === 100_000 && key === 'list' ? {budget: 150} : {}),
        rendered: {tableRows: r.rows},
      });
    }
  }
  await page.close();
  const json = JSON.stringify(syntheticFeed({events: 0, delegations: 100_000, years: 5}));
  rows.push(...(await memoryRows(bench, json)), ...(await typingRows(bench, json)));
  await bench.close();
  return rows;
}

if (isMain(import.meta.url)) {
  const rows = await run();
  if (jsonOutput()) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(
      '| rows | first render | of which loading | of which the list | sort | search | filter | budget (the list) |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const n of ['1,000', '100,000']) {
      const get = (label: string) => rows.find((r) => r.case === `${n} rows: ${label}`)!;
      const cell = (label: string) => `${median(get(label).ours.runs).toFixed(1)} ms`;
      const list = get('first render: of which the list');
      const budget = list.budget ? `${list.budget} ms ${list.ours.median <= list.budget ? 'ok' : 'MISSED'}` : '';
      console.log(`| ${n} | ${PARTS.map(([, label]) => cell(label)).join(' | ')} | ${budget} |`);
    }
    console.log('\n| 100,000 rows | median (min–max) | of the same runs |');
    console.log('| --- | --- | --- |');
    for (const r of rows.filter((r) => !PARTS.some(([, label]) => r.case.endsWith(label)))) {
      const extra = Object.entries(r.extra ?? {})
        .map(([k, t]) => `${k}: ${ms(t.median, r.unit)}`)
        .join('; ');
      console.log(`| ${r.case} | ${ms(r.ours.median, r.unit)} (${spread(r.ours, r.unit)}) | ${extra} |`);
    }
  }
}
