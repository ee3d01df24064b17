/**
 * The kit is a good guest on any page, in headless Chromium and Firefox ESR:
 *  - two copies on one page (an old snippet and a new bundle, each with its own Lit), in both orders, and
 *    one copy twice: every element renders and works, no error; under a strict CSP too, which must then
 *    allow the second copy's `lit-html` policy ('allow-duplicates'), or that copy is refused;
 *  - nothing added to `document.head`, `document.styleSheets`, `document.adoptedStyleSheets`, the fonts,
 *    or the attributes of `<html>` and `<body>`, with every element rendered in every view;
 *  - globals: the shipped CDN file adds one (Lit's `litPropertyMetadata`; its version markers are
 *    dropped at build time, scripts/lit-version-markers.mjs); the kit's own code adds none;
 *  - no storage of any kind (localStorage, sessionStorage, cookies, IndexedDB, Cache), no beacon, no
 *    socket or worker, no window opened, and requests to the page's own origin only.
 * Hostile host CSS: test/core/hostile-css.test.ts.
 */
import {describe, test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {buildCdnFile} from '../../scripts/cdn-file.mjs';
import {
  browserNames,
  foreignRequests,
  launchSession,
  openPage,
  settle,
  type BrowserName,
  type Session,
  type Watched,
} from '../helpers/browsers.js';
import {statesAre, stillBox} from '../helpers/csp-harness.js';
import {CSP, bundle, feeds, page, startServer, type Files, type KitServer} from '../helpers/kit-pages.js';

/** The strict policy, allowing a second `lit-html` policy: what a page with two copies of Lit needs. */
const CSP_DUPLICATES = CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");
const POLICIES: Record<string, string | undefined> = {none: undefined, strict: CSP, duplicates: CSP_DUPLICATES};

/** Lit's globals: its version markers, and the metadata map its copies share. */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

/** Copies of the kit, each with its own Lit: the scripts a page loads for each. */
const COPIES: Record<string, string[]> = {
  // The shipped CDN file, as `npm run build` makes it.
  cdn: ['/cdn/twinning-kit.js'],
  // The same file at another address: a second instance of the same copy.
  'cdn-again': ['/cdn-again/twinning-kit.js'],
  // A site's bundle of the four npm entries (esbuild, its own Lit).
  entries: [
    '/entries/event-calendar/define.js',
    '/entries/partner-map/define.js',
    '/entries/delegation-list/define.js',
    '/entries/report-summary/define.js',
  ],
  // A site's bundle of the CDN entry (esbuild, yet another Lit).
  bundle: ['/bundle/twinning-kit.js'],
};
const PAIRS: Array<[string, string]> = [
  ['cdn', 'entries'],
  ['entries', 'cdn'],
  ['bundle', 'cdn'],
  ['cdn', 'cdn-again'],
  ['cdn', 'cdn'],
];

const FOUR = `<twin-event-calendar id="calendar" src="/feed.json" date="2021-07"></twin-event-calendar>
<twin-partner-map id="map" src="/feed.json"></twin-partner-map>
<twin-delegation-list id="delegations" src="/feed.json"></twin-delegation-list>
<twin-report-summary id="report" src="/feed.json"></twin-report-summary>`;
const FOUR_READY = ['calendar:month', 'map:map', 'delegations:table', 'report:full'];

/** Every element in every view and state. */
const EVERY_VIEW = `<twin-event-calendar id="month" src="/feed.json" date="2021-07"></twin-event-calendar>
<twin-event-calendar id="list" view="list" src="/feed.json" lang="ja"></twin-event-calendar>
<twin-event-calendar id="year" view="year" date="2021" src="/feed.json" theme="dark"></twin-event-calendar>
<twin-partner-map id="map" src="/feed.json"></twin-partner-map>
<twin-partner-map id="maplist" view="list" src="/feed.json" lang="ko"></twin-partner-map>
<twin-delegation-list id="table" src="/feed.json"></twin-delegation-list>
<div class="narrow"><twin-delegation-list id="cards" src="/feed.json" lang="ru"></twin-delegation-list></div>
<twin-report-summary id="full" src="/feed.json" lang="zh-Hans"></twin-report-summary>
<twin-report-summary id="compact" compact src="/feed.json"></twin-report-summary>
<twin-report-summary id="section" section="festival" src="/feed.json"></twin-report-summary>
<twin-event-calendar id="error" src="/missing.json"></twin-event-calendar>
<twin-partner-map id="empty"></twin-partner-map>
<twin-delegation-list id="notice" src="/notice.json"></twin-delegation-list>
<twin-report-summary id="loading" src="/never.json" timeout="600000"></twin-report-summary>`;
const EVERY_VIEW_READY = [
  'month:month',
  'list:list',
  'year:year',
  'map:map',
  'maplist:list',
  'table:table',
  'cards:cards',
  'full:full',
  'compact:compact',
  'section:section',
  'error:error',
  'empty:empty',
  'notice:table+notice',
  'loading:loading',
];

interface Snapshot {
  defined: boolean;
  head: string[];
  headLength: number;
  styleSheets: string[];
  adoptedStyleSheets: number;
  fonts: number;
  html: string[];
  body: string[];
  bodyChildren: string[];
  /** Every element in the body, with its attributes (the kit's own elements reflect some properties). */
  hostAttributes: string[];
  globals: string[];
}

/** Runs before anything on the page (added by the driver): what the page is, before the kit runs. */
function watchHost() {
  const w = window as unknown as {
    __violations: string[];
    __selects: string[];
    __calls: string[];
    __before?: unknown;
    __snapshot: () => unknown;
  };
  w.__violations = [];
  w.__selects = [];
  w.__calls = [];
  w.__before = undefined;
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  );
  document.addEventListener('twin-select', (e) => w.__selects.push((e as CustomEvent<{kind: string}>).detail.kind));
  w.__snapshot = () => {
    const attrs = (el: Element) => [...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
    return {
      defined: !!customElements.get('twin-event-calendar'),
      head: [...document.head.children].map((n) => `<${n.localName} ${attrs(n)}>`),
      headLength: new XMLSerializer().serializeToString(document.head).length,
      styleSheets: [...document.styleSheets].map((s) => s.href ?? `<${s.ownerNode?.nodeName}>`),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      fonts: document.fonts.size,
      html: attrs(document.documentElement),
      body: attrs(document.body),
      bodyChildren: [...document.body.children].map((n) => `<${n.localName}${n.id ? `#${n.id}` : ''}>`),
      hostAttributes: [...document.querySelectorAll('body *')].map(
        (n) => `<${n.localName}${n.id ? `#${n.id}` : ''} ${attrs(n)}>`,
      ),
      globals: Object.getOwnPropertyNames(window).sort(),
    };
  };
  // The document is parsed, module scripts have not run yet: the page before the kit.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') w.__before = w.__snapshot();
  });
}

