/**
 * The kit inside framework apps: demo/react.html (React 19) and demo/vue.html (Vue 3), served by Vite's
 * dev server with the project's vite.config.ts, driven in headless Chromium. What a visitor would notice:
 * the widgets render the feed the app hands them as a property (they fetch nothing), the app's own
 * selects change their language, view and partner, and what the visitor chooses in a widget (a
 * `twin-select` event) and what the widget loaded (`twin-load`) show up in the app's own DOM; with no
 * page error, no console error and no framework warning.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Page} from 'playwright-core';
import {
  startDemoServer,
  watch,
  widgetStates as allWidgetStates,
  widgetsSettled,
  type DemoServer,
} from '../helpers/demo-server.js';

const FEED_PATH = '/data-schema/feeds/khabarovsk-2021.json';
interface RawFeed {
  events: Array<{id: string; cities?: string[]; placeCity?: string}>;
  delegations: Array<{id: string; cities: string[]}>;
}
const feed = JSON.parse(readFileSync(resolve(`.${FEED_PATH}`), 'utf8')) as RawFeed;
/** A partner with several events and delegations, so that narrowing to it is visible in both lists. */
const PARTNER = 'bucheon';
const partnerEvents = feed.events
  .filter((e) => e.cities?.includes(PARTNER) || e.placeCity === PARTNER)
  .map((e) => e.id)
  .sort();
const partnerDelegations = feed.delegations
  .filter((d) => d.cities.includes(PARTNER))
  .map((d) => d.id)
  .sort();
const WIDGETS = ['twin-event-calendar', 'twin-partner-map', 'twin-delegation-list'];

let demo: DemoServer;
let origin = '';

before(async () => {
  demo = await startDemoServer('interop');
  origin = demo.origin;
});

after(() => demo?.close());

/** Each widget's state (demo-server.ts: `widgetStates`), in the order of WIDGETS; `missing` if not on the page. */
async function widgetStates(page: Page): Promise<string[]> {
  const states = await allWidgetStates(page);
  return WIDGETS.map((tag) => states.find((s) => s.tag === tag)?.state ?? 'missing');
}

const calendarTitle = (page: Page) => page.locator('twin-event-calendar [part~="title"]').innerText();
const calendarEventIds = (page: Page) =>
  page.evaluate(() =>
    [
      ...document
        .querySelector('twin-event-calendar')!
        .shadowRoot!.querySelectorAll<HTMLElement>('[role="option"][data-event]'),
    ]
      .map((el) => el.dataset['event']!)
      .sort(),
  );
const delegationRowIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('twin-delegation-list')!.shadowRoot!.querySelectorAll<HTMLElement>('tr.row[data-id]')]
      .map((el) => el.dataset['id']!)
      .sort(),
  );

