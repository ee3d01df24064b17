/**
 * The package's main entry in Node, with no page: a site's build script imports `twinning-kit` for its feed
 * functions (validate a feed, export an .ics, write a CSV). Importing it defines nothing and touches no
 * DOM, and nothing it schedules for later (the elements' first formatters, the map's basemap lines) throws
 * once the script has gone on: an exception in a timer would end the build's process.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';

const ENTRY = pathToFileURL(resolve('src/index.ts')).href;
const FEED = resolve('data-schema/feeds/khabarovsk-2021.json');

test('the main entry imported in Node validates a feed and writes an .ics, and its timers never throw', () => {
  const script = `
    const kit = await import(${JSON.stringify(ENTRY)});
    const {readFileSync} = await import('node:fs');
    const result = kit.validateFeedText(readFileSync(${JSON.stringify(FEED)}, 'utf8'), 'feed.json');
    const data = kit.mergeFeeds([{source: 'feed.json', feed: result.feed, problems: result.problems, skipped: result.skipped}]);
    const ics = kit.toICalendar(data.events, data, {locale: 'ja'});
    // Every timer the import scheduled has run by then.
    await new Promise((r) => setTimeout(r, 300));
    console.log(JSON.stringify({ok: result.feed !== null && !result.problems.some((p) => p.severity === 'error'), events: data.events.length, vevents: ics.split('BEGIN:VEVENT').length - 1}));
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.status, 0, `exit ${run.status}: ${run.stderr.slice(0, 1500)}`);
  const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as {ok: boolean; events: number; vevents: number};
  assert.equal(out.ok, true);
  assert.equal(out.events, 35);
  assert.equal(out.vevents, 35);
});
