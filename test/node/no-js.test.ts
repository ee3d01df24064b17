/**
 * The demo page without JavaScript: its four elements hold their pre-rendered content (scripts/prerender-demo.ts,
 * as `twinning-kit render` writes it), and a reader sees every event title, partner, delegation and report
 * figure of the built-in feed. With JavaScript on, the same texts are read from the live widgets (the
 * calendar's list view, the map's table of partners, the delegation rows, the report's figures), and the
 * two sets must be equal. Once the widgets have drawn, the static content is no longer shown.
 *
 * The browser page objects (test/helpers/*-object.ts) need the test runner's own modules and cannot load in
 * the demo page: the selectors below are theirs (CalendarObject.switchView, MapObject.showList and .rows,
 * ListObject's rows, SummaryObject.figures).
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import type {Page} from 'playwright-core';
import {startDemoServer, watch, widgetsSettled, type DemoServer} from '../helpers/demo-server.js';

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer('no-js');
});
after(() => demo?.close());

/** What a reader finds in each element: texts, compared as sets (sorted lists, duplicates kept). */
interface Content {
  events: string[];
  partners: string[];
  delegations: string[];
  figures: string[];
}

/** In the page: the text of an element as a reader sees it, without what is hidden from everyone or only for screen readers. */
const TEXT_FN = `(el) => {
  if (!el) return '';
  const skip = (n) => n.closest && n.closest('[aria-hidden="true"], .visually-hidden, .twin-visually-hidden, [hidden]');
  let out = '';
  const walk = (n) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) { if (!skip(c.parentElement)) out += c.textContent; }
      else if (c.nodeType === 1 && !skip(c) && getComputedStyle(c).display !== 'none') walk(c);
    }
  };
  walk(el);
  return out.replace(/\\s+/g, ' ').trim();
}`;

const sorted = (xs: string[]) => [...xs].sort();

/** The static content of the four elements, as shown with JavaScript off. */
async function staticContent(page: Page): Promise<Content> {
  return page.evaluate(`(() => {
    const text = ${TEXT_FN};
    const block = (tag) => document.querySelector(tag + ' > [data-twin-static]');
    const all = (tag, sel) => [...(block(tag)?.querySelectorAll(sel) ?? [])];
    return {
      events: all('twin-event-calendar', '.twin-static-event .twin-static-title').map(text),
      partners: all('twin-partner-map', 'tbody tr[data-city] > th').map(text),
      delegations: all('twin-delegation-list', 'tbody tr[data-id]').map((tr) =>
        [...tr.children].slice(0, 4).map(text).join(' | ') + ' | ' + text(tr.querySelector('.twin-title'))),
      figures: all('twin-report-summary', '.twin-static-figure').map((f) =>
        text(f.querySelector('dt')) + ': ' + text(f.querySelector('.twin-static-value')) + ' ' + text(f.querySelector('.twin-static-note'))),
    };
  })()`);
}

/** The same texts from the live widgets (their shadow DOM), after the calendar's list and the map's table are opened. */
async function liveContent(page: Page): Promise<Content> {
  // CalendarObject.switchView('list'); MapObject.showList().
  await page.locator('twin-event-calendar [data-view="list"]').click();
  await page.locator('twin-partner-map [part="view-toggle"]').click();
  await page.waitForFunction(() => {
    const cal = document.querySelector('twin-event-calendar')?.shadowRoot;
    const map = document.querySelector('twin-partner-map')?.shadowRoot;
    return cal?.querySelector('[role="option"][data-event]') && map?.querySelector('tbody tr th');
  });
  return page.evaluate(`(async () => {
    const text = ${TEXT_FN};
    const root = (tag) => document.querySelector(tag).shadowRoot;
    // The list view draws only the rows near its scroll position: read it from top to bottom.
    const cal = root('twin-event-calendar');
    const scroller = cal.querySelector('.list-scroll');
    const events = new Map();
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let top = 0, guard = 0; guard < 400; guard++) {
      scroller.scrollTop = top;
      await frame();
      for (const row of cal.querySelectorAll('[role="option"][data-event]'))
        events.set(row.getAttribute('aria-posinset'), text(row.querySelector('.what')));
      const total = Number(cal.querySelector('[role="option"]')?.getAttribute('aria-setsize') ?? 0);
      if (events.size >= total || top >= scroller.scrollHeight) break;
      top += Math.max(40, scroller.clientHeight / 2);
    }
    const map = root('twin-partner-map');
    const list = root('twin-delegation-list');
    const report = root('twin-report-summary');
    return {
      events: [...events.values()],
      partners: [...map.querySelectorAll('tbody tr th')].map(text),
      delegations: [...list.querySelectorAll('tr.row[data-id]')].map((tr) =>
        [...tr.children].slice(0, 4).map(text).join(' | ') + ' | ' + text(tr.querySelector('td.what .toggle'))),
      figures: [...report.querySelectorAll('dl.figures .figure')].map((f) =>
        text(f.querySelector('dt')) + ': ' + text(f.querySelector('.value')) + ' ' + text(f.querySelector('.note'))),
    };
  })()`);
}

