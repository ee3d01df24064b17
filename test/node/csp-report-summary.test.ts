/**
 * <twin-report-summary> under the strictest Content Security Policy: full, compact, one section, several
 * years (the year menu switched), a chart shown as its table, "Copy figures", print, every state, in
 * headless Chromium and Firefox ESR (test/helpers/csp-harness.ts).
 */
import assert from 'node:assert/strict';
import {cspSuite, stateCases, statesAre, type Case} from '../helpers/csp-harness.js';

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('section [role="status"]')!.textContent!.trim();

const cases: Case[] = [
  {
    covers: ['report/full', 'report/a chart shown as its table, and back'],
    body: `<twin-report-summary id="r" src="/feed.json"></twin-report-summary>`,
    states: ['r:full'],
    async act(c) {
      await c.click('#r', '.as-table');
      assert.equal(
        await c.on('#r', (el) => el.shadowRoot!.querySelector('.as-table')!.getAttribute('aria-pressed')),
        'true',
      );
      assert.equal(
        await c.on('#r', (el) => el.shadowRoot!.querySelector<HTMLElement>('.chart .bars')!.hidden),
        true,
        'the bars give way to the table',
      );
      await c.click('#r', '.as-table');
      await c.click('#r', '.section button.event');
      assert.equal((await c.selects()).length, 1, 'an event of a section chosen');
    },
  },
  {
    covers: ['report/Copy figures (clipboard)'],
    body: `<twin-report-summary id="r" src="/feed.json"></twin-report-summary>`,
    states: ['r:full'],
    alone: true,
    async act(c) {
      await c.page.bringToFront();
      await c.click('#r', '[part="copy-button"]', 400);
      assert.equal(await c.on('#r', status), 'The figures are copied.');
      if (c.browser === 'chromium') {
        const copied = await c.page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /^Joint events in \d{4}: \d+\./m, 'the figures are on the clipboard');
      }
    },
  },
  {
    covers: ['report/compact'],
    body: `<div class="wide"><twin-report-summary id="r" compact src="/feed.json"></twin-report-summary></div>`,
    states: ['r:compact'],
  },
  {
    covers: ['report/one section', 'report/a section the report does not have'],
    body: `<twin-report-summary id="one" section="festival" src="/feed.json"></twin-report-summary><twin-report-summary id="nope" section="no-such-section" src="/feed.json"></twin-report-summary>`,
    states: ['one:section', 'nope:empty'],
  },
  {
    covers: ['report/several years, the year menu switched'],
    body: `<twin-report-summary id="r" src="/years.json"></twin-report-summary>`,
    states: ['r:full'],
    async act(c) {
      for (const year of ['2018', '2017', '2021']) {
        await c.page.select('#r >>> select', year);
        await c.settle(300);
        assert.equal(await c.on('#r', (el) => el.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value), year);
      }
      const bar = await c.on('#r', (el) => el.shadowRoot!.querySelector('svg.bar')?.getAttribute('width'));
      assert.ok(parseFloat(bar ?? '') > 0, 'the report draws its bars');
    },
  },
  {
    covers: ['report/narrowed to a partner'],
    body: `<twin-report-summary id="r" partner="niigata" src="/feed.json"></twin-report-summary>`,
    states: ['r:full'],
  },
  {
    covers: ['report/print', 'map/print', 'delegations/print'],
    body: `<twin-report-summary id="r" src="/feed.json"></twin-report-summary>
<twin-partner-map id="m" src="/feed.json"></twin-partner-map>
<twin-delegation-list id="d" src="/feed.json"></twin-delegation-list>`,
    states: ['r:full', 'm:map', 'd:table'],
    alone: true,
    async act(c) {
      if (c.browser === 'chromium') {
        // Print styles (puppeteer emulates media through CDP only).
        await c.page.emulateMediaType('print');
        await c.settle();
        assert.equal(
          await c.on('#r', (el) => getComputedStyle(el.shadowRoot!.querySelector('.copy')!).display),
          'none',
          'print styles apply',
        );
        await c.page.emulateMediaType('screen');
      }
      // A real print (to PDF): the browser fires beforeprint, lays the page out for print, fires afterprint.
      const pdf = await c.page.pdf({timeout: 60_000});
      assert.ok(pdf.length > 10_000, 'a PDF');
      await c.settle(300);
      await statesAre(c.page, ['r:full', 'm:map', 'd:table']);
    },
  },
  ...stateCases({
    tag: 'twin-report-summary',
    name: 'report',
    id: 'r',
    fallback: 'Report (JSON)',
    emptyFeed: 'a feed with nothing in it',
    notice: {state: 'full+notice'},
  }),
];

cspSuite('CSP: <twin-report-summary>', cases);
