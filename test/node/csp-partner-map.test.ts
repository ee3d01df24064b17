/**
 * <twin-partner-map> under the strictest Content Security Policy: the map and the list, a marker's card,
 * a group marker, the zoom and pan buttons, drag and Ctrl + wheel, the relation filters, every state, in
 * headless Chromium and Firefox ESR (test/helpers/csp-harness.ts).
 */
import assert from 'node:assert/strict';
import {cspSuite, stateCases, statesAre, type Case} from '../helpers/csp-harness.js';

const cases: Case[] = [
  {
    covers: ['map/map', 'map/zoom and pan buttons, drag, Ctrl + wheel'],
    body: `<twin-partner-map id="m" src="/feed.json"></twin-partner-map>`,
    states: ['m:map'],
    async act(c) {
      const before = await c.on('#m', (el) => (el as HTMLElement & {zoom: number}).zoom);
      for (const b of ['zoom-in', 'zoom-in', 'zoom-out', 'pan-up', 'pan-left', 'pan-right', 'pan-down'])
        await c.click('#m', `.controls .${b}`, 300);
      assert.ok((await c.on('#m', (el) => (el as HTMLElement & {zoom: number}).zoom)) > before, 'zoomed in');
      const frame = await (await c.$('#m', '.frame')).boundingBox();
      assert.ok(frame);
      const [x, y] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
      await c.page.mouse.move(x, y);
      await c.page.mouse.down();
      await c.page.mouse.move(x + 120, y + 40, {steps: 5});
      await c.page.mouse.up();
      await c.page.keyboard.down('Control');
      await c.page.mouse.wheel({deltaY: -300});
      await c.page.keyboard.up('Control');
      await c.settle(400);
      await c.click('#m', '.controls .reset', 400);
    },
  },
  {
    covers: ['map/a marker’s card'],
    body: `<twin-partner-map id="m" src="/feed.json"></twin-partner-map>`,
    states: ['m:map'],
    async act(c) {
      await c.click('#m', '.marker[data-id="mogilev"]', 400);
      assert.equal(
        await c.on('#m', (el) => el.shadowRoot!.querySelector('#card-title')?.textContent?.trim()),
        'Mogilev',
      );
      assert.deepEqual(await c.selects(), ['city:mogilev']);
      await c.click('#m', '.card .close');
      assert.equal(await c.on('#m', (el) => el.shadowRoot!.querySelector('.card')), null, 'closed');
    },
  },
  {
    covers: ['map/a group marker (zooms in, then lists its places)'],
    body: `<twin-partner-map id="m" src="/partners.json"></twin-partner-map>`,
    states: ['m:map'],
    async act(c) {
      const before = await c.on('#m', (el) => (el as HTMLElement & {zoom: number}).zoom);
      let listed = false;
      for (let i = 0; i < 8 && !listed; i++) {
        // The middle of a group marker inside the frame (after a zoom, some are outside it).
        const at = await c.on('#m', (el) => {
          const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
          for (const m of el.shadowRoot!.querySelectorAll('.marker.group:not(.with-home)')) {
            const r = m.getBoundingClientRect();
            const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
            if (r.width && x > frame.left + 40 && x < frame.right - 80 && y > frame.top + 20 && y < frame.bottom - 20)
              return [x, y];
          }
          return undefined;
        });
        if (!at) break;
        await c.page.mouse.click(at[0]!, at[1]!);
        await c.settle(500);
        listed = await c.on('#m', (el) => !!el.shadowRoot!.querySelector('.card .group-list'));
      }
      assert.ok((await c.on('#m', (el) => (el as HTMLElement & {zoom: number}).zoom)) > before, 'a group zooms in');
      if (listed) {
        await c.click('#m', '.card .group-list button.city', 300);
        assert.ok(
          await c.on('#m', (el) => !!el.shadowRoot!.querySelector('.card #card-title')),
          'a place of the group opens',
        );
      }
      // Markers are placed by setting their style from script (CSSOM), which the CSP allows.
      const placed = await c.on('#m', (el) => el.shadowRoot!.querySelector<HTMLElement>('.marker')!.style.transform);
      assert.match(placed, /^translate\([-\d.]+px, [-\d.]+px\)/);
    },
  },
  {
    covers: ['map/filters (relation chips)'],
    body: `<twin-partner-map id="m" src="/feed.json"></twin-partner-map>`,
    states: ['m:map'],
    async act(c) {
      const relations = await c.on('#m', (el) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chip[data-relation]')].map((b) => b.dataset['relation']!),
      );
      assert.ok(relations.length > 1, 'several relations to filter by');
      const markers = () => c.on('#m', (el) => el.shadowRoot!.querySelectorAll('.marker').length);
      const all = await markers();
      await c.click('#m', `.chip[data-relation="${relations[0]}"]`, 400);
      assert.ok((await markers()) < all, 'one relation shown');
      await c.click('#m', `.chip[data-relation="${relations[0]}"]`, 400);
      await statesAre(c.page, ['m:map']);
    },
  },
  {
    covers: ['map/filtered to nothing, cleared'],
    body: `<twin-partner-map id="m" relation="other" src="/feed.json"></twin-partner-map>`,
    states: ['m:empty'],
    async act(c) {
      await c.click('#m', 'button.clear', 400);
      await statesAre(c.page, ['m:map']);
    },
  },
  {
    covers: ['map/list', 'map/list sorted'],
    body: `<twin-partner-map id="m" view="list" src="/feed.json"></twin-partner-map>`,
    states: ['m:list'],
    async act(c) {
      await c.click('#m', 'button.sort[data-sort="name"]');
      await c.click('#m', 'button.sort[data-sort="name"]');
      await c.click('#m', 'table button.city', 300);
      assert.ok(await c.on('#m', (el) => !!el.shadowRoot!.querySelector('.card #card-title')), 'a row opens its card');
      await c.click('#m', '.card .close');
    },
  },
  {
    covers: ['map/map ↔ list toggled'],
    body: `<twin-partner-map id="m" src="/feed.json"></twin-partner-map>`,
    states: ['m:map'],
    async act(c) {
      await c.click('#m', '[part="view-toggle"]', 300);
      await statesAre(c.page, ['m:list']);
      await c.click('#m', '[part="view-toggle"]', 300);
      await statesAre(c.page, ['m:map']);
    },
  },
  {
    covers: ['map/a partner preselected (card open)'],
    body: `<twin-partner-map id="m" partner="niigata" src="/feed.json"></twin-partner-map>`,
    states: ['m:map'],
    async act(c) {
      assert.ok(
        await c.on('#m', (el) => !!el.shadowRoot!.querySelector('.card #card-title')),
        'the partner’s card is open',
      );
    },
  },
  {
    covers: ['map/500 partners'],
    body: `<twin-partner-map id="m" src="/partners.json"></twin-partner-map>`,
    states: ['m:map'],
  },
  {
    covers: ['map/narrow container'],
    body: `<div class="narrow"><twin-partner-map id="m" src="/feed.json"></twin-partner-map></div>`,
    states: ['m:map'],
  },
  ...stateCases({
    tag: 'twin-partner-map',
    name: 'map',
    id: 'm',
    fallback: 'Partner cities (JSON)',
    emptyFeed: 'a feed with no partners',
    notice: {state: 'map+notice'},
  }),
];

cspSuite('CSP: <twin-partner-map>', cases);
