/**
 * What the browser tests of the kit's page behaviour share (CSP, host hygiene): the kit bundled as a site
 * would serve it, the feeds of every state, and a server that puts one Content-Security-Policy header on
 * everything it answers.
 *
 * The kit is bundled with esbuild, code splitting on and Lit's production build, so the chunks the kit
 * loads on demand (locale strings, the states, the delegation list's parts, the .ics exporter, the merge
 * of several feeds) are separate files fetched from the page's origin, as a bundler's output is.
 */
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';

/**
 * The strictest policy the kit promises to work under. lit-html's own policy is the one Trusted Types
 * policy the kit needs (it creates its templates through it).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

type Body = string | Uint8Array;
export type Files = Record<string, [type: string, body: Body]>;

/** `entries` bundled with code splitting into `/${dir}/`: file name → contents. */
export async function bundle(entries: string[], dir: string): Promise<Files> {
  const result = await build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: `/${dir}`,
    write: false,
    minify: true,
    target: 'es2022',
    define: {'process.env.NODE_ENV': '"production"'},
    logLevel: 'error',
  });
  const files: Files = {};
  for (const f of result.outputFiles) files[f.path] = ['text/javascript', f.contents];
  return files;
}

interface RawFeed {
  events: unknown[];
  delegations: unknown[];
  partnerships: unknown[];
  reports: unknown[];
  cities: unknown[];
  [key: string]: unknown;
}

/** The feeds of every state, by path. */
export async function feeds(): Promise<Files> {
  const text = readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8');
  const real = JSON.parse(text) as RawFeed;
  // One invalid item in each list an element shows: each is reported and skipped, the rest is shown.
  const notice: RawFeed = structuredClone(real);
  notice.events.push({id: 'bad-event', title: {en: 'Broken'}, start: 'in July'});
  notice.delegations.push({id: 'bad-delegation', direction: 'sideways', cities: ['niigata'], start: '2021'});
  notice.partnerships.push({city: 'atlantis', type: 'sister', status: 'active'});
  // A valid feed with nothing in it: the home city alone.
  const empty = {
    ...structuredClone(real),
    cities: [real.cities[0]],
    partnerships: [],
    events: [],
    delegations: [],
    reports: [],
  };
  const {syntheticFeed} = await import('../../data-schema/fixtures/generate.js');
  const json = (v: unknown): [string, Body] => ['application/json', JSON.stringify(v)];
  return {
    '/feed.json': ['application/json', text],
    '/notice.json': json(notice),
    '/empty.json': json(empty),
    '/portland.json': ['application/json', readFileSync('demo/feeds/portland-sample.json', 'utf8')],
    '/vladivostok.json': ['application/json', readFileSync('demo/feeds/vladivostok-sample.json', 'utf8')],
    '/big.json': json(syntheticFeed({events: 2000})),
    '/partners.json': json(syntheticFeed({events: 200, partners: 493, delegations: 2000})),
    '/years.json': json(syntheticFeed({events: 1000, years: 5, firstYear: 2017, reports: true})),
  };
}

/** The page's own stylesheet: container widths (a style attribute would break the CSP). */
export const PAGE_CSS = `
body { margin: 1em; font-family: sans-serif; }
.narrow { width: 400px; }
.wide { width: 1000px; }
`;

export interface KitServer {
  origin: string;
  files: Files;
  /** Paths the server was asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

/** The CSP header for a path (`undefined`: none). */
export type CspFor = (path: string) => string | undefined;

/**
 * Serves `files`, `/page.css`, `/missing.json` (404) and `/never.json` (a feed that never answers), each
 * with the CSP header (`csp`, or what `csp(path)` says); `/favicon.ico` is an empty 204, so that no
 * browser logs a missing icon.
 */
export async function startServer(files: Files, csp: string | CspFor | undefined = CSP): Promise<KitServer> {
  const policyFor: CspFor = typeof csp === 'function' ? csp : () => csp;
  const served: string[] = [];
  const all: Files = {'/page.css': ['text/css', PAGE_CSS], ...files};
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    served.push(req.url ?? '/');
    const policy = policyFor(path);
    if (policy) res.setHeader('Content-Security-Policy', policy);
    if (path === '/never.json') return; // the connection stays open until the page goes away
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = all[path];
    if (!file) return void res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    res.writeHead(200, {'content-type': file[0], 'cache-control': 'no-store'}).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    files: all,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A page: the page's stylesheet, `scripts` as module scripts in the head, `body`. */
export function page(body: string, scripts: string[] = ['/kit/twinning-kit.js'], lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Twinning Kit test page</title>
<link rel="stylesheet" href="/page.css">
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
${body}
</body></html>`;
}

/** The kit's elements, as a selector. */
export const TAGS = 'twin-event-calendar, twin-partner-map, twin-delegation-list, twin-report-summary';

/**
 * What each element shows, `id:state` in document order (run in the page). States: `loading`, `error`,
 * `empty`; else the view: calendar `month` | `list` | `year`, map `map` | `list`, delegation list
 * `table` | `cards`, report `full` | `compact` | `figures` (no charts) | `section`; `+notice` when the
 * notice about problems in the feed is shown.
 */
export function elementStates(): string[] {
  return [
    ...document.querySelectorAll('twin-event-calendar, twin-partner-map, twin-delegation-list, twin-report-summary'),
  ].map((el) => {
    const root = el.shadowRoot;
    const id = el.id || el.localName;
    if (!root || !customElements.get(el.localName)) return `${id}:undefined`;
    if (root.querySelector('[part~="loading"]')) return `${id}:loading`;
    if (root.querySelector('[part~="error"]')) return `${id}:error`;
    if (root.querySelector('[aria-busy="true"]')) return `${id}:busy`;
    const notice = root.querySelector('[part~="notice"]') ? '+notice' : '';
    if (root.querySelector('[part~="empty"]')) return `${id}:empty${notice}`;
    let view = '?';
    switch (el.localName) {
      case 'twin-event-calendar':
        view = root.querySelector('[role="grid"]')
          ? 'month'
          : root.querySelector('[role="listbox"]')
            ? 'list'
            : root.querySelector('.months')
              ? 'year'
              : '?';
        break;
      case 'twin-partner-map':
        view = root.querySelector('.stage.list-mode table')
          ? 'list'
          : root.querySelector('.frame .marker')
            ? 'map'
            : '?';
        break;
      case 'twin-delegation-list': {
        const row = root.querySelector('tr.row');
        view = row ? (getComputedStyle(row).display === 'grid' ? 'cards' : 'table') : '?';
        break;
      }
      case 'twin-report-summary':
        view = root.querySelector('.figures')
          ? el.hasAttribute('compact')
            ? 'compact'
            : root.querySelector('.charts')
              ? 'full'
              : 'figures'
          : root.querySelector('[part~="section"]')
            ? 'section'
            : '?';
        break;
    }
    return `${id}:${view}${notice}`;
  });
}
