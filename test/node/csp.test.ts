/**
 * The kit under the strictest Content Security Policy: `default-src 'self'`, no 'unsafe-inline', no
 * 'unsafe-eval', Trusted Types required (`require-trusted-types-for 'script'; trusted-types lit-html`),
 * in headless Chromium and Firefox ESR. This file: that both browsers enforce that policy (a page that
 * breaks it is caught), every element in every locale chunk and in the dark theme, all of them on one
 * page (one fetch per feed), and the shipped CDN file. Each element's views and states:
 * csp-event-calendar, csp-partner-map, csp-delegation-list, csp-report-summary.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {buildCdnFile} from '../../scripts/cdn-file.mjs';
import {browserNames, launch, openPage, settle} from '../helpers/browsers.js';
import {cspSuite, type Case} from '../helpers/csp-harness.js';
import {CSP, startServer, type KitServer} from '../helpers/kit-pages.js';

const ALL = (attrs = '', src = '/feed.json') => `
<twin-event-calendar id="calendar" src="${src}" date="2021-07" ${attrs}></twin-event-calendar>
<twin-partner-map id="map" src="${src}" ${attrs}></twin-partner-map>
<twin-delegation-list id="delegations" src="${src}" ${attrs}></twin-delegation-list>
<twin-report-summary id="report" src="${src}" ${attrs}></twin-report-summary>`;
const READY = ['calendar:month', 'map:map', 'delegations:table', 'report:full'];
const ELEMENTS = ['calendar', 'map', 'delegations', 'report'];

/** The calendar's "Today" and the delegation list's "Download CSV", in each language. */
const WORDS: Record<string, [string, string]> = {
  ru: ['Сегодня', 'Скачать CSV'],
  'zh-Hans': ['今天', '下载 CSV'],
  ja: ['今日', 'CSV をダウンロード'],
  ko: ['오늘', 'CSV 다운로드'],
};

/** The language set three ways: on the page, on an ancestor, on the element. */
const localeCases: Case[] = [
  {locale: 'ru', lang: 'ru', body: ALL()},
  {locale: 'ja', body: `<div lang="ja">${ALL()}</div>`},
  {locale: 'ko', body: ALL('lang="ko"')},
  {locale: 'zh-Hans', body: ALL('lang="zh-Hans"')},
].map(({locale, lang, body}) => {
  return {
    covers: ELEMENTS.map((e) => `${e}/lang ${locale}`),
    lang,
    body,
    states: READY,
    chunks: [`${locale}-`],
    async act(c) {
      const today = await c.on('#calendar', (el) => el.shadowRoot!.querySelector('button.today')!.textContent!.trim());
      const csv = await c.on('#delegations', (el) =>
        el.shadowRoot!.querySelector('button.export')!.textContent!.trim(),
      );
      assert.deepEqual([today, csv], WORDS[locale], `the UI speaks ${locale}`);
      // What renders more in that language: a dialog, a card, the chips, a chart's table.
      await c.click('#calendar', 'details[data-band="month"] button[data-event]');
      await c.page.keyboard.press('Escape');
      await c.click('#map', '.marker[data-id="mogilev"]');
      await c.click('#delegations', 'details[part="filters"] summary', 400);
      await c.click('#report', '.as-table');
    },
  } satisfies Case;
});