for (const lang of ['ru', 'en'] as const) {
  test(
    `/demo/ in ${lang}: without JavaScript a reader sees the same events, partners, delegations and figures as the live widgets show`,
    {timeout: 110_000},
    async () => {
      const off = await demo.browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
      const on = await demo.browser.newContext({viewport: {width: 1280, height: 900}});
      // Every difference is listed, not just the first.
      const problems: string[] = [];
      const check = (ok: unknown, what: string) => void (ok || problems.push(what));
      const same = (a: string[], b: string[], what: string) => {
        const missing = sorted(b).filter((x) => !a.includes(x));
        const extra = sorted(a).filter((x) => !b.includes(x));
        if (missing.length || extra.length || a.length !== b.length)
          problems.push(
            `${what}: ${a.length} static, ${b.length} live; not in the static content ${JSON.stringify(missing)}; only in it ${JSON.stringify(extra)}`,
          );
      };
      try {
        const plain = await off.newPage();
        await plain.goto(`${demo.origin}/demo/?lang=${lang}`);
        const still = await staticContent(plain);
        // The static content is what shows: every block is visible and in the page's language.
        for (const tag of ['twin-event-calendar', 'twin-partner-map', 'twin-delegation-list', 'twin-report-summary']) {
          const block = plain.locator(`${tag} > [data-twin-static]`);
          check((await block.count()) === 1, `${tag} holds its pre-rendered content`);
          check(await block.first().isVisible(), `${tag}'s content is shown without JavaScript`);
          check((await block.first().getAttribute('lang')) === lang, `${tag}'s content is in ${lang}`);
        }

        const page = await on.newPage();
        page.setDefaultTimeout(20_000);
        const seen = watch(page);
        await page.goto(`${demo.origin}/demo/?lang=${lang}`);
        await widgetsSettled(page);
        const live = await liveContent(page);
        assert.deepEqual(seen.pageErrors, []);

        // Not just non-empty: the built-in feed's 35 events, its partners, 5 delegations and the report's figures.
        assert.equal(live.events.length, 35, 'the live list shows every event');
        assert.equal(live.delegations.length, 5);
        assert.ok(live.partners.length >= 10, JSON.stringify(live.partners));
        assert.ok(live.figures.length >= 4, JSON.stringify(live.figures));
        same(still.events, live.events, 'event titles');
        same(still.partners, live.partners, 'partner names');
        same(still.delegations, live.delegations, 'delegations');
        same(still.figures, live.figures, 'report figures');

        // Once drawn, the widgets have taken over: the static content is no longer shown.
        for (const tag of ['twin-event-calendar', 'twin-partner-map', 'twin-delegation-list', 'twin-report-summary'])
          check(
            !(await page.locator(`${tag} > [data-twin-static]`).first().isVisible()),
            `${tag}'s static content is hidden`,
          );
        assert.deepEqual(problems, []);
      } finally {
        await off.close();
        await on.close();
      }
    },
  );
}
