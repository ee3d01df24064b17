/**
 * The demo site (`npm start`) as a visitor, a webmaster and a feed editor use it, in headless Chromium:
 * every page in every language renders its widgets with no error; Portland's page merges two feeds;
 * the embed builder writes a snippet whose integrity hash the browser accepts, and that follows every
 * choice; the feed checker finds each problem at its line and previews the feed.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Page} from 'playwright-core';
import {startDemoServer, watch, widgetStates, widgetsSettled, type DemoServer} from '../helpers/demo-server.js';
import {BUILDER_WORDS} from '../../demo/embed-builder.words.js';
import {CHECKER_WORDS} from '../../demo/feed-checker.words.js';

const LANGS = ['ru', 'en', 'zh-Hans', 'ja', 'ko'] as const;
const PAGES = ['index', 'niigata', 'portland', 'vladivostok', 'builder', 'checker'] as const;
/** The React and Vue pages have their own language select (test/node/interop.test.ts); they carry the bar too. */
const FRAMEWORK_PAGES = ['react', 'vue'] as const;
const khabarovsk = JSON.parse(readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8'));
const portland = JSON.parse(readFileSync('demo/feeds/portland-sample.json', 'utf8'));
/** The calendar's "Download .ics" button in each language, from the kit's own translations. */
const EXPORT_LABEL: Record<string, string> = {en: 'Download .ics'};

let demo: DemoServer;

before(async () => {
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const {templates} = (await import(`../../src/generated/locales/${lang}.ts`)) as {
      templates: Record<string, unknown>;
    };
    EXPORT_LABEL[lang] = String(templates['cal.export']);
  }
  demo = await startDemoServer('demo');
  // The builder's CDN file is built on first request: build it before the pages wait for it.
  await fetch(`${demo.origin}/@twinning-kit/cdn.json`);
});
after(() => demo?.close());

