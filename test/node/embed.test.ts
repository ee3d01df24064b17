/**
 * The embed page (dist/embed.html) in an iframe of another site, as WordPress makes it
 * (`sandbox="allow-scripts"`, an opaque origin): the kit built once into a scratch folder and served on
 * one port with `Access-Control-Allow-Origin: *`, the host page on another. The iframe's height follows
 * the widget (a dialog opening, a search filtering the list) within two of the host's animation frames,
 * through embed-resize.js and through WordPress's protocol (and its real wp-embed.js when Debian's
 * WordPress is installed); nothing is sent while nothing changes; a bad address says so in the reader's
 * language and throws nothing.
 *
 * `TWIN_EMBED_DIST=dist` uses a folder built already (npm run build) instead of building.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {chromium, type Browser, type Frame, type Page} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';
import {EMBED_KINDS, embedPageUrl, iframeSnippet, type EmbedOptions} from '../../src/embed/snippet.js';
import {EMBED_WORDS} from '../../src/embed/words.js';

const WP_EMBED = '/usr/share/wordpress/wp-includes/js/wp-embed.min.js';
const FEED = readFileSync('data-schema/feeds/khabarovsk-2021.json');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

let dist = process.env['TWIN_EMBED_DIST'] ? resolve(process.env['TWIN_EMBED_DIST']) : '';
let scratch = '';
let kit: Server;
let host: Server;
let kitOrigin = '';
let hostOrigin = '';
let browser: Browser;
/** What each origin was asked for. */
const asked: string[] = [];

const listen = async (s: Server): Promise<string> => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

before(async () => {
  if (!dist) {
    scratch = mkdtempSync(join(tmpdir(), 'twin-embed-'));
    dist = scratch;
    const vite = resolve('node_modules/vite/bin/vite.js');
    for (const mode of ['cdn', 'embed'])
      execFileSync(process.execPath, [vite, 'build', '--mode', mode, '--outDir', dist, '--logLevel', 'error'], {
        env: {...process.env, NODE_ENV: 'production'},
        stdio: 'inherit',
      });
  }
  kit = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    asked.push(path);
    const headers = {'access-control-allow-origin': '*', 'cache-control': 'no-store'};
    if (path === '/feeds/k.json')
      return void res.writeHead(200, {...headers, 'content-type': TYPES['.json']}).end(FEED);
    const file = join(dist, path.replace(/^\/kit\//, '/'));
    if (!path.startsWith('/kit/') || file.includes('..') || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, {...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    res.end(readFileSync(file));
  });
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/wp-embed.min.js' && existsSync(WP_EMBED))
      return void res.writeHead(200, {'content-type': TYPES['.js']}).end(readFileSync(WP_EMBED));
    if (url.pathname !== '/host.html') return void res.writeHead(404).end();
    res.writeHead(200, {'content-type': TYPES['.html']}).end(hostPage(url.searchParams));
  });
  kitOrigin = await listen(kit);
  hostOrigin = await listen(host);
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
});

