/**
 * <twin-event-calendar> under the strictest Content Security Policy (`default-src 'self'`, no
 * 'unsafe-inline', no 'unsafe-eval', Trusted Types required): every view and state, and what a visitor
 * does that renders more (the details dialog, a day's list, the filters, the .ics download), in headless
 * Chromium and Firefox ESR. Any `securitypolicyviolation`, page error, console error or request to another
 * origin fails the case (test/helpers/csp-harness.ts).
 */
import assert from 'node:assert/strict';
import {cspSuite, stateCases, statesAre, type Case} from '../helpers/csp-harness.js';

const ICS = 'BEGIN:VCALENDAR';

const cases: Case[] = [
  {
    covers: ['calendar/month', 'calendar/month: navigation and keyboard'],
    body: `<twin-event-calendar id="c" src="/feed.json" date="2021-07"></twin-event-calendar>`,
    states: ['c:month'],
    async act(c) {
      await c.click('#c', 'button.next');
      await c.click('#c', 'button.prev');
      // The grid is one Tab stop: arrows and Page Down move the focused day.
      await c.click('#c', 'td[tabindex="0"]');
      for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Home'] as const) await c.page.keyboard.press(key);
      await c.settle();
      const title = await c.on('#c', (el) => el.shadowRoot!.querySelector('#title')!.textContent!.trim());
      assert.equal(title, 'August 2021', 'Page Down moved to the next month');
      await c.click('#c', 'button.today');
    },
  },
  {
    covers: ['calendar/month: details dialog'],
    body: `<twin-event-calendar id="c" src="/feed.json" date="2021-07"></twin-event-calendar>`,
    states: ['c:month'],
    async act(c) {
      await c.click('#c', 'details[data-band="month"] button[data-event]');
      assert.equal(await c.on('#c', (el) => el.shadowRoot!.querySelector('dialog')!.open), true, 'the dialog is open');
      assert.equal((await c.selects()).length, 1, 'twin-select fired');
      await c.page.keyboard.press('Escape');
      await c.settle();
      assert.equal(await c.on('#c', (el) => el.shadowRoot!.querySelector('dialog')!.open), false, 'Escape closes it');
    },
  },
  {
    covers: ['calendar/month: a day’s list, an event from it, back'],
    body: `<twin-event-calendar id="c" src="/big.json" date="2021-07" max-events="1"></twin-event-calendar>`,
    states: ['c:month'],
    async act(c) {
      await c.click('#c', 'td.has-events:not(.outside)');
      assert.ok(
        await c.on('#c', (el) => !!el.shadowRoot!.querySelector('dialog[open] .day-list')),
        'the day’s events are listed',
      );
      await c.click('#c', 'dialog .day-list button[data-event]');
      assert.ok(await c.on('#c', (el) => !!el.shadowRoot!.querySelector('dialog[open] dl')), 'an event’s details');
      await c.click('#c', 'dialog .close');
      assert.ok(await c.on('#c', (el) => !!el.shadowRoot!.querySelector('dialog[open] .day-list')), 'back to the day');
      await c.page.keyboard.press('Escape');
    },
  },
  {
    covers: ['calendar/filters opened, a chip toggled, cleared'],
    body: `<twin-event-calendar id="c" src="/feed.json" date="2021-07"></twin-event-calendar>`,
    states: ['c:month'],
    async act(c) {
      await c.click('#c', 'details[part="filters"] summary');
      await c.click('#c', 'button[data-group="formats"]');
      assert.equal(
        await c.on('#c', (el) =>
          el.shadowRoot!.querySelector('button[data-group="formats"]')!.getAttribute('aria-pressed'),
        ),
        'true',
      );
      await c.click('#c', 'button[data-group="categories"]');
      await c.click('#c', 'button.clear');
      assert.equal(
        await c.on('#c', (el) => el.shadowRoot!.querySelectorAll('button[aria-pressed="true"].chip').length),
        0,
        'cleared',
      );
    },
  },
  {
    covers: ['calendar/filtered to nothing'],
    body: `<twin-event-calendar id="c" src="/feed.json" date="2021-07" format="hybrid" category="no-such-category"></twin-event-calendar>`,
    states: ['c:empty'],
  },
  {
    covers: ['calendar/.ics download (all, then one event)'],
    body: `<twin-event-calendar id="c" src="/feed.json" date="2021-07"></twin-event-calendar>`,
    states: ['c:month'],
    async act(c) {
      // The feed has events known only by month or year: the download asks whether to take them.
      await c.click('#c', 'button.export');
      await c.click('#c', '.export-choice button[data-ics="all"]', 500);
      const id = await c.on(
        '#c',
        (el) =>
          el.shadowRoot!.querySelector<HTMLElement>('details[data-band="month"] button[data-event]')!.dataset['event']!,
      );
      await c.click('#c', 'details[data-band="month"] button[data-event]');
      await c.click('#c', 'dialog .actions button', 500);
      c.expectDownload(`${id}.ics`, ICS);
    },
    downloads: [{name: 'events.ics', starts: ICS}],
    chunks: ['ics-'],
  },
  {
    covers: ['calendar/list'],
    body: `<twin-event-calendar id="c" view="list" src="/feed.json"></twin-event-calendar>`,
    states: ['c:list'],
    async act(c) {
      await c.click('#c', '[role="option"][tabindex="0"]');
      await c.page.keyboard.press('Escape');
      for (const key of ['ArrowDown', 'End', 'Home'] as const) await c.page.keyboard.press(key);
      await c.settle();
    },
  },
  {
    covers: ['calendar/list of 2,000 (windowed), scrolled'],
    body: `<twin-event-calendar id="c" view="list" src="/big.json"></twin-event-calendar>`,
    states: ['c:list'],
    async act(c) {
      await c.on('#c', (el) => void (el.shadowRoot!.querySelector('.list-scroll')!.scrollTop = 20000));
      await c.settle(300);
      const spacer = await c.on('#c', (el) => el.shadowRoot!.querySelector<HTMLElement>('.spacer')!.style.height);
      assert.match(spacer, /^\d+(\.\d+)?px$/, 'the windowed list sizes its spacers (CSSOM, no style attribute)');
    },
  },
  {
    covers: ['calendar/list (narrow container, no view set)'],
    body: `<div class="narrow"><twin-event-calendar id="c" src="/feed.json"></twin-event-calendar></div>`,
    states: ['c:list'],
  },
  {
    covers: ['calendar/year', 'calendar/year → a month'],
    body: `<twin-event-calendar id="c" view="year" date="2021" src="/feed.json"></twin-event-calendar>`,
    states: ['c:year'],
    async act(c) {
      await c.click('#c', 'button.next');
      await c.click('#c', 'button.prev');
      await c.click('#c', '.month-button');
      await statesAre(c.page, ['c:month']);
    },
  },
  {
    covers: ['calendar/JSON-LD of the events known to the day, rewritten for a partner and a language'],
    body: `<twin-event-calendar id="c" view="list" src="/vladivostok.json"></twin-event-calendar>`,
    states: ['c:list'],
    async act(c) {
      const ld = () =>
        c.on('#c', (el) => {
          const s = el.querySelectorAll(':scope > script[type="application/ld+json"][data-twin-ld]');
          return s.length === 1 ? (JSON.parse(s[0]!.textContent!) as Array<{startDate: string}>).length : -s.length;
        });
      await c.settle(300);
      assert.equal(await ld(), 4, 'one script with the four events known to the day');
      await c.on('#c', (el) => el.setAttribute('partner', 'niigata'));
      await c.settle(300);
      assert.equal(await ld(), 1, 'rewritten for the partner');
      await c.on('#c', (el) => {
        el.removeAttribute('partner');
        el.setAttribute('lang', 'ja');
      });
      await c.settle(300);
      assert.equal(await ld(), 4, 'rewritten in another language');
    },
  },
  {
    covers: ['calendar/two feeds merged'],
    body: `<twin-event-calendar id="c" view="list" src="/feed.json /portland.json" partner="portland"></twin-event-calendar>`,
    states: ['c:list'],
    chunks: ['merge-several-'],
  },
  ...stateCases({
    tag: 'twin-event-calendar',
    name: 'calendar',
    id: 'c',
    fallback: 'Events (JSON)',
    fallbackShows: true,
    emptyFeed: 'a feed with no events',
    errorChunks: ['feed-states-'],
    notice: {
      attrs: 'view="list"',
      state: 'list+notice',
      async check(c) {
        assert.ok(
          await c.on('#c', (el) =>
            el.shadowRoot!.querySelector('[part="problems"]')!.textContent!.includes('events[35]'),
          ),
        );
      },
    },
  }),
];

cspSuite('CSP: <twin-event-calendar>', cases);