for (const framework of ['react', 'vue'] as const) {
  const name = framework === 'react' ? 'React 19' : 'Vue 3';

  test(
    `${name} (/demo/${framework}.html) passes the feed, language, view and partner to the elements and hears their events`,
    {timeout: 120_000},
    async (t) => {
      const page = await demo.browser.newPage({viewport: {width: 1200, height: 900}});
      page.setDefaultTimeout(15_000);
      const seen = watch(page);
      // When the widgets never render, the later steps would only time out one after the other.
      let rendered = false;
      const step = (what: string, fn: () => Promise<void>) =>
        t.test(what, {skip: rendered ? false : 'the widgets did not render'}, fn);
      try {
        await page.goto(`${origin}/demo/${framework}.html`);

        await t.test(
          'the widgets render the feed given as the data property, and nothing fetches the feed',
          async () => {
            // (The widgets below the fold draw when scrolled to: widgetsSettled goes to each, as a reader would.)
            await widgetsSettled(page);
            assert.deepEqual(await widgetStates(page), ['ready', 'ready', 'ready']);
            const given = await page.evaluate(
              (tags) =>
                tags.map((tag) => {
                  const el = document.querySelector(tag) as HTMLElement & {data?: {events?: unknown[]}};
                  // (The elements reflect their empty default `src` as `src=""`: no address either way.)
                  return {
                    events: el.data?.events?.length,
                    dataAttribute: el.getAttribute('data'),
                    src: el.getAttribute('src') || null,
                  };
                }),
              WIDGETS,
            );
            for (const g of given)
              assert.deepEqual(
                g,
                {events: feed.events.length, dataAttribute: null, src: null},
                'data is a property, not an attribute',
              );
            assert.equal(await calendarTitle(page), 'July 2021');
            // The elements would load a feed with fetch(): no fetch or XHR at all. The app's own
            // `import feed from '…/khabarovsk-2021.json'` reaches Vite as a JavaScript module (`?import`).
            const fetched = seen.requests.filter((r) => r.type === 'fetch' || r.type === 'xhr').map((r) => r.url.href);
            assert.deepEqual(fetched, [], 'no fetch() or XMLHttpRequest');
            const feedRequests = seen.requests
              .filter((r) => r.url.pathname === FEED_PATH)
              .map((r) => `${r.type} ${r.url.search}`);
            assert.deepEqual(
              feedRequests,
              ['script ?import'],
              'the feed JSON is requested once, as the app’s module import',
            );
            rendered = true;
          },
        );

        await step('the twin-load count shown by the app is the number of events in the feed', async () => {
          await page.waitForFunction(() => /\d/.test(document.querySelector('#event-count')?.textContent ?? ''));
          assert.equal(await page.locator('#event-count').innerText(), String(feed.events.length));
          assert.equal(await page.locator('#delegation-count').innerText(), String(feed.delegations.length));
        });

        await step('the app’s language select changes the widgets’ text (Japanese)', async () => {
          await page.selectOption('#lang', 'ja');
          // Dates (Intl) switch at once, the UI strings once the Japanese strings' chunk has arrived: wait for both.
          await page.waitForFunction(() => {
            const root = document.querySelector('twin-event-calendar')!.shadowRoot!;
            return (
              root.querySelector('[part~="title"]')?.textContent?.trim() === '2021年7月' &&
              /一覧/.test(root.querySelector('[data-view="list"]')?.textContent ?? '')
            );
          });
          assert.equal(await calendarTitle(page), '2021年7月');
          assert.match(await page.locator('twin-event-calendar [data-view="list"]').innerText(), /一覧/);
          await page.waitForFunction(() =>
            /代表団/.test(
              document.querySelector('twin-delegation-list')!.shadowRoot!.querySelector('[part~="summary"]')
                ?.textContent ?? '',
            ),
          );
          await page.waitForFunction(() =>
            /パートナー/.test(
              document.querySelector('twin-partner-map')!.shadowRoot!.querySelector('[part~="summary"]')?.textContent ??
                '',
            ),
          );
          const langs = await page.evaluate(
            (tags) => tags.map((tag) => document.querySelector(tag)!.getAttribute('lang')),
            WIDGETS,
          );
          assert.deepEqual(langs, ['ja', 'ja', 'ja'], 'lang reflected on every element');
          assert.equal(
            await page.evaluate(() => document.documentElement.lang),
            'en',
            'the page itself stays in English',
          );
        });

        await step('the app’s view select switches the calendar to its list of every event', async () => {
          await page.selectOption('#view', 'list');
          await page.waitForFunction(
            () => !!document.querySelector('twin-event-calendar')!.shadowRoot!.querySelector('[role="listbox"]'),
          );
          assert.equal(await page.locator('twin-event-calendar').getAttribute('view'), 'list');
          assert.deepEqual(await calendarEventIds(page), feed.events.map((e) => e.id).sort());
          assert.equal((await delegationRowIds(page)).length, feed.delegations.length);
        });

        await step(
          `choosing the partner (${PARTNER}) in the app narrows the calendar and the delegation list`,
          async () => {
            assert.ok(partnerEvents.length > 0 && partnerEvents.length < feed.events.length);
            await page.selectOption('#partner', PARTNER);
            await page.waitForFunction(
              (n) =>
                document
                  .querySelector('twin-event-calendar')!
                  .shadowRoot!.querySelectorAll('[role="option"][data-event]').length === n,
              partnerEvents.length,
            );
            assert.deepEqual(await calendarEventIds(page), partnerEvents);
            await page.waitForFunction(
              (n) =>
                document.querySelector('twin-delegation-list')!.shadowRoot!.querySelectorAll('tr.row[data-id]')
                  .length === n,
              partnerDelegations.length,
            );
            assert.deepEqual(await delegationRowIds(page), partnerDelegations);
            // The map shows everyone and opens the partner's card, in Japanese.
            await page.waitForFunction(() =>
              document
                .querySelector('twin-partner-map')!
                .shadowRoot!.querySelector('#card-title')
                ?.textContent?.includes('プチョン'),
            );
            const partners = await page.evaluate(
              (tags) => tags.map((tag) => document.querySelector(tag)!.getAttribute('partner')),
              WIDGETS,
            );
            assert.deepEqual(partners, [PARTNER, PARTNER, PARTNER]);
          },
        );

        await step(
          'clicking an event in the calendar makes the app show its id (twin-select reached the app’s handler)',
          async () => {
            const id = partnerEvents[0]!;
            await page.locator(`twin-event-calendar [role="option"][data-event="${id}"]`).click();
            await page.waitForFunction((want) => document.querySelector('#chosen-id')?.textContent === want, id);
            assert.equal(await page.locator('#chosen-kind').innerText(), 'event');
            assert.equal(await page.locator('#chosen-id').innerText(), id);
            await page.locator('twin-event-calendar dialog[open]').waitFor();
            await page.keyboard.press('Escape');
            await page.locator('twin-event-calendar dialog[open]').waitFor({state: 'detached'});
          },
        );

        await step('opening a delegation and a map marker reaches the app too', async () => {
          const delegation = partnerDelegations[0]!;
          await page.locator(`twin-delegation-list tr.row[data-id="${delegation}"] .toggle`).click();
          await page.waitForFunction((want) => document.querySelector('#chosen-id')?.textContent === want, delegation);
          assert.equal(await page.locator('#chosen-kind').innerText(), 'delegation');
          await page.locator('twin-partner-map .marker[data-id="mogilev"]').click();
          await page.waitForFunction(() => document.querySelector('#chosen-id')?.textContent === 'mogilev');
          assert.equal(await page.locator('#chosen-kind').innerText(), 'city');
          assert.match(
            await page.locator('#chosen').innerText(),
            /Mogilev/,
            'the app names the city from the twin-load data',
          );
        });

        await t.test('no page error, no console error, no framework warning', () => {
          assert.deepEqual(seen.pageErrors, []);
          assert.deepEqual(seen.consoleErrors, []);
          assert.deepEqual(
            seen.warnings,
            [],
            'React and Vue warn on the console: none may appear (unknown elements, bad props...)',
          );
        });
      } finally {
        await page.close();
      }
    },
  );
}