after(async () => {
  await browser?.close();
  kit?.close();
  host?.close();
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

/**
 * The host page: a heading, the iframe, a paragraph. `resize`: `kit` (the iframe snippet with
 * embed-resize.js), `wp` (the markup WordPress writes for an oEmbed iframe, with its wp-embed.js), or
 * `none`. A probe records the messages, the host's animation frames and the iframe's heights, each with
 * its time (the epoch's milliseconds, on the same clock as the iframe's).
 */
function hostPage(q: URLSearchParams): string {
  const secret = q.get('secret') ?? '';
  const src = `${q.get('src')!}${secret ? `#?secret=${secret}` : ''}`;
  const iframe =
    q.get('resize') === 'wp'
      ? `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${src}" data-secret="${secret}" width="600" height="338" title="Embed" frameborder="0" marginwidth="0" marginheight="0"></iframe>`
      : iframeSnippet({
          url: src,
          title: 'Embed',
          height: 300,
          ...(q.get('resize') === 'kit' ? {resizeScript: `${kitOrigin}/kit/embed-resize.js`} : {}),
        }).replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  const wp = q.get('resize') === 'wp' ? '<script src="/wp-embed.min.js"></script>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">
<style>body { margin: 8px; font: 16px serif; } .wp-embedded-content { width: 100%; border: 0; }</style>
<script>
  const now = () => performance.timeOrigin + performance.now();
  window.probe = {messages: [], frames: [], heights: []};
  addEventListener('message', (e) => probe.messages.push({data: e.data, at: now()}));
  requestAnimationFrame(function tick() { probe.frames.push(now()); requestAnimationFrame(tick); });
  addEventListener('DOMContentLoaded', () => {
    const iframe = document.querySelector('iframe');
    new ResizeObserver(() => probe.heights.push({h: iframe.getBoundingClientRect().height, at: now()})).observe(iframe);
  });
</script></head><body><h1>A city's page</h1>
${iframe}
<p>Below the widget.</p>
${wp}</body></html>`;
}

interface Opened {
  page: Page;
  frame: Frame;
  pageErrors: string[];
}

async function open(
  options: Record<string, string>,
  resize: 'kit' | 'wp' | 'none' = 'kit',
  secret = '',
  width = 1280,
): Promise<Opened> {
  const src = embedPageUrl(`${kitOrigin}/kit/`, options as EmbedOptions);
  const context = await browser.newContext({viewport: {width, height: 900}});
  // tsx compiles with esbuild's keepNames: a function handed to `evaluate` may call `__name(fn, 'x')`.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Chromium's word on the calendar dialog's `autofocus` in a cross-origin frame: said, not thrown
  // (the dialog still takes the focus, see below).
  page.on(
    'console',
    (m) => m.type() === 'error' && !/^Blocked autofocusing/.test(m.text()) && pageErrors.push(m.text()),
  );
  await page.goto(`${hostOrigin}/host.html?${new URLSearchParams({src, resize, secret})}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  assert.ok(frame, 'the iframe has a document');
  return {page, frame, pageErrors};
}

/** The widget (or the message) in the iframe: settled, i.e. defined and no longer loading. */
async function settled(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => {
    const el = document.body.firstElementChild;
    if (!el) return false;
    if (!el.localName.startsWith('twin-')) return true;
    return !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]');
  });
}

const iframeHeight = (page: Page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
const widgetBox = (frame: Frame) =>
  frame.evaluate(() => {
    const r = document.body.firstElementChild!.getBoundingClientRect();
    const d = document.documentElement;
    return {
      height: r.height,
      bottom: r.bottom,
      width: r.width,
      scrollHeight: d.scrollHeight,
      clientHeight: d.clientHeight,
      scrollWidth: d.scrollWidth,
      clientWidth: d.clientWidth,
    };
  });

/** Waits until the iframe is as tall as `want()` says (±2 px), and stays so for two frames. */
async function iframeFollows(page: Page, want: () => Promise<number>): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const [h, w] = [await iframeHeight(page), await want()];
    if (Math.abs(h - w) <= 2) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (Math.abs((await iframeHeight(page)) - (await want())) <= 2) return h;
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  assert.fail(`the iframe is ${await iframeHeight(page)} px tall, the content ${await want()} px`);
}

/**
 * Arms a watch in the iframe (every frame in which the widget's size changes, a dialog opens or closes,
 * or an open dialog's size changes: its content may come a moment after it opens), runs `act`, waits
 * for the iframe to follow, and counts the host's animation frames from the last such change before the
 * iframe's first new height to that height.
 */
