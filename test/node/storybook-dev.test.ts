/**
 * `npm run storybook` (the dev server, not the static build) renders its stories: a story's feed is found
 * and drawn, and the preview is set in a system sans-serif font, not the browser's serif default.
 * Storybook runs on a free port with its own Vite cache, and is stopped (its whole process group) at the end.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });

let storybook: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';
let output = '';
const cache = mkdtempSync(join(tmpdir(), 'twin-storybook-'));

/** Stops Storybook and everything it started (it runs in a process group of its own). */
function stop(): void {
  if (storybook?.pid && storybook.exitCode === null) {
    try {
      process.kill(-storybook.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.once('exit', stop);

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  storybook = spawn(
    'npx',
    ['storybook', 'dev', '--port', String(port), '--host', '127.0.0.1', '--exact-port', '--ci', '--no-open'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, STORYBOOK_VITE_CACHE: cache, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1'},
    },
  );
  // eslint-disable-next-line no-control-regex
  const plain = (d: Buffer) => d.toString().replace(/\x1b\[[0-9;]*m/g, '');
  storybook.stdout!.on('data', (d: Buffer) => (output += plain(d)));
  storybook.stderr!.on('data', (d: Buffer) => (output += plain(d)));
  const end = Date.now() + 40_000;
  for (;;) {
    if (storybook.exitCode !== null) throw new Error(`storybook dev exited (${storybook.exitCode}):\n${output}`);
    const ok = await fetch(`${origin}/index.json`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > end) throw new Error(`storybook dev did not answer within 40 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
});

after(async () => {
  await browser?.close();
  stop();
  if (storybook && storybook.exitCode === null)
    await new Promise((r) => {
      storybook!.once('exit', r);
      setTimeout(r, 5_000);
    });
  rmSync(cache, {recursive: true, force: true});
});

test('storybook dev serves the stories compiled and the feeds as files', async () => {
  // The stories import the fixtures' generator: served compiled, as a module, not as a static .ts file.
  const generator = await fetch(`${origin}/data-schema/fixtures/generate.ts`);
  assert.match(generator.headers.get('content-type') ?? '', /javascript/);
  assert.doesNotMatch(await generator.text(), /^export function syntheticFeed\(options: /m);
  const feed = await fetch(`${origin}/data-schema/feeds/khabarovsk-2021.json`);
  assert.equal(feed.status, 200);
  assert.equal(((await feed.json()) as {publisher: {city: string}}).publisher.city, 'khabarovsk');
  assert.equal((await fetch(`${origin}/demo/feeds/vladivostok-sample.json`)).status, 200);
});

test('a story renders its feed in a sans-serif system font', {timeout: 45_000}, async () => {
  const page = await browser!.newPage({viewport: {width: 1000, height: 800}});
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(
      `${origin}/iframe.html?id=elements-report-summary--real-feed&viewMode=story&globals=locale:en;theme:light`,
    );
    const rendered = page.waitForFunction(
      () => {
        const el = document.querySelector('#storybook-root twin-report-summary');
        const root = el?.shadowRoot;
        if (!root || root.childElementCount === 0 || root.querySelector('[aria-busy="true"]')) return null;
        return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
      },
      undefined,
      {timeout: 30_000},
    );
    const text = await (
      await rendered.catch((e: Error) => {
        throw new Error(`${e.message}\npage errors: ${errors.join('\n')}\n${output.slice(-2000)}`);
      })
    ).jsonValue();
    // The feed's home city and its year, drawn from the feed (not an error or an empty state).
    assert.match(String(text), /Khabarovsk/);
    assert.match(String(text), /2021/);
    const font = await page.evaluate(() => {
      const el = document.querySelector('#storybook-root twin-report-summary')!;
      const inside = el.shadowRoot!.querySelector('h2, [role="heading"], p, span') ?? el;
      return {host: getComputedStyle(el).fontFamily, inside: getComputedStyle(inside).fontFamily};
    });
    for (const family of [font.host, font.inside]) {
      assert.match(family, /system-ui|sans-serif/, `font-family: ${family}`);
      assert.doesNotMatch(family.split(',')[0]!, /serif|Times/i, `the first family is a serif one: ${family}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
