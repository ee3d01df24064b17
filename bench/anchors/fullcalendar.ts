/**
 * FullCalendar 6 (dayGrid + list) next to <twin-event-calendar>, on the same 10,000 events, in one
 * headless Chromium, each in its own page of the same size (1,100 px <main>, 1,200 × 900 viewport).
 *
 * The feed: bench/calendar.ts's synthetic 10,000 events with every partial date pinned to the first day
 * of its period (bench/anchors/fixtures.ts); both calendars get that same feed.
 * What is timed, on each side, from the feed already parsed from JSON to laid out (a forced layout):
 * - month view, first render: ours from setting `data` (validation, merge, indexing, render) to laid
 *   out; FullCalendar from converting the events (bench/anchors/fullcalendar-app.ts) through
 *   `new Calendar(el, ...)` and `render()` (synchronous in FullCalendar 6) to laid out;
 * - month switch: our next-month button vs `calendar.next()`, each to laid out;
 * - list view: ours is the list of all events, windowed (it draws the rows in view); FullCalendar's
 *   closest equivalent is `listYear` (the bench feed is one year, so all 10,000 events: it draws every
 *   row, it has no windowing). `listMonth` would be a different thing (one month's ~1,000 events).
 * Both cut a day of the month grid at 3 events and a "+N more" (ours by default, FullCalendar with
 * `dayMaxEvents: 3`). Runs alternate ours / theirs (the order swapped every run), so that the machine's
 * load falls on both alike; every run checks that something was drawn (events in the grid, every list
 * row), so an empty render fails the bench instead of looking fast.
 * Size: bench/anchors/fullcalendar-app.ts measured as bench/size.ts measures our entries (esbuild
 * bundle and minify, then terser, gzip -9 / brotli 11); FullCalendar 6 injects its CSS from its JS.
 * Run: npx tsx bench/anchors/fullcalendar.ts [--json]
 */
import type {Browser} from 'playwright-core';
import {bundle, isMain, jsonOutput, launchBrowser, ms, pause, sizedPage, spread, stats, type Row} from '../page.js';
import {checkOurRender, ourCalendar, type CalendarRun, type CalendarView} from '../calendar.js';
import {measure, type SizeRow} from '../size.js';
import {pinnedFeed} from './fixtures.js';
import type {FullCalendarView} from './fullcalendar-app.js';

const RUNS = 9;
export const EVENTS = 10_000;

export async function fullCalendar(browser: Browser) {
  const script = await bundle('bench/anchors/fullcalendar-entry.ts');
  const page = await sizedPage(browser);
  await page.addScriptTag({type: 'module', content: script});
  await page.waitForFunction('!!globalThis.fcBench');
  const call = (fn: 'render' | 'next', key: string, view: FullCalendarView, date: string) =>
    page.evaluate(
      `fcBench.${fn}(${JSON.stringify(key)}, ${JSON.stringify(view)}, ${JSON.stringify(date)})`,
    ) as Promise<CalendarRun>;
  return {
    page,
    async setFeed(key: string, json: string) {
      await page.evaluate(
        ([k, j]) => ((globalThis as unknown as {fcBench: {feeds: Record<string, string>}}).fcBench.feeds[k!] = j!),
        [key, json],
      );
    },
    render: (key: string, view: FullCalendarView, date: string) => call('render', key, view, date),
    next: (key: string, view: FullCalendarView, date: string) => call('next', key, view, date),
    pause: () => pause(page),
    close: () => page.close(),
  };
}

function checkTheirRender(r: CalendarRun, view: FullCalendarView, events: number): void {
  const c = r.counts;
  const ok = view === 'dayGridMonth' ? c['eventsInGrid']! > 0 && c['moreLinks']! > 0 : c['listRows'] === events;
  if (!ok) throw new Error(`FullCalendar's ${view} rendered nothing plausible: ${JSON.stringify(c)}`);
}