async function framesToFollow(o: Opened, act: () => Promise<void>, want: () => Promise<number>): Promise<number> {
  await o.frame.evaluate(() => {
    const w = window as unknown as {changes: number[]};
    w.changes = [];
    const el = document.body.firstElementChild!;
    const mark = () => w.changes.push(performance.timeOrigin + performance.now());
    const seen = new WeakSet<Element>();
    const sizes = new ResizeObserver((entries) => {
      // The first call for a target reports its size when observed, not a change (a dialog's is: it opened).
      if (entries.some((e) => seen.has(e.target) || e.target.localName === 'dialog')) mark();
      for (const e of entries) seen.add(e.target);
    });
    sizes.observe(el);
    new MutationObserver(() => {
      mark();
      for (const d of el.shadowRoot!.querySelectorAll('dialog[open]')) sizes.observe(d);
    }).observe(el.shadowRoot!, {subtree: true, attributes: true, attributeFilter: ['open']});
  });
  await act();
  await iframeFollows(o.page, want);
  const changes = await o.frame.evaluate(() => (window as unknown as {changes: number[]}).changes);
  assert.ok(changes.length, 'the content changed');
  const {n, timeline} = await o.page.evaluate((changes) => {
    type Probe = {
      frames: number[];
      heights: Array<{at: number; h: number}>;
      messages: Array<{at: number; data: unknown}>;
    };
    const p = (window as unknown as {probe: Probe}).probe;
    const resizedAt = p.heights.find((h) => h.at >= changes[0]!)?.at ?? Infinity;
    const changedAt = Math.max(...changes.filter((t) => t <= resizedAt));
    const since = (t: number) => Math.round(t - changedAt);
    return {
      n: p.frames.filter((t) => t > changedAt && t <= resizedAt).length,
      // For the failure's message: the changes, the host's frames, heights and messages, in ms from the change.
      timeline: JSON.stringify({
        changes: changes.map(since),
        resizedAt: since(resizedAt),
        frames: p.frames.filter((t) => t > changedAt - 50 && t <= Math.min(resizedAt, changedAt + 500)).map(since),
        heights: p.heights.slice(-3).map((h) => [since(h.at), h.h]),
        messages: p.messages.slice(-3).map((m) => [since(m.at), m.data]),
      }),
    };
  }, changes);
  assert.ok(n <= 2, `the iframe followed the content within ${n} of the host's frames (at most 2): ${timeline}`);
  return n;
}

const dialogNeeds = (frame: Frame) =>
  frame.evaluate(() => {
    const el = document.body.firstElementChild!;
    const d = el.shadowRoot!.querySelector('dialog[open]');
    const widget = el.getBoundingClientRect().bottom;
    if (!d) return widget;
    // The whole dialog, with room around it: its own height unclipped.
    return Math.max(widget, (d as HTMLElement).offsetHeight + d.scrollHeight - d.clientHeight + 32);
  });

async function dialogCase(resize: 'kit' | 'wp'): Promise<void> {
  // Niigata's two events in the list: a widget shorter than an event's dialog.
  const o = await open(
    {element: 'event-calendar', src: '/feeds/k.json', lang: 'en', partner: 'niigata', view: 'list'},
    resize,
    'Ab12Cd34Ef',
  );
  // wp-embed.js keeps an embed between 200 and 1000 px tall, whatever it asks for.
  const clamp = (h: number) => (resize === 'wp' ? Math.min(1000, Math.max(200, h)) : h);
  try {
    await settled(o.frame);
    const widgetHeight = async () => clamp((await widgetBox(o.frame)).height);
    const before = await iframeFollows(o.page, widgetHeight);
    const event = o.frame.locator('twin-event-calendar [part~="event"]').first();
    const frames = await framesToFollow(
      o,
      () => event.click(),
      async () => clamp(await dialogNeeds(o.frame)),
    );
    assert.ok(frames <= 2, `the iframe followed the dialog within ${frames} frames`);
    const seen = await o.frame.evaluate(() => {
      const d = document.body.firstElementChild!.shadowRoot!.querySelector('dialog[open]')!;
      const r = d.getBoundingClientRect();
      return {top: r.top, bottom: r.bottom, clipped: d.scrollHeight - d.clientHeight, inner: innerHeight};
    });
    const height = await iframeHeight(o.page);
    assert.ok(seen.top >= 0 && seen.bottom <= height, `the dialog ${JSON.stringify(seen)} is inside ${height} px`);
    assert.ok(seen.clipped <= 1, 'the dialog shows its whole content');
    const focusInDialog = await o.frame.evaluate(() => {
      const root = document.body.firstElementChild!.shadowRoot!;
      return !!root.activeElement?.closest('dialog');
    });
    assert.ok(focusInDialog, 'the focus is in the dialog');
    assert.ok(height > before + 40, `the iframe grew from ${before} to ${height} px`);
    const closing = await framesToFollow(o, () => o.frame.page().keyboard.press('Escape'), widgetHeight);
    assert.ok(closing <= 2, `the iframe shrank back within ${closing} frames`);
    assert.ok(Math.abs((await iframeHeight(o.page)) - before) <= 2, 'back to the widget’s height');
    assert.deepEqual(o.pageErrors, []);
  } finally {
    await o.page.context().close();
  }
}

