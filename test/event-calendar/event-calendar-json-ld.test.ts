/**
 * Issue 19: the calendar writes its events' schema.org JSON-LD into its light DOM (never `<head>`), for
 * search engines: one `<script type="application/ld+json" data-twin-ld>` as a direct child, with only the
 * events known to the day, rewritten when `partner` or the language changes, removed when no event has a
 * rich result; the pre-rendered block's own script is removed, so that there is one per element.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/event-calendar/define.js';
import {mountCalendar} from '../helpers/calendar-object.js';

const VLADIVOSTOK = '/demo/feeds/vladivostok-sample.json';
const KHABAROVSK = '/data-schema/feeds/khabarovsk-2021.json';

type Json = Record<string, unknown>;
const scripts = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];
/** The events of the element's one JSON-LD script (it must be a direct child). */
function events(el: Element): Json[] {
  const all = scripts(el);
  expect(all.length, 'one JSON-LD script').to.equal(1);
  expect(all[0]!.parentElement, 'a direct child of the element').to.equal(el);
  return JSON.parse(all[0]!.textContent!) as Json[];
}
const names = (el: Element) => events(el).map((e) => e['name']);

describe('<twin-event-calendar> JSON-LD in its light DOM', () => {
  it('holds only the events known to the day, follows partner and language, and goes when none is left', async () => {
    const cal = await mountCalendar(html`<twin-event-calendar lang="en" src=${VLADIVOSTOK}></twin-event-calendar>`);
    const el = cal.el;
    await waitUntil(() => scripts(el).length, 'no JSON-LD', {timeout: 10_000});
    const all = events(el);
    expect(all.map((e) => e['startDate'])).to.have.members([
      '2019-09-04',
      '2022-05-12T10:00:00+10:00',
      '2023-07-15',
      '2023-10-01',
    ]);
    for (const e of all) {
      expect(e['@type']).to.equal('Event');
      expect(e['url']).to.match(/^http.*#[\w-]+$/);
      expect(e['inLanguage']).to.be.a('string');
    }
    expect(document.head.querySelector('script[type="application/ld+json"]'), 'nothing in <head>').to.equal(null);
    const english = names(el);

    el.partner = 'niigata';
    await waitUntil(() => events(el).length === 1, 'not narrowed to the partner', {timeout: 10_000});
    expect(events(el)[0]!['startDate']).to.equal('2019-09-04');

    el.partner = '';
    el.lang = 'ru';
    await waitUntil(() => events(el).length === 4 && names(el)[0] !== english[0], 'not in Russian', {
      timeout: 10_000,
    });

    // Busan's only event is known by its year: no rich result, no script.
    el.partner = 'busan';
    await el.updateComplete;
    await waitUntil(() => scripts(el).length === 0, 'a script without events', {timeout: 10_000});
  });

  it('writes none for a feed without events known to the day', async () => {
    const cal = await mountCalendar(html`<twin-event-calendar lang="en" src=${KHABAROVSK}></twin-event-calendar>`);
    await cal.el.updateComplete;
    expect(scripts(cal.el)).to.have.length(0);
  });

  it('replaces the pre-rendered block’s script with its own', async () => {
    const el = document.createElement('twin-event-calendar');
    el.setAttribute('lang', 'en');
    const block = document.createElement('div');
    block.dataset['twinStatic'] = '';
    const old = document.createElement('script');
    old.type = 'application/ld+json';
    old.dataset['twinLd'] = '';
    block.append(old);
    el.append(block);
    el.setAttribute('src', VLADIVOSTOK);
    (await fixture<HTMLElement>(html`<div style="width: 1000px"></div>`)).append(el);
    await waitUntil(() => scripts(el).length === 1 && scripts(el)[0] !== old, 'not replaced', {timeout: 10_000});
    expect(events(el)).to.have.length(4);
    expect(old.isConnected).to.equal(false);
  });
});
