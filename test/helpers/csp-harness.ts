/**
 * The CSP suites' runner: each case is a page served under the strict policy (kit-pages.ts: `CSP`), opened
 * in every browser of browsers.ts, driven with real input (mouse, keyboard), and then checked for what a
 * strict page must never see: a `securitypolicyviolation` event, a page error, a console error, a request
 * to any origin but the page's own. A case names what it covers (`calendar/month`, `map/loading`...): the
 * suite prints the count, element × view/state × browser.
 */
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {BrowserContext, ElementHandle, Page} from 'puppeteer-core';
import {
  browserNames,
  foreignRequests,
  launchSession,
  openPage,
  settle,
  type BrowserName,
  type Session,
  type Watched,
} from './browsers.js';
import {TAGS, bundle, elementStates, feeds, page, startServer, type Files, type KitServer} from './kit-pages.js';

export interface Ctx {
  page: Page;
  browser: BrowserName;
  origin: string;
  watched: Watched;
  /** The first element inside the shadow root of `host` matching `inner` (throws when there is none). */
  $(host: string, inner: string): Promise<ElementHandle<Element>>;
  /** Clicks it with the mouse, then lets the renders it asks for happen. */
  click(host: string, inner: string, pause?: number): Promise<void>;
  /** Runs `fn` in the page on the element `host` (its `shadowRoot` is open). */
  on<T>(host: string, fn: (host: HTMLElement) => T): Promise<Awaited<T>>;
  settle(ms?: number): Promise<void>;
  /** What `twin-select` said so far (`kind:id`). */
  selects(): Promise<string[]>;
  /** One more file the page must have downloaded (checked after `act`). */
  expectDownload(name: string, starts: string): void;
}

export interface Case {
  /** What this page covers, `element/view-or-state`: counted once per browser. */
  covers: string[];
  body: string;
  lang?: string;
  viewport?: {width: number; height: number};
  /** `elementStates()` once the page has settled (before `act`). */
  states: string[];
  act?: (c: Ctx) => Promise<void>;
  /** Chunks (file name prefixes under /kit/) the page must have fetched: lazy loading really happened. */
  chunks?: string[];
  /** Files the page must have downloaded, with how each begins. */
  downloads?: Array<{name: string; starts: string}>;
  /** Feed paths that answer 404 on purpose: Chromium logs the failed load as a console error. */
  httpErrors?: string[];
  /** Runs with no other tab of its browser busy (printing, the clipboard, which wants the focus). */
  alone?: boolean;
  /** The page's module scripts (default: the kit's entry, `/kit/twinning-kit.js`). */
  scripts?: string[];
}

/** What one element's shared state cases need to know about it (`stateCases`). */
export interface StateCaseOptions {
  /** The element's tag, e.g. `twin-event-calendar`. */
  tag: string;
  /** How the cases name it in `covers`, e.g. `calendar`. */
  name: string;
  /** The id of the element on the page, e.g. `c`. */
  id: string;
  /** The fallback link's text inside the element while it loads. */
  fallback: string;
  /** What the valid feed with nothing in it lacks, as `covers` says it: `a feed with no events`. */
  emptyFeed: string;
  /** Whether the loading case checks that the fallback link shows. */
  fallbackShows?: boolean;
  /** The error case's chunks that must have been fetched. */
  errorChunks?: string[];
  /** The notice case: attributes before `src` (`view="list"`), its state (`list+notice`), what else it checks. */
  notice: {attrs?: string; state: string; check?: (c: Ctx) => Promise<void>};
}

/**
 * The states every element shows the same way, as cases: loading (a feed that never answers, the fallback
 * link inside), a 404 error retried, empty (no feed; a valid feed with nothing to show), the notice about an
 * invalid item (opened). Each element's suite adds them after its own views.
 */
export function stateCases(o: StateCaseOptions): Case[] {
  const {tag, name, id} = o;
  const host = `#${id}`;
  return [
    {
      covers: [`${name}/loading`],
      body: `<${tag} id="${id}" src="/never.json" timeout="600000"><a href="/never.json">${o.fallback}</a></${tag}>`,
      states: [`${id}:loading`],
      ...(o.fallbackShows && {
        async act(c: Ctx) {
          assert.equal(
            await c.on(host, (el) => el.querySelector('a')!.getBoundingClientRect().height > 0),
            true,
            'the fallback link shows',
          );
        },
      }),
    },
    {
      covers: [`${name}/error (404), retried`],
      body: `<${tag} id="${id}" src="/missing.json"></${tag}>`,
      states: [`${id}:error`],
      httpErrors: ['/missing.json'],
      ...(o.errorChunks && {chunks: o.errorChunks}),
      async act(c) {
        await c.click(host, '[part="retry-button"]', 400);
        await statesAre(c.page, [`${id}:error`]);
      },
    },
    {
      covers: [`${name}/empty (no feed)`, `${name}/empty (${o.emptyFeed})`],
      body: `<${tag} id="none"></${tag}><${tag} id="nothing" src="/empty.json"></${tag}>`,
      states: ['none:empty', 'nothing:empty'],
    },
    {
      covers: [`${name}/notice (an invalid item)`],
      body: `<${tag} id="${id}"${o.notice.attrs ? ` ${o.notice.attrs}` : ''} src="/notice.json"></${tag}>`,
      states: [`${id}:${o.notice.state}`],
      chunks: ['feed-states-'],
      async act(c) {
        await c.click(host, '[part="notice"] summary');
        await o.notice.check?.(c);
      },
    },
  ];
}