test('the iframe is as tall as the widget, with no scrollbar inside, at 390 and 1280 px', async () => {
  for (const width of [390, 1280]) {
    for (const element of EMBED_KINDS) {
      const o = await open({element, src: '/feeds/k.json', lang: 'ru'}, 'kit', '', width);
      try {
        await settled(o.frame);
        const h = await iframeFollows(o.page, async () => (await widgetBox(o.frame)).height);
        const box = await widgetBox(o.frame);
        assert.ok(box.scrollHeight <= box.clientHeight + 1, `${element} at ${width}: nothing below the iframe's edge`);
        assert.ok(box.scrollWidth <= box.clientWidth, `${element} at ${width}: nothing beside it`);
        assert.equal(Math.round(box.width), box.clientWidth, 'the widget fills the iframe’s width');
        assert.ok(h > 200, `${element} at ${width}: ${h} px`);
        assert.equal(await o.frame.evaluate(() => document.documentElement.lang), 'ru');
        assert.equal(
          await o.frame.evaluate(() => document.title),
          `${EMBED_WORDS.ru.kinds[element]} — ${EMBED_WORDS.ru.suffix}`,
        );
        assert.deepEqual(o.pageErrors, []);
      } finally {
        await o.page.context().close();
      }
    }
  }
});

test('an event’s dialog: the iframe grows to show it whole, and shrinks back when it closes', () => dialogCase('kit'));

test(
  'an event’s dialog with WordPress’s own wp-embed.js',
  {skip: existsSync(WP_EMBED) ? false : `no ${WP_EMBED} (Debian's wordpress package)`},
  () => dialogCase('wp'),
);

test(
  'in WordPress, a widget taller than its 1000 px cap scrolls inside the iframe',
  {skip: !existsSync(WP_EMBED)},
  async () => {
    const o = await open(
      {element: 'event-calendar', src: '/feeds/k.json', lang: 'ru', view: 'list'},
      'wp',
      'Tall1',
      390,
    );
    try {
      await settled(o.frame);
      await iframeFollows(o.page, async () => 1000);
      const box = await widgetBox(o.frame);
      assert.ok(box.scrollHeight > 1500, `the widget is taller (${box.scrollHeight} px)`);
      await o.frame.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      assert.ok((await o.frame.evaluate(() => scrollY)) > 500, 'the reader can scroll to its end');
      assert.deepEqual(o.pageErrors, []);
    } finally {
      await o.page.context().close();
    }
  },
);

