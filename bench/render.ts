/**
 * Pre-rendering speed, as a site's build runs it: `twinning-kit render` on a feed of 500 events known to
 * the day (each with a place, so each also gets its JSON-LD), spawned as a command, wall clock from spawn
 * to exit (Node's start and the TypeScript loader included, as a build pays them). Two cases: the
 * calendar's snippet (`--element event-calendar`) and the whole folder (`--all --out DIR`), beside the
 * command's floor (`validate`: start-up and reading, no rendering). Median of 5 runs against the issue's bar
 * of 2 s: for the built command (dist/cli.js, as the installed package runs it) when `vite build` has made
 * it, else for the sources (bin/twinning-kit.js in a checkout, through tsx, whose start-up is most of it). Run alone (npx tsx bench/render.ts [--json]) it exits 1 when a
 * median is above the bar; in bench/run-all.ts the bar is information, as every timing's budget there.
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {isMain, jsonOutput, ms, spread, stats, type Row} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

/** Runs per case (`RUNS=9 npx tsx bench/render.ts` for a steadier median on a busy machine). */
const RUNS = Number(process.env.RUNS ?? 5);
/** The issue's bar: a feed of 500 day-precise events renders in under 2 s by the CLI. */
export const BAR_MS = 2000;
const EVENTS = 500;

/** A generated feed whose events are all known to the day, in the home city, with a report and delegations. */
export function dayPreciseFeed(events = EVENTS): unknown {
  const feed = syntheticFeed({events, delegations: 50, reports: true, seed: 3});
  feed.events = (feed.events ?? []).map((e, i) => ({
    ...e,
    start: `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    placeCity: 'khabarovsk',
  }));
  return feed;
}

/** The built command line (`vite build`), as the installed package runs it: no TypeScript loader. */
const BUILT = resolve('dist/cli.js');
/** How each way of running the command line starts: from the sources (through tsx, as in a checkout), or built. */
const COMMANDS = {
  source: ['bin/twinning-kit.js'],
  built: [
    '--input-type=module',
    '-e',
    `process.exitCode = await (await import(${JSON.stringify(pathToFileURL(BUILT).href)})).run(process.argv.slice(1));`,
    '--',
  ],
};

/** Runs the command line once; resolves with the wall-clock time from spawn to exit. */
function timeCli(args: string[], how: keyof typeof COMMANDS = 'source'): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [...COMMANDS[how], ...args], {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const took = performance.now() - t;
      if (code === 0) resolve(took);
      else reject(new Error(`twinning-kit ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

export async function run(runs = RUNS): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'twinning-render-'));
  try {
    const feedPath = join(dir, 'feed.json');
    writeFileSync(feedPath, JSON.stringify(dayPreciseFeed()));
    // The floor: the same command starting and reading the feed, rendering nothing (Node, tsx, validation).
    const cases: Array<{name: string; args: string[]; bar?: boolean}> = [
      {
        name: `validate (start-up and reading, no rendering), ${EVENTS} events`,
        args: ['validate', feedPath],
        bar: false,
      },
      {
        name: `render --element event-calendar, ${EVENTS} day-precise events`,
        args: ['render', feedPath, '--element', 'event-calendar'],
      },
      {
        name: `render --all, ${EVENTS} day-precise events`,
        args: ['render', feedPath, '--all', '--out', join(dir, 'out')],
      },
    ];
    const rows: Row[] = [];
    // The bar is for the command as a site installs it (built) when there is a build; else for the sources.
    const built = existsSync(BUILT);
    for (const how of built ? (['source', 'built'] as const) : (['source'] as const))
      for (const c of cases) {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          rmSync(join(dir, 'out'), {recursive: true, force: true});
          times.push(await timeCli(c.args, how));
        }
        const barred = c.bar !== false && (how === 'built' || !built);
        rows.push({
          group: 'pre-rendering (CLI, wall clock)',
          case: `${c.name} (${how === 'built' ? 'built dist/cli.js' : 'from the sources, through tsx'})`,
          unit: 'ms',
          ours: stats(times),
          ...(barred ? {budget: BAR_MS} : {}),
        });
      }
    return rows;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

if (isMain(import.meta.url)) {
  const rows = await run();
  if (jsonOutput()) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| case | median (min–max) | bar |');
    console.log('| --- | --- | --- |');
    for (const r of rows)
      console.log(
        `| ${r.case} | ${ms(r.ours.median)} (${spread(r.ours)}) | ${r.budget ? `${r.budget} ms ${r.ours.median <= r.budget ? 'ok' : 'MISSED'}` : ''} |`,
      );
  }
  const missed = rows.filter((r) => r.budget !== undefined && r.ours.median > r.budget);
  if (missed.length) {
    console.error(`Above the ${BAR_MS} ms bar: ${missed.map((r) => r.case).join('; ')}`);
    process.exit(1);
  }
}
