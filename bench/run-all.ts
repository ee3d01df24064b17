/**
 * `npm run bench`: every measurement once, in one process and one headless Chromium, printed as one
 * table and written to bench/results.json (every run of every case, what was drawn, the machine).
 *
 * - Sizes (bench/size.ts, and the anchors measured the same way): min+gzip and min+brotli; an entry over
 *   its DESIGN.md budget makes this command exit 1 (sizes are deterministic).
 * - Timings: median (min–max) of repeated runs. Where anchors are measured (the calendar's rivals,
 *   bench/anchors/calendars.ts: FullCalendar 6 and 7, EventCalendar...; Leaflet for the map), ours and
 *   each anchor run on the same data, run for run, in a rotating order (bench/anchors/). The ratio is the anchor's median ÷ ours: 10× means
 *   the anchor took ten times as long (or, for sizes, weighs ten times as much). Budgets are shown for
 *   information (ok / MISSED) and never fail the run.
 * Run: npm run bench (or npx tsx bench/run-all.ts). Each bench also runs alone: npx tsx bench/<name>.ts
 * [--json].
 */
import {cpus, loadavg} from 'node:os';
import {readFileSync, writeFileSync} from 'node:fs';
import {launchBrowser, ms, ratio, spread, type Row, type Timing} from './page.js';
import {measureSizes, kb, type SizeRow} from './size.js';
import {run as validation} from './validate.js';
import {run as calendar} from './calendar.js';
import {run as delegations} from './delegations.js';
import {run as report} from './report.js';
import {run as render} from './render.js';
import {calendarRivalSizes, compareCalendars} from './anchors/calendars.js';
import {compareMap, leafletSizes} from './anchors/leaflet.js';

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const version = (pkg: string): string =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as {version: string}).version;
const started = new Date();
const loadSamples: Array<{at: string; loadavg: number[]}> = [];
const sample = (at: string) => {
  loadSamples.push({at, loadavg: load()});
  console.error(`bench: ${at} (load average ${load().join(', ')})`);
};

sample('sizes');
const ours = await measureSizes();
// The calendar rivals' names and CSS files are read in a page (their adapters run in browsers only).
const browser = await launchBrowser();
const calendarRivals = await calendarRivalSizes(browser);
const [leafletAlone, leafletMap] = await leafletSizes();
const byName = (name: string) => ours.rows.find((r) => r.name === name)!;
const sizePairs: Array<{ours: SizeRow; anchors?: SizeRow[]}> = [
  {ours: byName('event-calendar'), anchors: calendarRivals},
  {ours: byName('delegation-list')},
  {ours: byName('report-summary')},
  {ours: byName('partner-map, basemap included'), anchors: [leafletMap!]},
  {ours: byName('partner-map without basemap'), anchors: [leafletAlone!]},
  {ours: byName('basemap (src/generated/basemap.ts)')},
  {ours: byName('twinning-kit (CDN, all elements)')},
];

const chromium = browser.version();
const rows: Row[] = [];
sample('validation');
rows.push(...(await validation(browser)));
sample('calendar');
rows.push(...(await calendar(browser)));
sample('calendar vs its rivals');
rows.push(...(await compareCalendars(browser)));
sample('map vs Leaflet');
const map = await compareMap(browser);
rows.push(...map.rows);
sample('delegation list');
rows.push(...(await delegations(browser)));
sample('report summary');
rows.push(...(await report(browser)));
await browser.close();
sample('pre-rendering (CLI)');
rows.push(...(await render()));
sample('end');

// ---- the table ---------------------------------------------------------------------------------

const cell = (t: Timing, unit: Row['unit']) => `${ms(t.median, unit)} (${spread(t, unit)})`;
const lines: string[] = [];
lines.push('| case | ours: median (min–max) | rivals: median (min–max), rival ÷ ours | budget |');
lines.push('| --- | --- | --- | --- |');
for (const {ours: o, anchors = []} of sizePairs) {
  const budget = o.budget ? `${kb(o.budget)} ${o.ok ? 'ok' : 'OVER'}` : '';
  const rivals = anchors
    .map((a) => `${a.name}: ${kb(a.minGzip)} (${kb(a.minBrotli)}), **${ratio(a.minGzip, o.minGzip)}**`)
    .join('; ');
  lines.push(
    `| size: ${o.name}, min+gzip (min+brotli) | ${kb(o.minGzip)} (${kb(o.minBrotli)}) | ${rivals} | ${budget} |`,
  );
}
// In the table: the cases; every row is in results.json.
const shown = (r: Row) => !r.case.startsWith('1,000 rows') && !r.case.includes('event-to-layout');
for (const r of rows.filter(shown)) {
  const budget = r.budget ? `${r.budget} ${r.unit} ${r.ours.median <= r.budget ? 'ok' : 'MISSED'}` : '';
  const rivals = (r.anchors ?? [])
    .map((a) => `${a.name}: ${cell(a.timing, r.unit)}, **${ratio(a.timing.median, r.ours.median)}**`)
    .join('; ');
  lines.push(`| ${r.group}: ${r.case} | ${cell(r.ours, r.unit)} | ${rivals} | ${budget} |`);
}
const end = load();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadAverageStart: loadSamples[0]!.loadavg,
  loadAverageEnd: end,
  loadSamples,
};
console.log(lines.join('\n'));
console.log(
  `\n${started.toISOString().slice(0, 10)}, ${machine.cpu}, ${machine.cores} cores, load average (1, 5, 15 min) ${machine.loadAverageStart.join(', ')} at the start and ${end.join(', ')} at the end; Chromium ${chromium}, Node ${process.version}. Budgets for timings are information; sizes over budget fail.`,
);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    {
      date: started.toISOString(),
      durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
      machine,
      chromium,
      node: process.version,
      anchors: {
        '@fullcalendar/core': version('@fullcalendar/core'),
        '@fullcalendar/daygrid': version('@fullcalendar/daygrid'),
        '@fullcalendar/list': version('@fullcalendar/list'),
        fullcalendar: version('fullcalendar'),
        '@event-calendar/core': version('@event-calendar/core'),
        '@schedule-x/calendar': version('@schedule-x/calendar'),
        '@schedule-x/theme-default': version('@schedule-x/theme-default'),
        '@toast-ui/calendar': version('@toast-ui/calendar'),
        'temporal-polyfill': version('temporal-polyfill'),
        leaflet: version('leaflet'),
        'topojson-client': version('topojson-client'),
      },
      sizes: sizePairs.map((p) => ({ours: p.ours, ...(p.anchors ? {anchors: p.anchors} : {})})),
      sizesOverBudget: ours.over,
      timings: rows,
      mapGestures: map.gestures,
    },
    null,
    2,
  )}\n`,
);
console.error('bench: wrote bench/results.json');
if (ours.over) {
  console.error(`${ours.over} size${ours.over > 1 ? 's are' : ' is'} over budget.`);
  process.exit(1);
}