test('in an iframe taller than the screen, an event’s dialog opens where the reader clicked', async () => {
  const o = await open({element: 'event-calendar', src: '/feeds/k.json', lang: 'ja', view: 'list'}, 'kit', '', 390);
  try {
    await settled(o.frame);
    await iframeFollows(o.page, async () => (await widgetBox(o.frame)).height);
    const event = o.frame.locator('twin-event-calendar [part~="event"]').last();
    const eventTop = await event.evaluate((el) => el.getBoundingClientRect().top);
    const iframeTop = await o.page.$eval('iframe', (f) => f.getBoundingClientRect().top + scrollY);
    const iframeBottom = await iframeHeight(o.page);
    assert.ok(
      eventTop > iframeBottom - 400,
      `the last event is far down the iframe (${eventTop} of ${iframeBottom} px)`,
    );
    await o.page.evaluate((y) => scrollTo(0, y), iframeTop + eventTop - 400);
    const scrolled = await o.page.evaluate(() => scrollY);
    await event.click();
    await o.frame.waitForFunction(() => document.body.firstElementChild!.shadowRoot!.querySelector('dialog[open]'));
    await o.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const d = await o.frame.evaluate(() => {
      const r = document.body.firstElementChild!.shadowRoot!.querySelector('dialog[open]')!.getBoundingClientRect();
      return {top: r.top, bottom: r.bottom};
    });
    const view = await o.page.evaluate(() => ({top: scrollY, bottom: scrollY + innerHeight}));
    assert.equal(view.top, scrolled, 'the page did not jump away from the event');
    const top = iframeTop + d.top;
    assert.ok(
      top >= view.top && top < view.bottom - 100,
      `the dialog starts at ${top}, the screen shows ${view.top}–${view.bottom}`,
    );
    assert.ok(d.bottom <= (await iframeHeight(o.page)), 'and ends inside the iframe');
    assert.deepEqual(o.pageErrors, []);
  } finally {
    await o.page.context().close();
  }
});

test('a search that filters the delegation list: the iframe shrinks within two frames', async () => {
  const o = await open({element: 'delegation-list', src: '/feeds/k.json', lang: 'en'});
  try {
    await settled(o.frame);
    const widgetHeight = async () => (await widgetBox(o.frame)).height;
    const before = await iframeFollows(o.page, widgetHeight);
    const search = o.frame.locator('twin-delegation-list input[type="search"]');
    const frames = await framesToFollow(o, () => search.fill('zzzz-nothing'), widgetHeight);
    assert.ok(frames <= 2, `followed within ${frames} frames`);
    const after = await iframeHeight(o.page);
    assert.ok(after < before - 40, `shrank from ${before} to ${after} px`);
    assert.deepEqual(o.pageErrors, []);
  } finally {
    await o.page.context().close();
  }
});

test('WordPress’s protocol: the secret from #?secret=, message "height", and an answer to "ready"', async () => {
  const o = await open({element: 'report-summary', src: '/feeds/k.json', lang: 'ja'}, 'none', 'Zx9Yw8');
  try {
    await settled(o.frame);
    const messages = () =>
      o.page.evaluate(() =>
        (window as unknown as {probe: {messages: Array<{data: unknown}>}}).probe.messages.map((m) => m.data),
      );
    // The widget's size settles a frame or so after its content is drawn, and the height follows it:
    // wait for the newest message to say the widget's height (the frame count is the next tests' job).
    type Height = {secret: string; message: string; value: number};
    const heights = async () =>
      (await messages()).filter((m) => (m as {message?: string}).message === 'height') as Height[];
    let height = 0;
    for (let i = 0; i < 100; i++) {
      height = Math.ceil((await widgetBox(o.frame)).bottom);
      if ((await heights()).at(-1)?.value === height) break;
      await o.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
    const wp = await heights();
    assert.deepEqual(wp.at(-1), {secret: 'Zx9Yw8', message: 'height', value: height});
    const plain = (await messages()).filter((m) => (m as {type?: string}).type === 'twin-embed-height');
    assert.deepEqual(plain.at(-1), {type: 'twin-embed-height', height});
    // The widget also says its height once, 50 ms after it has loaded (embed.ts `speak`, for an iframe kept
    // hidden), whatever the observer said before: count once no height has come for 300 ms, so that this
    // message is not taken for the answer to "ready".
    let count = wp.length;
    for (let quiet = false; !quiet;) {
      await o.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const now = (await heights()).length;
      quiet = now === count;
      count = now;
    }
    // The parent says it is ready (wp-embed.js does once it loads): the height is said again, even unchanged.
    await o.page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({message: 'ready', secret: 'Zx9Yw8'}, '*'),
    );
    await o.page.waitForFunction(
      (count) =>
        (window as unknown as {probe: {messages: Array<{data: {message?: string}}>}}).probe.messages.filter(
          (m) => m.data?.message === 'height',
        ).length > count,
      count,
    );
    // Another secret is not this iframe's parent speaking.
    await o.page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({message: 'ready', secret: 'other'}, '*'),
    );
    await o.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    assert.equal((await messages()).filter((m) => (m as {message?: string}).message === 'height').length, count + 1);
    assert.deepEqual(o.pageErrors, []);
  } finally {
    await o.page.context().close();
  }
});

