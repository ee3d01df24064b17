/**
 * Report summary speed in headless Chromium: first render (from setting `data` to laid out, validation
 * included) with the real Khabarovsk feed and with a 10-year, 10,000-event fixture with a report a year,
 * and switching the year on the latter. Run: npx tsx bench/report.ts [--json]
 */
import {readFileSync} from 'node:fs';
import type {Browser} from 'playwright-core';
import {benchPage, isMain, jsonOutput, ms, spread, stats, type Row} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const RUNS = 9;

/** Runs in the page; a string, so that no build step rewrites it. */
const MEASURE = `async ({json, runs, year}) => {
  const out = {render: [], year: [], sections: 0};
  const settle = async (el) => { await el.updateComplete; await el.updateComplete; el.shadowRoot.querySelector('article, [part~="empty"]').getBoundingClientRect(); };
  for (let i = 0; i < runs; i++) {
    const data = JSON.parse(json);
    await new Promise((r) => setTimeout(r, 30));
    const {el, ms} = await twinMount('twin-report-summary', data);
    out.render.push(ms);
    out.sections = el.shadowRoot.querySelectorAll('article section').length;
    if (!el.shadowRoot.querySelector('article')) throw new Error('the report summary drew no report');
    if (year) {
      const t = performance.now();
      el.year = year;
      await settle(el);
      out.year.push(performance.now() - t);
    }
  }
  return out;
}`;

export async function run(browser?: Browser, runs = RUNS): Promise<Row[]> {
  const bench = await benchPage('src/report-summary/define.ts', 'twin-report-summary', browser);
  const page = await bench.newPage();
  const cases: Array<[string, unknown, string]> = [
    ['the Khabarovsk feed (35 events)', JSON.parse(readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8')), ''],
    [
      '10 years, 10,000 events, 10 reports',
      syntheticFeed({events: 10_000, years: 10, firstYear: 2012, reports: true}),
      '2015',
    ],
  ];
  const rows: Row[] = [];
  for (const [name, feed, year] of cases) {
    const r = (await page.evaluate(`(${MEASURE})(${JSON.stringify({json: JSON.stringify(feed), runs, year})})`)) as {
      render: number[];
      year: number[];
      sections: number;
    };
    rows.push({
      group: 'report summary',
      case: `first render, ${name}`,
      unit: 'ms',
      ours: stats(r.render),
      rendered: {sections: r.sections},
    });
    if (r.year.length)
      rows.push({group: 'report summary', case: `year switch, ${name}`, unit: 'ms', ours: stats(r.year)});
  }
  await page.close();
  await bench.close();
  return rows;
}

if (isMain(import.meta.url)) {
  const rows = await run();
  if (jsonOutput()) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| case | first render | min–max | year switch |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows.filter((x) => x.case.startsWith('first render'))) {
      const name = r.case.replace('first render, ', '');
      const y = rows.find((x) => x.case === `year switch, ${name}`);
      console.log(`| ${name} | ${ms(r.ours.median)} | ${spread(r.ours)} | ${y ? ms(y.ours.median) : ''} |`);
    }
  }
}
