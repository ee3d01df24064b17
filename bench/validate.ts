/**
 * Validation speed: a 10,000-event feed (and 1,000 / 100,000-delegation feeds) validated in headless
 * Chromium and in Node. Prints the median and spread of repeated runs. Budget (DESIGN.md): 10,000
 * events in at most 100 ms in Chromium. Run: npx tsx bench/validate.ts [--json]
 */
import {build} from 'esbuild';
import type {Browser} from 'playwright-core';
import {isMain, jsonOutput, launchBrowser, ms, spread, stats, type Row} from './page.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {validateFeed} from '../src/core/validate.js';

const RUNS = 15;
const cases = [
  {name: 'validate 1,000 events', feed: () => syntheticFeed({events: 1000})},
  {name: 'validate 10,000 events', feed: () => syntheticFeed({events: 10_000}), budget: 100},
  {name: 'validate 100,000 delegations', feed: () => syntheticFeed({events: 0, delegations: 100_000})},
];

export async function run(shared?: Browser, runs = RUNS): Promise<Row[]> {
  const bundle = await build({
    stdin: {
      contents: `import {validateFeed} from './src/core/validate.ts'; window.validateFeed = validateFeed;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  const browser = shared ?? (await launchBrowser());
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({content: bundle.outputFiles[0]!.text});

  const rows: Row[] = [];
  for (const c of cases) {
    const json = JSON.stringify(c.feed());
    const browserTimes: number[] = await page.evaluate(
      ({json, runs}) => {
        const w = window as unknown as {validateFeed: (x: unknown) => {feed: unknown}};
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const input = JSON.parse(json);
          const t = performance.now();
          const r = w.validateFeed(input);
          times.push(performance.now() - t);
          if (!r.feed) throw new Error('invalid fixture');
        }
        return times;
      },
      {json, runs},
    );
    const nodeTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const input = JSON.parse(json);
      const t = performance.now();
      validateFeed(input);
      nodeTimes.push(performance.now() - t);
    }
    rows.push({
      group: 'validation',
      case: `${c.name} (Chromium)`,
      unit: 'ms',
      ours: stats(browserTimes),
      ...(c.budget ? {budget: c.budget} : {}),
      extra: {node: stats(nodeTimes)},
    });
  }
  await page.close();
  if (!shared) await browser.close();
  return rows;
}

if (isMain(import.meta.url)) {
  const rows = await run();
  if (jsonOutput()) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| case | Chromium median (min–max) | Node median | budget |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) {
      const budget = r.budget ? `${r.budget} ms ${r.ours.median <= r.budget ? 'ok' : 'MISSED'}` : '';
      console.log(
        `| ${r.case.replace(' (Chromium)', '')} | ${ms(r.ours.median)} (${spread(r.ours)}) | ${ms(r.extra!['node']!.median)} | ${budget} |`,
      );
    }
  }
}