test('nothing is sent while nothing changes (a second of idling, each widget)', async () => {
  for (const element of EMBED_KINDS) {
    const o = await open({element, src: '/feeds/k.json', lang: 'en'}, 'kit', 'Idle1');
    try {
      await settled(o.frame);
      await iframeFollows(o.page, async () => (await widgetBox(o.frame)).height);
      const count = () =>
        o.page.evaluate(() => (window as unknown as {probe: {messages: unknown[]}}).probe.messages.length);
      const before = await count();
      await o.page.waitForTimeout(1000);
      assert.equal((await count()) - before, 0, `${element}: messages during a second of idling`);
    } finally {
      await o.page.context().close();
    }
  }
});

test('bad addresses: a message in the reader’s language, nothing loaded, nothing thrown (ru, ja)', async () => {
  for (const lang of ['ru', 'ja'] as const) {
    const w = EMBED_WORDS[lang];
    const cases: Array<[Record<string, string>, string]> = [
      [{element: 'twin-bogus', src: '/feeds/k.json'}, w.unknownElement('twin-bogus')],
      [{element: 'event-calendar', src: ''}, w.noSrc],
      [{element: 'event-calendar', src: 'javascript:parent.pwned=1'}, w.badSrc('javascript:parent.pwned=1')],
      [{element: 'partner-map', src: 'data:application/json,{}'}, w.badSrc('data:application/json,{}')],
      [{element: 'delegation-list', src: 'ftp://city.example/k.json'}, w.badSrc('ftp://city.example/k.json')],
      [{element: 'report-summary', src: '//evil.example/k.json'}, w.badSrc('//evil.example/k.json')],
    ];
    for (const [query, message] of cases) {
      asked.length = 0;
      const o = await open({...query, lang});
      try {
        await settled(o.frame);
        const text = await o.frame.locator('[role="alert"] p').first().innerText();
        assert.equal(text, message);
        assert.equal(await o.frame.evaluate(() => document.documentElement.lang), lang);
        await iframeFollows(o.page, async () => (await widgetBox(o.frame)).bottom);
        assert.deepEqual(o.pageErrors, [], `${JSON.stringify(query)}: no error`);
        assert.deepEqual(
          asked.filter((p) => !p.startsWith('/kit/embed')),
          [],
          `${JSON.stringify(query)}: neither the kit nor any feed was loaded`,
        );
        assert.equal(await o.frame.evaluate(() => customElements.get('twin-event-calendar')), undefined);
      } finally {
        await o.page.context().close();
      }
    }
  }
});

test('embed-resize.js is short, and sets only the height of the iframe that spoke', () => {
  const text = readFileSync('src/embed/embed-resize.js', 'utf8');
  assert.ok(text.trim().split('\n').length <= 15, 'at most 15 lines');
  assert.match(text, /contentWindow === event\.source/);
  assert.match(text, /style\.height/);
});