async function open(
  path: string,
  options: {permissions?: string[]} = {},
): Promise<{page: Page; seen: ReturnType<typeof watch>}> {
  const context = await demo.browser.newContext({
    viewport: {width: 1280, height: 1000},
    permissions: options.permissions ?? [],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const seen = watch(page);
  await page.goto(`${demo.origin}${path}`);
  return {page, seen};
}

const clean = (seen: ReturnType<typeof watch>) => {
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
};

for (const name of PAGES) {
  test(
    `/demo/${name}.html in all five languages: every widget renders, the demo bar marks the page, no error`,
    {timeout: 180_000},
    async () => {
      for (const lang of LANGS) {
        const {page, seen} = await open(`/demo/${name}.html?lang=${lang}`);
        try {
          if (name === 'checker') await page.locator('demo-feed-checker button[data-load="sample"]').click();
          await widgetsSettled(page).catch((err: Error) => {
            throw new Error(`${err.message}\n${[...seen.pageErrors, ...seen.consoleErrors].join('\n')}`);
          });
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang, '?lang= sets the page language');
          const states = await widgetStates(page);
          assert.ok(states.length > 0, 'the page has widgets');
          for (const s of states) {
            // Khabarovsk's 2021 feed has no delegation with Niigata: the list says so (its empty state).
            const want = name === 'niigata' && s.tag === 'twin-delegation-list' ? 'empty' : 'ready';
            assert.deepEqual(s, {tag: s.tag, state: want, notice: false}, `${s.tag} on ${name} in ${lang}`);
          }
          const current = await page.locator('.demo-bar a[aria-current="page"]').getAttribute('href');
          assert.equal(current, `./${name}.html`);
          assert.equal(await page.locator('.demo-bar a').count(), 8);
          if (name !== 'checker') {
            // The widgets speak the page's language (a calendar's export button, in the kit's translation).
            const label = await page.locator('twin-event-calendar button:has-text(".ics")').first().innerText();
            assert.equal(label.trim(), EXPORT_LABEL[lang]);
          }
          if (name === 'builder')
            assert.equal(await page.locator('demo-embed-builder h1').innerText(), BUILDER_WORDS[lang].title);
          if (name === 'checker')
            assert.equal(await page.locator('demo-feed-checker h1').innerText(), CHECKER_WORDS[lang].title);
          clean(seen);
        } finally {
          await page.context().close();
        }
      }
    },
  );
}

test('the React and Vue pages carry the demo bar, marked as theirs', async () => {
  for (const name of FRAMEWORK_PAGES) {
    const {page, seen} = await open(`/demo/${name}.html`);
    try {
      await widgetsSettled(page);
      assert.equal(await page.locator('.demo-bar a[aria-current="page"]').getAttribute('href'), `./${name}.html`);
      clean(seen);
    } finally {
      await page.context().close();
    }
  }
});

test('the language switch sets the page language, marks its button and keeps ?lang= in the address', async () => {
  const {page, seen} = await open('/demo/index.html');
  try {
    await widgetsSettled(page);
    assert.equal(await page.locator('button[data-lang="ru"]').getAttribute('aria-pressed'), 'true');
    await page.locator('button[data-lang="ko"]').click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.equal(await page.locator('button[data-lang="ko"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('button[data-lang="ru"]').getAttribute('aria-pressed'), 'false');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'ko');
    await page.waitForFunction(
      (want) => document.querySelector('twin-event-calendar')!.shadowRoot!.textContent!.includes(want),
      EXPORT_LABEL['ko']!,
    );
    clean(seen);
  } finally {
    await page.context().close();
  }
});

test('Portland’s page merges two feeds: the joint events once each, Portland’s delegation seen from Khabarovsk, no notice', async () => {
  const involves = (e: {cities?: string[]; placeCity?: string}, city: string) =>
    !!e.cities?.includes(city) || e.placeCity === city;
  const expected = new Set<string>([
    ...khabarovsk.events.filter((e: {cities?: string[]}) => involves(e, 'portland')).map((e: {id: string}) => e.id),
    // Portland's own events count Portland in whatever their `cities` say; those must involve Khabarovsk.
    ...portland.events.filter((e: {cities?: string[]}) => involves(e, 'khabarovsk')).map((e: {id: string}) => e.id),
  ]);
  assert.ok(
    portland.events.some((e: {id: string}) => khabarovsk.events.some((k: {id: string}) => k.id === e.id)),
    'the sample shares an event with Khabarovsk’s feed',
  );
  const {page, seen} = await open('/demo/portland.html');
  try {
    await widgetsSettled(page);
    const ids = await page.evaluate(() =>
      [...document.querySelector('twin-event-calendar')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-event]')].map(
        (el) => el.dataset['event']!,
      ),
    );
    assert.deepEqual([...ids].sort(), [...expected].sort());
    assert.equal(new Set(ids).size, ids.length, 'each event once');
    assert.ok(!ids.includes('portland-sample-2021-08-sapporo-garden'), 'Portland and Sapporo only: not on this page');
    const row = page.locator('twin-delegation-list tr.row[data-id="portland-sample-2021-10-online-council-call"]');
    assert.match(
      (await row.getAttribute('class')) ?? '',
      /\bincoming\b/,
      'Portland’s outgoing call is incoming to Khabarovsk',
    );
    // The map shows Portland's own sister city too, and opens Portland's card.
    await page.waitForFunction(() =>
      /Portland/.test(
        document.querySelector('twin-partner-map')!.shadowRoot!.querySelector('[part~="card"]')?.textContent ?? '',
      ),
    );
    assert.equal(await page.locator('twin-partner-map .marker[data-id="sapporo"]').count(), 1);
    // …but Sapporo is Portland's partner, not Khabarovsk's: the summary counts and dates Khabarovsk's own.
    const summary = await page.locator('twin-partner-map [part~="summary"]').innerText();
    assert.match(summary, /^Khabarovsk: 16 partners in 8 countries\./);
    assert.match(summary, /The oldest relationship is with Niigata, since 1965\./);
    assert.match(summary, /Also on the map, as partners of Portland: Sapporo\./);
    for (const s of await widgetStates(page))
      assert.equal(s.notice, false, `${s.tag}: the two feeds merge without a problem`);
    clean(seen);
  } finally {
    await page.context().close();
  }
});

test('embed builder: the snippet carries this version and an integrity hash the browser accepts', async () => {
  const {page, seen} = await open('/demo/builder.html?lang=en');
  let server: Server | undefined;
  try {
    const info = (await (await fetch(`${demo.origin}/@twinning-kit/cdn.json`)).json()) as {
      version: string;
      integrity: string;
    };
    const file = Buffer.from(await (await fetch(`${demo.origin}/@twinning-kit/twinning-kit.js`)).arrayBuffer());
    assert.equal(info.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
    assert.equal(info.integrity, `sha384-${createHash('sha384').update(file).digest('base64')}`);
    const snippet = page.locator('demo-embed-builder pre[data-snippet]');
    await page.waitForFunction(() =>
      /sha384-[A-Za-z0-9+/=]{64}/.test(
        document.querySelector('demo-embed-builder')!.shadowRoot!.querySelector('pre')!.textContent!,
      ),
    );
    const code = await snippet.innerText();
    assert.ok(code.includes(`https://cdn.jsdelivr.net/npm/twinning-kit@${info.version}/dist/twinning-kit.js`), code);
    assert.ok(code.includes(`integrity="${info.integrity}" crossorigin="anonymous"`), code);

    // The snippet pasted on a blank page, with the CDN address pointing here (no internet): the browser
    // runs the file only if its hash matches; a tampered hash must stop it.
    const feed = readFileSync('data-schema/feeds/khabarovsk-2021.json');
    const pageFor = (html: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title><link rel="icon" href="data:,"></head><body>${html}</body></html>`;
    const local = code.replace(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/twinning-kit@[^/]+\/dist\/twinning-kit\.js/,
      '/twinning-kit.js',
    );
    const tampered = local.replace(
      /sha384-[A-Za-z0-9+/=]+/,
      `sha384-${createHash('sha384').update('other').digest('base64')}`,
    );
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/twinning-kit.js')
        return void res
          .writeHead(200, {'content-type': 'text/javascript', 'access-control-allow-origin': '*'})
          .end(file);
      if (path === '/data-schema/feeds/khabarovsk-2021.json')
        return void res.writeHead(200, {'content-type': 'application/json'}).end(feed);
      if (path === '/pasted') return void res.writeHead(200, {'content-type': 'text/html'}).end(pageFor(local));
      if (path === '/tampered') return void res.writeHead(200, {'content-type': 'text/html'}).end(pageFor(tampered));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const blank = await page.context().newPage();
    const blankErrors: string[] = [];
    blank.on('console', (m) => m.type() === 'error' && blankErrors.push(m.text()));
    await blank.goto(`${base}/pasted`);
    await widgetsSettled(blank);
    assert.deepEqual(
      (await widgetStates(blank)).map((s) => s.state),
      ['ready'],
    );
    assert.deepEqual(blankErrors, []);
    await blank.goto(`${base}/tampered`);
    await blank.waitForFunction(() => document.readyState === 'complete');
    await blank.waitForTimeout(300);
    assert.equal(
      await blank.evaluate(() => customElements.get('twin-event-calendar')),
      undefined,
      'a wrong hash is refused',
    );
    assert.ok(
      blankErrors.some((e) => /integrity/i.test(e)),
      blankErrors.join('\n'),
    );
    clean(seen);
  } finally {
    server?.close();
    await page.context().close();
  }
});

test('embed builder: every choice reaches the snippet and the live preview; a bad address is refused; copy works', async () => {
  const {page, seen} = await open('/demo/builder.html?lang=en', {permissions: ['clipboard-read', 'clipboard-write']});
  try {
    const b = page.locator('demo-embed-builder');
    await widgetsSettled(page);
    await b.getByLabel('Partner-city map').check();
    await b.getByRole('combobox', {name: /^Language/}).selectOption('ja');
    await page.waitForFunction(
      () => document.querySelector('demo-embed-builder')!.shadowRoot!.querySelectorAll('select')[1]!.options.length > 5,
    );
    await b.getByRole('combobox', {name: /^Only what involves/}).selectOption('niigata');
    await b.getByRole('combobox', {name: /^Colours/}).selectOption('dark');
    await b.getByRole('combobox', {name: /^View/}).selectOption('list');
    const code = await b.locator('pre[data-snippet]').innerText();
    assert.match(
      code,
      /<twin-partner-map src="\/data-schema\/feeds\/khabarovsk-2021\.json" lang="ja" partner="niigata" theme="dark" view="list">/,
    );
    assert.match(
      code,
      /<a href="\/data-schema\/feeds\/khabarovsk-2021\.json">International cooperation data \(JSON\)<\/a>/,
    );
    const preview = b.locator('[data-preview] twin-partner-map');
    assert.deepEqual(
      await preview.evaluate((el) => ['lang', 'partner', 'theme', 'view'].map((a) => el.getAttribute(a))),
      ['ja', 'niigata', 'dark', 'list'],
    );
    await widgetsSettled(page);
    assert.ok(await preview.locator('table').count(), 'the preview shows the list view');

    await b.getByLabel('my own site').check();
    assert.match(
      await b.locator('pre[data-snippet]').innerText(),
      /^<script type="module" src="\/assets\/twinning-kit\.js"><\/script>/,
    );

    await b.getByRole('button', {name: 'Copy the code'}).click();
    await page.waitForFunction(() =>
      /Copied/.test(
        document.querySelector('demo-embed-builder')!.shadowRoot!.querySelector('[role="status"]')!.textContent!,
      ),
    );
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      await b.locator('pre[data-snippet]').innerText(),
    );

    const address = b.getByRole('textbox', {name: /^Feed address/});
    await address.fill('javascript:alert(1)');
    assert.equal(await address.getAttribute('aria-invalid'), 'true');
    assert.equal(await b.getByRole('button', {name: 'Copy the code'}).isDisabled(), true);
    assert.equal(await b.locator('[data-preview] > *').count(), 0, 'no preview of a refused address');
    await address.fill('https://example.org/feed.json" onload="x');
    assert.ok(
      (await b.locator('pre[data-snippet]').innerText()).includes(
        'src="https://example.org/feed.json&quot; onload=&quot;x"',
      ),
      'quotes are escaped in the snippet',
    );
    clean(seen);
  } finally {
    await page.context().close();
  }
});

test('feed checker: each problem at its line and column, a syntax error, a file, and the preview', async () => {
  const {page, seen} = await open('/demo/checker.html?lang=en');
  try {
    const c = page.locator('demo-feed-checker');
    await c.getByRole('button', {name: 'Load a feed with mistakes'}).click();
    await c.locator('table[data-problems]').waitFor();
    const text = await c.locator('textarea').inputValue();
    assert.match((await c.locator('[data-outcome]').getAttribute('data-outcome')) ?? '', /^problems$/);
    const rows = await c
      .locator('table[data-problems] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())),
      );
    const row = (path: string) => rows.find((r) => r[2] === path);
    // Line numbers counted here, from the text in the box.
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    assert.match(
      row('$.events[2].start')?.[1] ?? '',
      new RegExp(`^line ${lineOf('"start": "2021-07-32"')}, column \\d+$`),
    );
    assert.match(row('$.events[2].start')?.[0] ?? '', /Error/);
    assert.equal(row('$.events[5].format')?.[3], '"zoom"', 'the value, quoted');
    assert.match(row('$.events[5].format')?.[4] ?? '', /Item skipped.*must be one of "online", "offline", "hybrid"/);
    assert.match(row('$.events[0].url')?.[0] ?? '', /Warning/);
    assert.match(row('$.events[0].url')?.[4] ?? '', /Link not shown/);
    assert.ok(row('$.events[9].cities[1]'), 'the unknown city');
    const lines = rows.map((r) => Number(/line (\d+)/.exec(r[1]!)?.[1] ?? 0));
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
      'in the order of the text',
    );

    // "line N" puts the cursor on the value in the text box.
    await c.locator('table[data-problems] tr', {hasText: '$.events[2].start'}).getByRole('button').click();
    const selected = await c
      .locator('textarea')
      .evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    assert.equal(selected, '"start": "2021-07-32"');

    // The preview shows the feed as a visitor would: the rest, with the notice of what was skipped.
    await widgetsSettled(page);
    assert.deepEqual(await widgetStates(page), [{tag: 'twin-report-summary', state: 'ready', notice: true}]);
    await c.getByLabel('Event calendar').check();
    await widgetsSettled(page);
    assert.deepEqual(
      (await widgetStates(page)).map((s) => s.tag),
      ['twin-event-calendar'],
    );

    await c.locator('textarea').fill('{\n  "schemaVersion": 1,\n  "cities": [],\n}\n');
    await page.waitForFunction(() =>
      document.querySelector('demo-feed-checker')!.shadowRoot!.querySelector('[data-outcome="unusable"]'),
    );
    const syntax = await c.locator('table[data-problems] tbody tr').first().innerText();
    assert.match(syntax, /line 4, column 1/);
    assert.match(syntax, /is not valid JSON/);
    assert.equal(await c.locator('[data-preview]').count(), 0);

    await c.locator('input[type="file"]').setInputFiles('data-schema/feeds/khabarovsk-2021.json');
    await page.waitForFunction(() =>
      document.querySelector('demo-feed-checker')!.shadowRoot!.querySelector('[data-outcome="valid"]'),
    );
    assert.match(
      await c.locator('[data-outcome]').innerText(),
      /19 cities, 16 partnerships, 35 events, 5 delegations, 1 report\./,
    );
    clean(seen);
  } finally {
    await page.context().close();
  }
});

test('feed checker: which events will show as events in search results, and why the others will not, by reason', async () => {
  for (const lang of ['en', 'ru'] as const) {
    const {page, seen} = await open(`/demo/checker.html?lang=${lang}`);
    try {
      const c = page.locator('demo-feed-checker');
      await c.locator('input[type="file"]').setInputFiles('demo/feeds/vladivostok-sample.json');
      await c.locator('[data-rich]').waitFor();
      const words = CHECKER_WORDS[lang];
      assert.equal(await c.locator('[data-rich] h2').innerText(), words.richTitle);
      const count = await c.locator('[data-rich-count]').innerText();
      assert.match(
        count,
        lang === 'en' ? /^4 of 9 events will show as events in Google's search results/ : /4 из 9 мероприятий/,
      );
      const items = (reason: string) =>
        c
          .locator(`[data-rich-list="${reason}"] li`)
          .evaluateAll((lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
      const month = await items('month');
      const year = await items('year');
      assert.equal(month.length, 3, month.join('; '));
      assert.equal(year.length, 2, year.join('; '));
      assert.equal(await c.locator('[data-rich-list="place"]').count(), 0, 'every day-precise event has a place');
      // Each with its path in the feed as written and its title in the page's language.
      assert.match(
        year[0]!,
        lang === 'en'
          ? /^\$\.events\[1\] "Online exchange of pupils of Vladivostok and Busan"$/
          : /^\$\.events\[1\] "Онлайн-обмен школьников/,
      );
      assert.match(month[0]!, /^\$\.events\[2\] /);
      assert.match(await c.locator('[data-rich-reason="month"]').innerText(), new RegExp(`^${words['rich.month']}`));
      assert.equal(await c.locator('[data-rich] p.hint').innerText(), words.richStill);
      clean(seen);
    } finally {
      await page.context().close();
    }
  }
});

test('embed builder: the div form for editors that strip tags, the iframe form for editors without scripts', async () => {
  const {page, seen} = await open('/demo/builder.html?lang=en');
  try {
    const b = page.locator('demo-embed-builder');
    await widgetsSettled(page);
    await b.getByLabel('Delegations and meetings').check();
    await b.getByRole('combobox', {name: /^Language/}).selectOption('ru');
    await b.getByRole('combobox', {name: /^Order/}).selectOption('-date');
    await b.getByLabel(/plain <div>/).check();
    const div = await b.locator('pre[data-snippet]').innerText();
    assert.match(div, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/twinning-kit@/);
    assert.match(
      div,
      /<div class="twinning-kit" data-element="delegation-list" data-src="\/data-schema\/feeds\/khabarovsk-2021\.json" data-lang="ru" data-sort="-date">\n {2}<a href="\/data-schema\/feeds\/khabarovsk-2021\.json">International cooperation data \(JSON\)<\/a>\n<\/div>/,
    );
    assert.match(await b.locator('form').innerText(), /put the script once into the site’s template/);

    await b.getByLabel(/An iframe of the embed page/).check();
    assert.equal(await b.getByText('the jsDelivr CDN', {exact: false}).count(), 0, 'no CDN choice for the iframe');
    await b.getByRole('textbox', {name: /^Folder of the kit/}).fill('/kit');
    const iframe = await b.locator('pre[data-snippet]').innerText();
    assert.equal(
      iframe,
      '<iframe src="/kit/embed.html?element=delegation-list&amp;src=/data-schema/feeds/khabarovsk-2021.json&amp;lang=ru&amp;sort=-date" title="Делегации и встречи" width="100%" height="560" loading="lazy" scrolling="no" style="border:0;width:100%"></iframe>\n<script src="/kit/embed-resize.js" defer></script>\n',
    );
    assert.deepEqual(await b.locator('ul.csp code').allInnerTexts(), ["frame-src 'self'", "script-src 'self'"]);
    clean(seen);
  } finally {
    await page.context().close();
  }
});
