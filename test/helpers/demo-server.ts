/**
 * The demo as `npm start` serves it (Vite's dev server with the project's vite.config.ts), for node tests
 * that drive it in headless Chromium, and a watch on what a page does wrong (errors, warnings, requests).
 */
import {rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {createServer, type ViteDevServer} from 'vite';
import {chromium, type Browser, type ConsoleMessage, type Page} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';

export interface DemoServer {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemoServer(name: string): Promise<DemoServer> {
  // Our own dependency cache: a developer's `npm start` (node_modules/.vite) or another run never races it.
  const cacheDir = resolve(`.tmp/vite-${name}-${process.pid}`);
  const server: ViteDevServer = await createServer({
    configFile: resolve('vite.config.ts'),
    cacheDir,
    logLevel: 'error',
    clearScreen: false,
    // No file watching and no HMR: an edit elsewhere in the repository must not reload the page mid-test.
    server: {port: 0, strictPort: false, host: '127.0.0.1', hmr: false, watch: null},
  });
  await server.listen();
  const browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
  return {
    origin: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(cacheDir, {recursive: true, force: true});
    },
  };
}

/** Console warnings that are not about the page: Lit says once that the dev server serves its dev build. */
const HARMLESS_WARNINGS = [/^Lit is in dev mode\. Not recommended for production!/];

export interface Watch {
  pageErrors: string[];
  consoleErrors: string[];
  warnings: string[];
  requests: Array<{url: URL; type: string}>;
}

export function watch(page: Page): Watch {
  const w: Watch = {pageErrors: [], consoleErrors: [], warnings: [], requests: []};
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('console', (m: ConsoleMessage) => {
    const where = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : '';
    if (m.type() === 'error') w.consoleErrors.push(m.text() + where);
    else if (m.type() === 'warning' && !HARMLESS_WARNINGS.some((re) => re.test(m.text())))
      w.warnings.push(m.text() + where);
  });
  page.on('request', (r) => w.requests.push({url: new URL(r.url()), type: r.resourceType()}));
  return w;
}

/** The state of every `twin-*` element on the page: `ready`, `loading`, `error`, `empty` or `undefined`. */
export function widgetStates(page: Page): Promise<Array<{tag: string; state: string; notice: boolean}>> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('twin-'));
    const inShadows = [...document.querySelectorAll('*')]
      .flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')] : []))
      .filter((el) => el.localName.startsWith('twin-'));
    return [...all, ...inShadows].map((el) => {
      const root = el.shadowRoot;
      const state =
        !customElements.get(el.localName) || !root
          ? 'undefined'
          : root.querySelector('[part~="loading"]')
            ? 'loading'
            : root.querySelector('[part~="error"]')
              ? 'error'
              : root.querySelector('[part~="empty"]')
                ? 'empty'
                : 'ready';
      return {tag: el.localName, state, notice: !!root?.querySelector('[part~="notice"]')};
    });
  });
}

/**
 * Waits until no `twin-*` element on the page is loading (or undefined); says which one is not, if not.
 * Widgets far below the fold wait until they come near the viewport: the page is scrolled to each, as a
 * reader would, then back to the top; unless `scroll` is false (a test that scrolls the page itself).
 */
export async function widgetsSettled(page: Page, timeout = 20_000, scroll = true): Promise<void> {
  await page
    .waitForFunction(
      (scroll) => {
        const els = [...document.querySelectorAll('*')]
          .flatMap((el) => [el, ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('*') : [])])
          .filter((el) => el.localName.startsWith('twin-'));
        const waiting = els.filter(
          (el) =>
            !customElements.get(el.localName) ||
            !el.shadowRoot ||
            el.shadowRoot.childElementCount === 0 ||
            el.shadowRoot.querySelector('[part~="loading"]'),
        );
        if (scroll) {
          if (waiting[0]) waiting[0].scrollIntoView();
          else scrollTo(0, 0);
        }
        return els.length > 0 && waiting.length === 0;
      },
      scroll,
      {timeout},
    )
    .catch(async (err: Error) => {
      const states = await widgetStates(page).catch(() => []);
      throw new Error(`${err.message}\n${page.url()}: the widgets are ${JSON.stringify(states)}`);
    });
}
