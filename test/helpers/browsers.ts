/**
 * One test body, two browsers: headless Chromium (over CDP) and Firefox ESR (over WebDriver BiDi), both
 * driven by puppeteer-core, which needs no browser download. What a page did wrong is collected the same
 * way in both: page errors (in Firefox these include the CSP's own reports), console errors and every
 * request the page made.
 *
 *   TWIN_BROWSERS=chromium        only Chromium (default: Chromium, and Firefox when one is installed)
 *   FIREFOX_PATH=/path/to/firefox  another Firefox
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer, {type Browser, type BrowserContext, type ConsoleMessage, type Page} from 'puppeteer-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';

export type BrowserName = 'chromium' | 'firefox';

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export function findFirefox(): string | undefined {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p));
}

/** The browsers to run: `TWIN_BROWSERS` (comma-separated), else Chromium and, when installed, Firefox. */
export function browserNames(): BrowserName[] {
  const asked = process.env['TWIN_BROWSERS'];
  if (asked)
    return asked
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is BrowserName => s === 'chromium' || s === 'firefox');
  return findFirefox() ? ['chromium', 'firefox'] : ['chromium'];
}

const firefoxes = new WeakSet<Browser>();

export async function launch(name: BrowserName): Promise<Browser> {
  if (name === 'firefox') {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      protocolTimeout: 60_000,
    });
    firefoxes.add(browser);
    return browser;
  }
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: findChrome(),
    args: CHROME_ARGS,
    headless: true,
    protocolTimeout: 60_000,
  });
}

export interface Session {
  browser: Browser;
  /** A context whose downloads are allowed into `downloads`, a scratch folder. */
  context: BrowserContext;
  downloads: string;
  /** Closes the browser and removes the folder. */
  close(): Promise<void>;
}

/**
 * A browser with one context for pages of `origin`: downloads go to a scratch folder; Chromium grants the
 * clipboard through the driver, Firefox lets a click (user activation) write it.
 */
export async function launchSession(name: BrowserName, origin: string): Promise<Session> {
  const downloads = mkdtempSync(join(tmpdir(), `twin-${name}-`));
  const browser = await launch(name);
  const context = await browser.createBrowserContext({downloadBehavior: {policy: 'allow', downloadPath: downloads}});
  if (name === 'chromium')
    await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  return {
    browser,
    context,
    downloads,
    async close() {
      await browser.close();
      rmSync(downloads, {recursive: true, force: true});
    },
  };
}

export interface Watched {
  page: Page;
  /** Uncaught exceptions, unhandled rejections; in Firefox also CSP reports (they come as errors). */
  pageErrors: string[];
  consoleErrors: string[];
  /** Every URL the page asked for (documents, scripts, chunks, feeds, blobs). */
  requests: string[];
}

export interface PageOptions {
  viewport?: {width: number; height: number};
  /** Functions run in every document before its own scripts (not subject to the page's CSP). */
  init?: Array<() => void>;
}

/**
 * A new tab; in Firefox a new window. Firefox hides every tab of a window but the last one opened, and
 * a hidden document has its timers and animation frames throttled (seconds apart): pages side by side
 * would crawl, or time out, as they never would in front of a reader. Each in its own window is visible.
 * Firefox over BiDi, on a loaded machine, now and then refuses to create one because the
 * context it was asked from was just discarded ("DiscardedBrowsingContextError"): that is the harness,
 * not the page, so it is asked again (twice at most); any other error stands.
 */
async function newTab(target: Browser | BrowserContext): Promise<Page> {
  for (let attempt = 0; ; attempt++) {
    try {
      const browser =
        'browser' in target && typeof target.browser === 'function' ? target.browser() : (target as Browser);
      return await (firefoxes.has(browser) ? target.newPage({type: 'window'}) : target.newPage());
    } catch (err) {
      if (attempt >= 2 || !/DiscardedBrowsingContext|no such frame/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A new tab that records what goes wrong on it. */
export async function openPage(target: Browser | BrowserContext, options: PageOptions = {}): Promise<Watched> {
  const page = await newTab(target);
  await page.setViewport(options.viewport ?? {width: 1100, height: 900});
  // tsx compiles with esbuild's keepNames: a function handed to `page.evaluate` may call `__name(fn, 'x')`.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  for (const fn of options.init ?? []) await page.evaluateOnNewDocument(fn);
  const w: Watched = {page, pageErrors: [], consoleErrors: [], requests: []};
  page.on('pageerror', (e) => w.pageErrors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') w.consoleErrors.push(`${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
  });
  page.on('request', (r) => void w.requests.push(r.url()));
  return w;
}

/** Requests whose origin is not `origin` (a blob: URL made by the page has the page's origin). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => new URL(url).origin !== origin);
}

/** Two animation frames and a pause: renders asked for by the last action are on screen. */
export async function settle(page: Page, ms = 150): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