type Case = {
  name: string;
  anchor: string;
  ours: CalendarView;
  theirs: FullCalendarView;
  action: 'render' | 'next';
  budget?: number;
};
const CASES: Case[] = [
  {
    name: 'month view, 10,000 events, dates pinned to days',
    anchor: 'FullCalendar dayGridMonth',
    ours: 'month',
    theirs: 'dayGridMonth',
    action: 'render',
    budget: 100,
  },
  {
    name: 'month switch, 10,000 events, dates pinned to days',
    anchor: 'FullCalendar next()',
    ours: 'month',
    theirs: 'dayGridMonth',
    action: 'next',
  },
  {
    name: 'list view, 10,000 events, dates pinned to days',
    anchor: 'FullCalendar listYear (all rows)',
    ours: 'list',
    theirs: 'listYear',
    action: 'render',
    budget: 150,
  },
];

/** Ours and FullCalendar, run for run, alternating which goes first. */
export async function compareCalendar(browser: Browser, runs = RUNS): Promise<Row[]> {
  const ours = await ourCalendar(browser);
  const theirs = await fullCalendar(browser);
  const json = JSON.stringify(pinnedFeed({events: EVENTS}));
  await ours.setFeed('pinned', json);
  await theirs.setFeed('pinned', json);
  const rows: Row[] = [];
  for (const c of CASES) {
    const a: number[] = [];
    const b: number[] = [];
    let lastOurs: CalendarRun | undefined;
    let lastTheirs: CalendarRun | undefined;
    for (let i = 0; i < runs; i++) {
      const one = async (side: 'ours' | 'theirs') => {
        if (side === 'ours') {
          lastOurs = await ours[c.action]('pinned', c.ours, '2021-07');
          checkOurRender(lastOurs, c.ours, EVENTS);
          a.push(lastOurs.ms);
          await ours.pause();
        } else {
          lastTheirs = await theirs[c.action]('pinned', c.theirs, '2021-07-01');
          checkTheirRender(lastTheirs, c.theirs, EVENTS);
          b.push(lastTheirs.ms);
          await theirs.pause();
        }
      };
      for (const side of i % 2 ? (['theirs', 'ours'] as const) : (['ours', 'theirs'] as const)) await one(side);
    }
    rows.push({
      group: 'calendar',
      case: c.name,
      unit: 'ms',
      ours: stats(a),
      anchors: [{name: c.anchor, timing: stats(b)}],
      ...(c.budget ? {budget: c.budget} : {}),
      rendered: {
        ...Object.fromEntries(Object.entries(lastOurs!.counts).map(([k, v]) => [`ours.${k}`, v])),
        ...Object.fromEntries(Object.entries(lastTheirs!.counts).map(([k, v]) => [`anchor.${k}`, v])),
      },
    });
  }
  await ours.close();
  await theirs.close();
  return rows;
}

export async function fullCalendarSize(): Promise<SizeRow> {
  return measure('FullCalendar 6 (core, daygrid, list)', 'bench/anchors/fullcalendar-app.ts', 'fullcalendar');
}

if (isMain(import.meta.url)) {
  const browser = await launchBrowser();
  const rows = await compareCalendar(browser);
  const size = await fullCalendarSize();
  await browser.close();
  if (jsonOutput()) console.log(JSON.stringify({rows, size}, null, 2));
  else {
    console.log('| case | ours median (min–max) | FullCalendar median (min–max) | FullCalendar ÷ ours |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) {
      const t = r.anchors![0]!.timing;
      console.log(
        `| ${r.case} (vs ${r.anchors![0]!.name}) | ${ms(r.ours.median)} (${spread(r.ours)}) | ${ms(t.median)} (${spread(t)}) | ${(t.median / r.ours.median).toFixed(1)}× |`,
      );
    }
    console.log(
      `\n${size.name}: ${(size.minGzip / 1024).toFixed(1)} KB min+gzip, ${(size.minBrotli / 1024).toFixed(1)} KB min+brotli`,
    );
  }
}
