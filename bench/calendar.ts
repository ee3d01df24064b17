/**
 * Calendar speed in headless Chromium: first render of the month view with 1,000 and 10,000 events
 * (validation, merge, indexing and layout included), switching to the next month, and the list view
 * with 10,000 events. Prints the median and spread of repeated runs. Budgets (DESIGN.md): month with
 * 10,000 events <= 100 ms, list with 10,000 events <= 150 ms.
 * The rivals' mixed events (bench/anchors/fixtures.ts `mixedFeed`: 15% multi-day, the rest timed) are timed
 * dense (all in July 2021) and spread (over 2021), the month on July 2021.
 * Run: npx tsx bench/calendar.ts [--json] [--only <regex of case names>]. bench/anchors/fullcalendar.ts uses `ourCalendar` to time the
 * same cases next to FullCalendar.
 */
import type {Browser} from 'playwright-core';
import {benchPage, isMain, jsonOutput, ms, pause, spread, stats, type Row} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {mixedFeed, type Spread} from './anchors/fixtures.js';

const RUNS = 15;

/** Runs in the page; a string, so that no build step rewrites it. */
const IN_PAGE = `window.calBench = {
  feeds: {},
  counts(el, view) {
    const root = el.shadowRoot;
    const list = root.querySelector('[part~="list"] [aria-setsize]');
    return {
      view: ['month', 'list', 'year'].indexOf(view),
      eventsInGrid: root.querySelectorAll('.grid .chip-event').length,
      moreLinks: root.querySelectorAll('.grid .more').length,
      listRows: root.querySelectorAll('[part~="list"] .row.event').length,
      listSetSize: list ? Number(list.getAttribute('aria-setsize')) : 0,
      yearMonths: root.querySelectorAll('.year .months > li').length,
      title: root.querySelector('.title')?.textContent.trim().length ?? 0,
    };
  },
  async render(key, view, date) {
    const {el, ms} = await twinMount('twin-event-calendar', JSON.parse(this.feeds[key]), {view, date});
    return {ms, counts: this.counts(el, view), title: el.shadowRoot.querySelector('.title').textContent.trim()};
  },
  async next(key, view, date) {
    const {el} = await twinMount('twin-event-calendar', JSON.parse(this.feeds[key]), {view, date});
    const before = el.shadowRoot.querySelector('.title').textContent.trim();
    await new Promise((r) => setTimeout(r, 30));
    const t = performance.now();
    el.shadowRoot.querySelector('button.next').click();
    await el.updateComplete;
    el.getBoundingClientRect();
    const ms = performance.now() - t;
    const title = el.shadowRoot.querySelector('.title').textContent.trim();
    if (title === before) throw new Error('the month did not change');
    return {ms, counts: this.counts(el, view), title};
  },
};`;

export type CalendarView = 'month' | 'list' | 'year';
export interface CalendarRun {
  ms: number;
  counts: Record<string, number>;
  title: string;
}

/** Our calendar in a page of its own: feeds are sent once (`setFeed`), then each run is one call. */
export async function ourCalendar(browser?: Browser) {
  const bench = await benchPage('src/event-calendar/define.ts', 'twin-event-calendar', browser);
  const page = await bench.newPage();
  await page.addScriptTag({content: IN_PAGE});
  const call = (fn: 'render' | 'next', key: string, view: CalendarView, date: string) =>
    page.evaluate(
      `calBench.${fn}(${JSON.stringify(key)}, ${JSON.stringify(view)}, ${JSON.stringify(date)})`,
    ) as Promise<CalendarRun>;
  return {
    page,
    async setFeed(key: string, json: string) {
      await page.evaluate(
        ([k, j]) => ((window as unknown as {calBench: {feeds: Record<string, string>}}).calBench.feeds[k!] = j!),
        [key, json],
      );
    },
    render: (key: string, view: CalendarView, date: string) => call('render', key, view, date),
    next: (key: string, view: CalendarView, date: string) => call('next', key, view, date),
    pause: () => pause(page),
    close: () => bench.close(),
  };
}

/** A render that drew nothing is a broken bench, not a fast one. */
export function checkOurRender(r: CalendarRun, view: CalendarView, events: number): void {
  const c = r.counts;
  const ok =
    view === 'month'
      ? c['eventsInGrid']! > 0
      : view === 'list'
        ? c['listRows']! > 0 && c['listSetSize'] === events
        : c['yearMonths'] === 12;
  if (!ok) throw new Error(`our ${view} view rendered nothing plausible: ${JSON.stringify(c)}`);
}

/** `mix`: the rivals' mixed events (bench/anchors/fixtures.ts), dense in July 2021 or spread over 2021; else the synthetic feed. */
type Case = {
  name: string;
  events: number;
  view: CalendarView;
  action: 'render' | 'next';
  budget?: number;
  mix?: Spread;
};
const cases: Case[] = [
  {name: 'month view, 1,000 events', events: 1000, view: 'month', action: 'render'},
  {name: 'month view, 10,000 events', events: 10_000, view: 'month', action: 'render', budget: 100},
  {name: 'month switch, 10,000 events', events: 10_000, view: 'month', action: 'next'},
  {name: 'list view, 10,000 events', events: 10_000, view: 'list', action: 'render', budget: 150},
  {name: 'year view, 10,000 events', events: 10_000, view: 'year', action: 'render'},
  ...(['dense', 'spread'] as const).flatMap((mix): Case[] =>
    [1000, 10_000].map((events) => ({
      name: `month view, ${mix}, ${events.toLocaleString('en')} mixed events`,
      events,
      view: 'month',
      action: 'render',
      mix,
    })),
  ),
  {name: 'list view, dense, 10,000 mixed events', events: 10_000, view: 'list', action: 'render', mix: 'dense'},
];

/** Every case, RUNS times each, on the synthetic feed (partial dates as they come: see generate.ts). */
export async function run(browser?: Browser, runs = RUNS, only?: RegExp): Promise<Row[]> {
  const cal = await ourCalendar(browser);
  const rows: Row[] = [];
  for (const c of cases.filter((c) => !only || only.test(c.name))) {
    const key = `${c.mix ?? 'synthetic'}-${c.events}`;
    await cal.setFeed(key, JSON.stringify(c.mix ? mixedFeed(c.events, c.mix) : syntheticFeed({events: c.events})));
    const times: number[] = [];
    let last: CalendarRun | undefined;
    for (let i = 0; i < runs; i++) {
      last = await cal[c.action](key, c.view, '2021-07');
      checkOurRender(last, c.view, c.events);
      times.push(last.ms);
      await cal.pause();
    }
    rows.push({
      group: 'calendar',
      case: c.name,
      unit: 'ms',
      ours: stats(times),
      ...(c.budget ? {budget: c.budget} : {}),
      rendered: last!.counts,
    });
  }
  await cal.close();
  return rows;
}

if (isMain(import.meta.url)) {
  // `--only <regex>`: the cases whose name matches.
  const at = process.argv.indexOf('--only');
  const rows = await run(undefined, RUNS, at > 0 ? new RegExp(process.argv[at + 1]!) : undefined);
  if (jsonOutput()) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| case | median | min–max | budget |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) {
      const budget = r.budget ? `${r.budget} ms ${r.ours.median <= r.budget ? 'ok' : 'MISSED'}` : '';
      console.log(`| ${r.case} | ${ms(r.ours.median)} | ${spread(r.ours)} | ${budget} |`);
    }
  }
}