/** Records every use of storage, beacons, sockets, workers, new windows, and the URL of every fetch. */
function wrapApis() {
  const calls = (window as unknown as {__calls: string[]}).__calls;
  const log = (what: string) => calls.push(what);
  const wrapMethod = (proto: object | undefined, name: string, label: string) => {
    const target = proto as Record<string, unknown> | undefined;
    const original = target?.[name];
    if (typeof original !== 'function') return;
    target![name] = function (this: unknown, ...args: unknown[]) {
      log(`${label}(${String(args[0] ?? '').slice(0, 80)})`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  const wrapGetter = (obj: object, name: string, label: string) => {
    let owner: object | null = obj;
    while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    const d = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!d?.get || !d.configurable) return;
    Object.defineProperty(owner, name, {
      ...d,
      get() {
        log(label);
        return d.get!.call(this);
      },
      ...(d.set
        ? {
            set(v: unknown) {
              log(`${label} =`);
              d.set!.call(this, v);
            },
          }
        : {}),
    });
  };
  const wrapClass = (name: string) => {
    const w = window as unknown as Record<string, unknown>;
    const C = w[name];
    if (typeof C !== 'function') return;
    w[name] = new Proxy(C, {
      construct(target, args) {
        log(`new ${name}(${String(args[0] ?? '').slice(0, 80)})`);
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
  };
  for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key'])
    wrapMethod(Storage.prototype, m, `Storage.${m}`);
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore'])
    wrapGetter(window, name, name);
  wrapGetter(document, 'cookie', 'document.cookie');
  wrapMethod(Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
  wrapMethod(
    typeof ServiceWorkerContainer === 'undefined' ? undefined : ServiceWorkerContainer.prototype,
    'register',
    'serviceWorker.register',
  );
  wrapMethod(window, 'open', 'window.open');
  wrapMethod(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'BroadcastChannel', 'RTCPeerConnection'])
    wrapClass(name);
  const fetchOriginal = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log(`fetch ${new URL(url, location.href).href}`);
    return fetchOriginal.call(this, input, init);
  };
}

let server: KitServer;
const found: Record<string, Record<string, string[]>> = {};
const counts = new Map<BrowserName, number>();
const count = (b: BrowserName, n = 1) => counts.set(b, (counts.get(b) ?? 0) + n);

before(async () => {
  const [cdn, entries, whole, feedFiles] = await Promise.all([
    buildCdnFile(process.cwd()),
    bundle(
      [
        'src/event-calendar/define.ts',
        'src/partner-map/define.ts',
        'src/delegation-list/define.ts',
        'src/report-summary/define.ts',
      ],
      'entries',
    ),
    bundle(['src/twinning-kit.ts'], 'bundle'),
    feeds(),
  ]);
  const files: Files = {
    ...entries,
    ...whole,
    ...feedFiles,
    '/cdn/twinning-kit.js': ['text/javascript', cdn.bytes],
    '/cdn-again/twinning-kit.js': ['text/javascript', cdn.bytes],
    '/blank': ['text/html', page(EVERY_VIEW, [])],
    '/apis.js': [
      'text/javascript',
      `localStorage.setItem('k', '1'); sessionStorage.getItem('k'); document.cookie = 'a=1'; indexedDB.open('db');
       navigator.sendBeacon('/beacon', 'x'); new BroadcastChannel('c'); fetch('/feed.json');`,
    ],
    '/apis': ['text/html', page('', ['/apis.js'])],
  };
  for (const copy of Object.keys(COPIES)) files[`/every-view/${copy}`] = ['text/html', page(EVERY_VIEW, COPIES[copy])];
  for (const [a, b] of PAIRS) files[`/two/${a}+${b}`] = ['text/html', page(FOUR, [...COPIES[a]!, ...COPIES[b]!])];
  // `/<policy>/...`: the page under that policy.
  server = await startServer(
    Object.fromEntries(
      Object.entries(files).flatMap(([path, file]) =>
        path.endsWith('.js') || path.endsWith('.json')
          ? [[path, file]]
          : Object.keys(POLICIES).map((p) => [`/${p}${path}`, file]),
      ),
    ),
    (path) => {
      const policy = path.split('/')[1] ?? '';
      return Object.hasOwn(POLICIES, policy) ? POLICIES[policy] : undefined;
    },
  );
});

after(async () => {
  await server?.close();
  for (const [b, lists] of Object.entries(found))
    for (const [what, list] of Object.entries(lists))
      console.log(`${b}: ${what}: ${list.length ? list.join(', ') : 'none'}`);
  console.log(`host hygiene: ${[...counts].map(([b, n]) => `${b} ${n} cases`).join(', ')}`);
});

describe('host hygiene', {concurrency: true}, () => {
  for (const name of browserNames()) {
    describe(`in ${name}`, () => {
      let session: Session | undefined;
      before(async () => {
        session = await launchSession(name, server.origin);
      });
      after(async () => {
        await session?.close();
      });

      const open = () => openPage(session!.context, {init: [watchHost, wrapApis]});
      const violations = (w: Watched) =>
        w.page.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
      const calls = (w: Watched) => w.page.evaluate(() => (window as unknown as {__calls: string[]}).__calls);

      /** One click in each element that fires `twin-select`. */
      async function selectInEach(w: Watched): Promise<string[]> {
        const selects = () => w.page.evaluate(() => (window as unknown as {__selects: string[]}).__selects.length);
        // A mouse click where the target is; again if it moved under the pointer (the map settles its view
        // after the first layout, later on a busy machine).
        const click = async (selector: string) => {
          const before = await selects();
          for (let i = 0; i < 3 && (await selects()) === before; i++) {
            const el = await w.page.$(selector);
            assert.ok(el, selector);
            await stillBox(el);
            await el.click();
            await el.dispose();
            await settle(w.page, 250 + 250 * i);
          }
        };
        await click('#calendar >>> details[data-band="month"] button[data-event]');
        await w.page.keyboard.press('Escape');
        await click('#map >>> .marker[data-id="mogilev"]');
        await click('#delegations >>> tr.row .toggle');
        await click('#report >>> .section button.event');
        return w.page.evaluate(() => (window as unknown as {__selects: string[]}).__selects);
      }

      test('the watch sees each storage, beacon and network API the page uses', async () => {
        const w = await open();
        await w.page.goto(`${server.origin}/none/apis`);
        await settle(w.page, 300);
        const seen = await calls(w);
        await w.page.close();
        for (const want of [
          'localStorage',
          'Storage.setItem(k)',
          'sessionStorage',
          'Storage.getItem(k)',
          'document.cookie =',
          'indexedDB',
          'navigator.sendBeacon(/beacon)',
          'new BroadcastChannel(c)',
          `fetch ${server.origin}/feed.json`,
        ]) {
          assert.ok(seen.includes(want), `${want} in ${seen.join(', ')}`);
        }
      });

      for (const [a, b] of PAIRS) {
        const same = COPIES[a]!.join() === COPIES[b]!.join();
        for (const policy of ['none', 'duplicates', ...(same ? ['strict'] : [])]) {
          test(`two copies, ${a} then ${b}${policy === 'none' ? '' : `, under the strict CSP${policy === 'duplicates' ? " with 'allow-duplicates'" : ''}`}: every element works, no error`, async () => {
            const w = await open();
            try {
              await w.page.goto(`${server.origin}/${policy}/two/${a}+${b}`);
              await statesAre(w.page, FOUR_READY);
              assert.deepEqual(
                await selectInEach(w),
                ['event', 'city', 'delegation', 'event'],
                'each element answers a click',
              );
              assert.deepEqual(await violations(w), []);
              assert.deepEqual(w.pageErrors, []);
              assert.deepEqual(w.consoleErrors, []);
              const copies = await w.page.evaluate(
                () => (window as unknown as {litHtmlVersions?: string[]}).litHtmlVersions ?? [],
              );
              // The CDN file announces no copy of Lit; each esbuild bundle announces its own.
              assert.equal(copies.length, [a, b].filter((c) => !c.startsWith('cdn')).length, 'litHtmlVersions');
              count(name);
            } finally {
              await w.page.close();
            }
          });
        }
        if (!same) {
          test(`two copies, ${a} then ${b}, under the strict CSP without 'allow-duplicates': the second Lit is refused its policy, the first copy serves every element`, async () => {
            const w = await open();
            try {
              await w.page.goto(`${server.origin}/strict/two/${a}+${b}`);
              await statesAre(w.page, FOUR_READY);
              assert.deepEqual(await selectInEach(w), ['event', 'city', 'delegation', 'event']);
              assert.deepEqual(
                (await violations(w)).map((v) => v.split(' ')[0]),
                ['trusted-types'],
                'one violation: the second lit-html policy',
              );
              const refused = [...w.pageErrors, ...w.consoleErrors].filter((m) => /lit-html/.test(m));
              assert.ok(
                refused.length >= 1,
                `the refusal is reported: ${[...w.pageErrors, ...w.consoleErrors].join(' | ')}`,
              );
              count(name);
            } finally {
              await w.page.close();
            }
          });
        }
      }

      for (const copy of ['cdn', 'entries']) {
        test(`${copy}: every element in every view adds nothing to <head>, the style sheets, the fonts, <html> or <body>; no storage; only the page’s origin; its globals`, async () => {
          const blank = await open();
          await blank.page.goto(`${server.origin}/strict/blank`);
          await settle(blank.page, 300);
          const empty = (await blank.page.evaluate(() =>
            (window as unknown as {__snapshot: () => unknown}).__snapshot(),
          )) as Snapshot;
          await blank.page.close();

          const w = await open();
          try {
            await w.page.goto(`${server.origin}/strict/every-view/${copy}`);
            await statesAre(w.page, EVERY_VIEW_READY);
            // What renders more: a dialog, a card, the details and the chips, a chart's table; the downloads;
            // the clipboard; a print.
            for (const selector of [
              '#month >>> details[data-band="month"] button[data-event]',
              '#month >>> dialog .actions button',
              '#map >>> .marker[data-id="mogilev"]',
              '#table >>> tr.row .toggle',
              '#table >>> details[part="filters"] summary',
              '#table >>> button.export',
              '#full >>> .as-table',
              '#full >>> [part="copy-button"]',
              '#month >>> details[part="filters"] summary',
              '#month >>> button.export',
            ]) {
              const el = await w.page.$(selector);
              assert.ok(el, selector);
              await el.click();
              await settle(w.page, 250);
              if (selector.includes('dialog .actions')) await w.page.keyboard.press('Escape');
            }
            await w.page.pdf({timeout: 60_000});
            await settle(w.page, 500);
            await statesAre(w.page, EVERY_VIEW_READY);

            const {before: start, now} = (await w.page.evaluate(() => {
              const win = window as unknown as {__before: unknown; __snapshot: () => unknown};
              return {before: win.__before, now: win.__snapshot()};
            })) as {before: Snapshot; now: Snapshot};
            assert.equal(start.defined, false, 'the first snapshot is from before the kit ran');
            assert.equal(now.defined, true);
            // The document's own nodes and attributes against the page before the kit ran; its style sheets
            // and fonts against the blank page (at "interactive" the page's own sheet may still be loading).
            for (const key of ['head', 'headLength', 'html', 'body', 'bodyChildren'] as const)
              assert.deepEqual(now[key], start[key], `${key} unchanged`);
            for (const key of ['styleSheets', 'adoptedStyleSheets', 'fonts'] as const)
              assert.deepEqual(now[key], empty[key], `${key} as on the blank page`);
            // The kit's elements reflect two properties onto themselves, `theme` and the map's `view`: no other
            // attribute appears on the page.
            const attributes = now.hostAttributes.flatMap((el, i) => {
              const before = new Set(start.hostAttributes[i]!.replace(/>$/, '').split(' ').slice(1));
              return el
                .replace(/>$/, '')
                .split(' ')
                .slice(1)
                .filter((a) => a && !before.has(a));
            });
            assert.deepEqual(
              [...new Set(attributes.map((a) => a.replace(/=.*/, '')))].sort(),
              ['theme', 'view'],
              'attributes the elements reflect',
            );
            (found[name] ??= {})[`attributes ${copy}'s elements add to themselves`] = [...new Set(attributes)].sort();
            // No @font-face anywhere in the kit's styles either (they would not apply in a shadow root, and
            // would be a font the page did not ask for).
            const fontFaces = await w.page.evaluate(() =>
              [...document.querySelectorAll('*')].flatMap((el) =>
                el.shadowRoot
                  ? el.shadowRoot.adoptedStyleSheets.flatMap((s) =>
                      [...s.cssRules].filter((r) => r instanceof CSSFontFaceRule).map((r) => r.cssText),
                    )
                  : [],
              ),
            );
            assert.deepEqual(fontFaces, [], 'no @font-face');

            const added = now.globals.filter((g) => !empty.globals.includes(g));
            const addedHere = now.globals.filter((g) => !start.globals.includes(g));
            assert.deepEqual(
              addedHere,
              added,
              'the same globals against a blank page as against this page before the kit',
            );
            (found[name] ??= {})[`globals added by ${copy}`] = added;
            assert.deepEqual(
              added,
              copy === 'cdn' ? ['litPropertyMetadata'] : LIT_GLOBALS,
              'Lit’s globals, none of the kit’s own',
            );
            assert.ok(added.length <= (copy === 'cdn' ? 1 : 4));

            const used = await calls(w);
            const fetched = used.filter((c) => c.startsWith('fetch '));
            assert.deepEqual(
              used.filter((c) => !c.startsWith('fetch ')),
              [],
              'no storage, beacon, socket, worker or window',
            );
            assert.deepEqual(
              [...new Set(fetched.map((c) => new URL(c.slice(6)).pathname))].sort(),
              ['/feed.json', '/missing.json', '/never.json', '/notice.json'],
              'the feeds, and nothing else, fetched',
            );
            assert.deepEqual(
              foreignRequests(
                w.requests.filter((u) => !u.startsWith('data:')),
                server.origin,
              ),
              [],
              'no request to any other origin',
            );
            assert.deepEqual(await violations(w), []);
            assert.deepEqual(w.pageErrors, []);
            assert.deepEqual(
              w.consoleErrors.filter((m) => !/404/.test(m) || !m.includes('/missing.json')),
              [],
            );
            count(name);
          } finally {
            await w.page.close();
          }
        });
      }
    });
  }
});
