/**
 * Validation speed: a 10,000-event feed (and 1,000 / 100,000-delegation feeds) validated in headless
 * Chromium and in Node. Prints the median and spread of repeated runs. Budget (DESIGN.md): 10,000
 * events in at most 100 ms in Chromium. Run: npx tsx bench/validate.ts
 */
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {validateFeed} from '../src/core/validate.js';

const RUNS = 15;
const cases = [
  {name: 'validate 1,000 events', feed: syntheticFeed({events: 1000})},
  {name: 'validate 10,000 events', feed: syntheticFeed({events: 10_000}), budget: 100},
  {name: 'validate 100,000 delegations', feed: syntheticFeed({events: 0, delegations: 100_000})},
];

const stats = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  return {median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]!};
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

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
const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
const page = await browser.newPage();
await page.setContent('<!doctype html><title>bench</title>');
await page.addScriptTag({content: bundle.outputFiles[0]!.text});

console.log('| case | Chromium median (min–max) | Node median | budget |');
console.log('| --- | --- | --- | --- |');
for (const c of cases) {
  const json = JSON.stringify(c.feed);
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
    {json, runs: RUNS},
  );
  const nodeTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const input = JSON.parse(json);
    const t = performance.now();
    validateFeed(input);
    nodeTimes.push(performance.now() - t);
  }
  const b = stats(browserTimes);
  const n = stats(nodeTimes);
  const budget = c.budget ? `${c.budget} ms ${b.median <= c.budget ? 'ok' : 'MISSED'}` : '';
  console.log(`| ${c.name} | ${fmt(b.median)} (${fmt(b.min)}–${fmt(b.max)}) | ${fmt(n.median)} | ${budget} |`);
}
await browser.close();