const cases: Case[] = [
  ...localeCases,
  {
    covers: ELEMENTS.map((e) => `${e}/dark theme`),
    body: ALL('theme="dark"'),
    states: READY,
    async act(c) {
      const schemes = await c.page.evaluate(() =>
        [...document.querySelectorAll('[theme]')].map((el) => getComputedStyle(el).colorScheme),
      );
      assert.deepEqual(schemes, ['dark', 'dark', 'dark', 'dark']);
      await c.click('#calendar', 'details[part="filters"] summary');
      await c.click('#map', '.marker[data-id="niigata"]');
    },
  },
  {
    covers: ['all/several elements of every kind on one page, one fetch per feed'],
    viewport: {width: 1100, height: 900},
    body: `${ALL()}
<twin-event-calendar id="list" view="list" src="/feed.json" lang="ja"></twin-event-calendar>
<twin-partner-map id="chosen" partner="niigata" theme="dark" src="/feed.json"></twin-partner-map>
<twin-partner-map id="big" src="/partners.json"></twin-partner-map>
<twin-delegation-list id="many" src="/partners.json" lang="ru"></twin-delegation-list>
<twin-report-summary id="years" src="/years.json" lang="ja" theme="dark"></twin-report-summary>`,
    states: [...READY, 'list:list', 'chosen:map', 'big:map', 'many:table', 'years:full'],
    async act(c) {
      const feeds = c.watched.requests.filter((u) => new URL(u).pathname === '/feed.json');
      assert.equal(feeds.length, 1, 'six elements on one feed: one request');
    },
  },
  {
    covers: ELEMENTS.map((e) => `${e}/the shipped CDN file (dist/twinning-kit.js as npm run build makes it)`),
    scripts: ['/dist/twinning-kit.js'],
    body: ALL(),
    states: READY,
    async act(c) {
      await c.click('#calendar', 'details[data-band="month"] button[data-event]');
      await c.page.keyboard.press('Escape');
      await c.click('#calendar', 'button[data-view="list"]');
      await c.click('#map', '.marker[data-id="mogilev"]');
      await c.click('#map', '.controls .zoom-in');
      await c.click('#delegations', 'details[part="filters"] summary', 400);
      await c.click('#delegations', '.chip');
      await c.click('#report', '.as-table');
      const paths = [
        ...new Set(c.watched.requests.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).pathname)),
      ]
        .filter((p) => !p.startsWith('/case/'))
        .sort();
      assert.deepEqual(
        paths,
        ['/dist/twinning-kit.js', '/favicon.ico', '/feed.json', '/page.css'],
        'one file: no chunk to load',
      );
    },
  },
];

cspSuite('CSP: every element, every locale, dark theme, the CDN file', cases, async () => {
  const {bytes} = await buildCdnFile(process.cwd());
  return {'/dist/twinning-kit.js': ['text/javascript', bytes]};
});

// ---- the watch itself: both browsers enforce the policy, and what breaks it is caught -----------

let server: KitServer;
before(async () => {
  const control = `
window.__caught = [];
const probe = (name, fn) => { try { fn(); window.__caught.push(name + ': allowed'); } catch (e) { window.__caught.push(name + ': ' + e.name); } };
probe('innerHTML', () => { document.createElement('div').innerHTML = '<b>x</b>'; });
probe('policy', () => trustedTypes.createPolicy('other', {createHTML: (s) => s}));
probe('eval', () => (0, eval)('1'));`;
  // A parser-inserted inline script and a style attribute: what 'unsafe-inline' would allow.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title>
<script>window.__inline = 1;</script><script src="/control.js"></script></head><body><p style="color: red">x</p></body></html>`;
  server = await startServer({'/control': ['text/html', html], '/control.js': ['text/javascript', control]}, CSP);
});
after(() => server?.close());

for (const name of browserNames()) {
  test(`${name} enforces the policy: Trusted Types, no inline script or style, no eval (the watch sees each)`, async () => {
    const browser = await launch(name);
    try {
      const w = await openPage(browser, {
        init: [
          () => {
            const w = window as unknown as {__violations: string[]};
            w.__violations = [];
            document.addEventListener('securitypolicyviolation', (e) =>
              w.__violations.push(`${e.violatedDirective} ${e.sample.slice(0, 30)}`),
            );
          },
        ],
      });
      await w.page.goto(`${server.origin}/control`);
      await settle(w.page, 300);
      const {caught, violations, inline} = await w.page.evaluate(() => {
        const win = window as unknown as {__caught: string[]; __violations: string[]; __inline?: number};
        return {caught: win.__caught, violations: win.__violations, inline: win.__inline};
      });
      assert.deepEqual(caught, ['innerHTML: TypeError', 'policy: TypeError', 'eval: EvalError'], 'each refused');
      assert.deepEqual(
        violations.map((v) => v.replace(/ .*/, '')).sort(),
        [
          'require-trusted-types-for',
          'require-trusted-types-for',
          'script-src-elem',
          'style-src-attr',
          'trusted-types',
        ],
        `each reported (${violations.join('; ')})`,
      );
      assert.equal(inline, undefined, 'the inline script did not run');
      console.log(
        `${name} ${await browser.version()}: enforces require-trusted-types-for, trusted-types, script-src, style-src`,
      );
    } finally {
      await browser.close();
    }
  });
}
