/**
 * The demo's city page (demo/index.html: all four widgets on the Khabarovsk feed, in a CMS theme) audited
 * with Lighthouse 12.2.3, as a site would ship it: `vite build --mode demo`, served compressed from
 * localhost. Prints the scores (performance, accessibility, best practices) and the lab metrics for the
 * mobile and the desktop settings, the layout shifts and what moved, and writes bench/lighthouse.json.
 * Exits 1 when a widget loading shifts the layout, or when accessibility or best practices are not 100:
 * those do not depend on the machine's speed. The performance score is reported, not asserted.
 * Run: npx tsx bench/lighthouse.ts
 */
import {execFileSync} from 'node:child_process';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import lighthouse, {desktopConfig} from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {findChrome, CHROME_ARGS} from '../scripts/find-chrome.mjs';

const ROOT = resolve('.');
const SITE = join(ROOT, 'dist-demo');

if (!process.argv.includes('--no-build')) {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'demo', '--logLevel', 'error'],
    {stdio: 'inherit', env: {...process.env, NODE_ENV: 'production'}},
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
/** The built site, and the feed from data-schema/ where the page asks for it; brotli or gzip, cached for a year (hashed names). */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const base = path.startsWith('/data-schema/feeds/') ? ROOT : SITE;
  const file = normalize(join(base, path === '/' ? '/demo/index.html' : path));
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  const body = readFileSync(file);
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const [encoded, encoding] = accepts.includes('br')
    ? [brotliCompressSync(body), 'br']
    : accepts.includes('gzip')
      ? [gzipSync(body), 'gzip']
      : [body, ''];
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? {'content-encoding': encoding, vary: 'accept-encoding'} : {}),
  });
  res.end(encoded);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demo/index.html`;

const chrome = await chromeLauncher.launch({
  chromePath: findChrome(),
  chromeFlags: [...CHROME_ARGS.filter((f: string) => !f.startsWith('--headless')), '--headless=new'],
});

interface Run {
  preset: string;
  scores: Record<string, number>;
  metrics: Record<string, number>;
  shifts: Array<{score: number; node: string}>;
  failed: string[];
}

async function audit(preset: 'mobile' | 'desktop'): Promise<Run> {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result!.lhr;
  if (process.env['LH_DUMP']) writeFileSync(`.tmp/lhr-${preset}.json`, JSON.stringify(lhr));
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
  const shiftItems =
    (lhr.audits['layout-shifts']?.details as {items?: Array<{score: number; node?: {snippet?: string}}>} | undefined)
      ?.items ?? [];
  return {
    preset,
    scores: Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)])),
    metrics: {
      'first-contentful-paint': num('first-contentful-paint'),
      'largest-contentful-paint': num('largest-contentful-paint'),
      'total-blocking-time': num('total-blocking-time'),
      'cumulative-layout-shift': num('cumulative-layout-shift'),
      'speed-index': num('speed-index'),
    },
    shifts: shiftItems.map((i) => ({score: i.score, node: i.node?.snippet ?? '?'})),
    failed: Object.values(lhr.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) =>
        c.auditRefs
          .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
          .map((r) => `${c.id}: ${r.id} (${lhr.audits[r.id]!.title})`),
      ),
  };
}

const runs: Run[] = [];
try {
  for (const preset of ['mobile', 'desktop'] as const) runs.push(await audit(preset));
} finally {
  await chrome.kill();
  server.close();
}

console.log(`Lighthouse 12.2.3 on ${url} (the demo's city page, built with vite build --mode demo)`);
console.log('| setting | performance | accessibility | best practices | FCP | LCP | TBT | CLS | speed index |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const ms = (v: number) => `${Math.round(v)} ms`;
for (const r of runs) {
  const m = r.metrics;
  console.log(
    `| ${r.preset} | ${r.scores['performance']} | ${r.scores['accessibility']} | ${r.scores['best-practices']} | ${ms(m['first-contentful-paint']!)} | ${ms(m['largest-contentful-paint']!)} | ${ms(m['total-blocking-time']!)} | ${m['cumulative-layout-shift']!.toFixed(3)} | ${ms(m['speed-index']!)} |`,
  );
  for (const s of r.shifts) console.log(`  ${r.preset}: layout shift ${s.score.toFixed(4)}: ${s.node}`);
  for (const f of r.failed) console.log(`  ${r.preset}: not passed: ${f}`);
}
writeFileSync('bench/lighthouse.json', `${JSON.stringify({date: new Date().toISOString(), url, runs}, null, 2)}\n`);

const widgetShift = runs.flatMap((r) => r.shifts.filter((s) => s.score > 0).map((s) => `${r.preset}: ${s.node}`));
const notFull = runs.flatMap((r) =>
  ['accessibility', 'best-practices'].filter((c) => r.scores[c] !== 100).map((c) => `${r.preset} ${c} ${r.scores[c]}`),
);
if (widgetShift.length || notFull.length) {
  if (widgetShift.length) console.error(`layout shifts: ${widgetShift.join('; ')}`);
  if (notFull.length) console.error(`below 100: ${notFull.join('; ')}`);
  process.exit(1);
}
