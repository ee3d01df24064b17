/**
 * <twin-delegation-list> under the strictest Content Security Policy: the table and the cards, a row's
 * details, search typed, the filter chips (in the chunk loaded on demand), sort, the CSV download, every
 * state, in headless Chromium and Firefox ESR (test/helpers/csp-harness.ts).
 */
import assert from 'node:assert/strict';
import {cspSuite, stateCases, statesAre, type Case} from '../helpers/csp-harness.js';

const CSV = 'id,start,end';
const rows = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('tr.row').length;

const cases: Case[] = [
  {
    covers: ['delegations/table', 'delegations/sorted'],
    body: `<twin-delegation-list id="d" src="/feed.json"></twin-delegation-list>`,
    states: ['d:table'],
    async act(c) {
      for (const v of ['-date', 'city', 'country', 'date']) {
        await c.page.select('#d >>> select', v);
        await c.settle();
      }
      // One Tab stop: arrows move between the rows.
      await c.click('#d', 'tr.row .toggle');
      for (const key of ['ArrowDown', 'End', 'Home'] as const) await c.page.keyboard.press(key);
      await c.settle();
    },
  },
  {
    covers: ['delegations/cards (narrow container)'],
    body: `<div class="narrow"><twin-delegation-list id="d" src="/feed.json"></twin-delegation-list></div>`,
    states: ['d:cards'],
    async act(c) {
      await c.click('#d', 'tr.row .toggle', 300);
      assert.ok(await c.on('#d', (el) => !!el.shadowRoot!.querySelector('tr.details')), 'a card’s details');
    },
  },
  {
    covers: ['delegations/a row’s details, an event in them'],
    body: `<twin-delegation-list id="d" src="/feed.json"></twin-delegation-list>`,
    states: ['d:table'],
    async act(c) {
      await c.click('#d', 'tr.row[data-id="2021-07-mogilev-delegation"] .toggle', 300);
      assert.ok(
        await c.on('#d', (el) => !!el.shadowRoot!.querySelector('tr.details[data-id="2021-07-mogilev-delegation"]')),
        'details open under the row',
      );
      await c.click('#d', 'tr.details button.event');
      assert.deepEqual(await c.selects(), ['delegation:2021-07-mogilev-delegation', 'event:2021-07-mogilev-city-day']);
      await c.click('#d', 'tr.row[data-id="2021-07-mogilev-delegation"] .toggle');
    },
    chunks: ['parts-'],
  },
  {
    covers: ['delegations/search typed (Latin and Cyrillic), found nothing, cleared'],
    body: `<twin-delegation-list id="d" src="/feed.json"></twin-delegation-list>`,
    states: ['d:table'],
    async act(c) {
      const all = await c.on('#d', rows);
      const input = await c.$('#d', 'input[type="search"]');
      await input.type('Mogilev');
      await c.settle(300);
      assert.equal(await c.on('#d', rows), 1, 'one delegation to Mogilev');
      await input.evaluate((i) => (i as HTMLInputElement).select());
      await input.type('Могилёв');
      await c.settle(300);
      assert.equal(await c.on('#d', rows), 1, 'found in Russian too');
      await input.evaluate((i) => (i as HTMLInputElement).select());
      await input.type('zzzz');
      await c.settle(300);
      await statesAre(c.page, ['d:empty']);
      await c.click('#d', 'button.clear', 300);
      assert.equal(await c.on('#d', rows), all, 'everything again');
    },
  },
  {
    covers: ['delegations/filter chips (the chunk loaded on demand), cleared'],
    body: `<twin-delegation-list id="d" src="/feed.json"></twin-delegation-list>`,
    states: ['d:table'],
    async act(c) {
      await c.click('#d', 'details[part="filters"] summary', 400);
      await c.click('#d', '.chip', 300);
      assert.equal(
        await c.on('#d', (el) => el.shadowRoot!.querySelector('.chip')!.getAttribute('aria-pressed')),
        'true',
      );
      await c.click('#d', '.filters button.clear', 300);
    },
    chunks: ['parts-'],
  },
  {
    covers: ['delegations/2,000 rows (windowed): searched, scrolled, more chips'],
    body: `<twin-delegation-list id="d" src="/partners.json" lang="ru"></twin-delegation-list>`,
    states: ['d:table'],
    async act(c) {
      await c.click('#d', 'details[part="filters"] summary', 400);
      if (await c.on('#d', (el) => !!el.shadowRoot!.querySelector('.filters button.more')))
        await c.click('#d', '.filters button.more');
      const input = await c.$('#d', 'input[type="search"]');
      await input.type('Partner 1');
      await c.settle(400);
      await c.on('#d', (el) => void (el.shadowRoot!.querySelector('.scroll')!.scrollTop = 20000));
      await c.settle(300);
      const spacer = await c.on('#d', (el) => el.shadowRoot!.querySelector<HTMLElement>('tr.spacer td')?.style.height);
      assert.match(spacer ?? '', /^[\d.]+px$/, 'the windowed list sizes its spacers (CSSOM)');
    },
    chunks: ['parts-', 'ru-'],
  },
  {
    covers: ['delegations/CSV download'],
    body: `<twin-delegation-list id="d" src="/feed.json"></twin-delegation-list>`,
    states: ['d:table'],
    async act(c) {
      await c.click('#d', 'button.export', 500);
    },
    downloads: [{name: 'delegations.csv', starts: CSV}],
  },
  ...stateCases({
    tag: 'twin-delegation-list',
    name: 'delegations',
    id: 'd',
    fallback: 'Delegations (JSON)',
    emptyFeed: 'a feed with no delegations',
    notice: {state: 'table+notice'},
  }),
];

cspSuite('CSP: <twin-delegation-list>', cases);