/** Runs before anything on every page (added by the driver, not subject to the page's CSP). */
function watchPage() {
  const w = window as unknown as {__violations: string[]; __selects: string[]};
  w.__violations = [];
  w.__selects = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} (${e.sourceFile}:${e.lineNumber})`),
  );
  document.addEventListener('twin-select', (e) => {
    const d = (e as CustomEvent<{kind: string; id: string}>).detail;
    w.__selects.push(`${d.kind}:${d.id}`);
  });
}

/** The kit split into chunks, and the feeds of every state: built once per process. */
let shared: Promise<Files> | undefined;
function kitFiles(): Promise<Files> {
  shared ??= Promise.all([bundle(['src/twinning-kit.ts'], 'kit'), feeds()]).then(([kit, f]) => ({...kit, ...f}));
  return shared;
}

const CONCURRENCY = Number(process.env['TWIN_PAGES'] ?? 3);

/** Cases share their browser, but one that must be `alone` waits for the others and holds them off. */
class Turns {
  #running = 0;
  #alone: Promise<void> | undefined;
  #idle: Array<() => void> = [];
  async run<T>(alone: boolean, fn: () => Promise<T>): Promise<T> {
    while (this.#alone || (alone && this.#running > 0)) {
      if (this.#alone) await this.#alone;
      else await new Promise<void>((r) => this.#idle.push(r));
    }
    let release = () => {};
    if (alone) this.#alone = new Promise<void>((r) => (release = r));
    this.#running++;
    try {
      return await fn();
    } finally {
      this.#running--;
      if (alone) {
        this.#alone = undefined;
        release();
      }
      if (this.#running === 0) for (const wake of this.#idle.splice(0)) wake();
    }
  }
}

interface Tally {
  perBrowser: Map<BrowserName, number>;
  /** Wall time of each browser's run, launch included. */
  ms: Map<BrowserName, number>;
}

/**
 * Registers `cases` as tests under `title`, once per browser. Pages of one browser share one browser
 * context: downloads are allowed into a scratch folder, the clipboard granted where the driver can.
 */
export function cspSuite(title: string, cases: Case[], extraFiles: () => Promise<Files> = async () => ({})): void {
  const names = browserNames();
  const tally: Tally = {perBrowser: new Map(), ms: new Map()};
  let server: KitServer;
  const pages = new Map<Case, string>();

  // The browsers side by side, each with a few tabs at a time: the cases are independent pages, and
  // mostly wait.
  describe(title, {concurrency: true}, () => {
    before(async () => {
      const files: Files = {...(await kitFiles()), ...(await extraFiles())};
      cases.forEach((c, i) => {
        const path = `/case/${i}`;
        pages.set(c, path);
        files[path] = ['text/html', page(c.body, c.scripts ?? ['/kit/twinning-kit.js'], c.lang)];
      });
      server = await startServer(files);
    });
    after(async () => {
      await server?.close();
      const counts = [...tally.perBrowser]
        .map(([b, n]) => `${b} ${n} (${((tally.ms.get(b) ?? 0) / 1000).toFixed(1)} s)`)
        .join(', ');
      const total = [...tally.perBrowser.values()].reduce((a, b) => a + b, 0);
      console.log(`${title}: ${total} cases passed (element × view/state × browser): ${counts}`);
    });

    for (const name of names) {
      describe(`in ${name}`, {concurrency: CONCURRENCY}, () => {
        let session: Session | undefined;
        const turns = new Turns();
        let start = 0;
        before(async () => {
          start = Date.now();
          session = await launchSession(name, server.origin);
        });
        after(async () => {
          await session?.close();
          tally.ms.set(name, Date.now() - start);
        });
        for (const c of cases) {
          test(c.covers.join(', '), {timeout: 180_000}, async () => {
            await turns.run(!!c.alone, () =>
              runCase(c, {
                name,
                context: session!.context,
                origin: server.origin,
                path: pages.get(c)!,
                downloads: session!.downloads,
              }),
            );
            tally.perBrowser.set(name, (tally.perBrowser.get(name) ?? 0) + c.covers.length);
          });
        }
      });
    }
  });
}

async function runCase(
  c: Case,
  env: {name: BrowserName; context: BrowserContext; origin: string; path: string; downloads: string},
): Promise<void> {
  const watched = await openPage(env.context, {viewport: c.viewport, init: [watchPage]});
  const p = watched.page;
  const downloads = [...(c.downloads ?? [])];
  const ctx: Ctx = {
    page: p,
    browser: env.name,
    origin: env.origin,
    watched,
    async $(host, inner) {
      const el = await p.$(`${host} >>> ${inner}`);
      if (!el) throw new Error(`nothing matches ${host} >>> ${inner}`);
      return el;
    },
    async click(host, inner, pause = 200) {
      const el = await ctx.$(host, inner);
      await stillBox(el);
      await el.click();
      await el.dispose();
      await settle(p, pause);
    },
    async on(host, fn) {
      const el = await p.$(host);
      if (!el) throw new Error(`no ${host} on the page`);
      try {
        return (await el.evaluate(fn as (e: Element) => unknown)) as never;
      } finally {
        await el.dispose();
      }
    },
    settle: (ms) => settle(p, ms),
    selects: () => p.evaluate(() => (window as unknown as {__selects: string[]}).__selects),
    expectDownload: (name, starts) => void downloads.push({name, starts}),
  };
  try {
    await p.goto(`${env.origin}${env.path}`);
    await statesAre(p, c.states);
    await settle(p, 250);
    await c.act?.(ctx);
    await settle(p, 250);
    await checkDownloads(env.downloads, downloads);
    const violations = await p.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
    assert.deepEqual(violations, [], 'no securitypolicyviolation');
    assert.deepEqual(watched.pageErrors, [], 'no page error');
    const expected404 = (m: string) => (c.httpErrors ?? []).some((f) => m.includes('404') && m.includes(f));
    assert.deepEqual(
      watched.consoleErrors.filter((m) => !expected404(m)),
      [],
      'no console error',
    );
    // data: URLs are no request to any host: Firefox loads its own list-bullet font (a UA stylesheet's
    // data: @font-face) and reports it; anything the kit asked for as data: would be a CSP violation.
    const foreign = foreignRequests(
      watched.requests.filter((u) => !u.startsWith('data:')),
      env.origin,
    );
    assert.deepEqual(foreign, [], 'no request to any other origin');
    for (const chunk of c.chunks ?? []) {
      assert.ok(
        watched.requests.some((u) => new URL(u).pathname.startsWith(`/kit/${chunk}`)),
        `the ${chunk} chunk was loaded (${watched.requests.map((u) => new URL(u).pathname).join(' ')})`,
      );
    }
  } finally {
    await p.close();
  }
}

/** Scrolls `el` into view and waits until it stops moving (a map settling its view), up to 3 s. */
export async function stillBox(el: ElementHandle<Element>): Promise<void> {
  await el.scrollIntoView();
  const box = async () => JSON.stringify(await el.boundingBox());
  let last = await box();
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 60));
    const now = await box();
    if (now === last) return;
    last = now;
  }
}

/** Waits until the page's elements show `expected` (see `elementStates`). */
export async function statesAre(p: Page, expected: string[], timeout = 45_000): Promise<void> {
  const end = Date.now() + timeout;
  let actual: string[] = [];
  for (;;) {
    actual = await p.evaluate(elementStates);
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    if (Date.now() > end) throw new Error(`expected ${expected.join(' ')}; the page shows ${actual.join(' ')}`);
    // Widgets far below the fold wait until they come near the viewport (src/core/controllers/near-viewport.ts): bring the
    // first one that should have loaded into view, as a reader scrolling down would.
    const next = expected.findIndex((e, i) => actual[i]?.endsWith(':loading') && !e.endsWith(':loading'));
    if (next >= 0)
      await p.evaluate((i, tags) => document.querySelectorAll(tags)[i]?.scrollIntoView({block: 'center'}), next, TAGS);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits for each file to be complete in the downloads folder, checks how it begins, and removes it. */
async function checkDownloads(dir: string, expected: Array<{name: string; starts: string}>): Promise<void> {
  for (const {name, starts} of expected) {
    const file = join(dir, name);
    const end = Date.now() + 15_000;
    for (;;) {
      const partial = readdirSync(dir).some((f) => f.endsWith('.crdownload') || f.endsWith('.part'));
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // not there yet
      }
      if (size > 0 && !partial) break;
      if (Date.now() > end)
        throw new Error(`${name} was not downloaded (the folder has: ${readdirSync(dir).join(', ') || 'nothing'})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    assert.ok(
      text.startsWith(starts),
      `${name} begins with ${JSON.stringify(starts)}: ${JSON.stringify(text.slice(0, 60))}`,
    );
    rmSync(file);
  }
}
