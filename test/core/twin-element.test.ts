import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {clearFeedCache} from '../../src/core/load.js';
import {defineElement} from '../../src/core/define.js';
import {TestTwin, settled} from '../helpers/test-element.js';
import type {TwinErrorEvent, TwinLoadEvent} from '../../src/core/events.js';

let n = 0;
const key = () => `el${Date.now()}-${n++}`;
const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
/** Connects an element made by `make` only after `listen` has attached its listeners: no event can be missed. */
async function mount(make: () => TestTwin, events: string[]): Promise<{el: TestTwin; seen: Map<string, Event>}> {
  const el = make();
  const seen = new Map<string, Event>();
  for (const type of events) el.addEventListener(type, (e) => seen.set(type, e));
  const host = await fixture(html`<div></div>`);
  host.append(el);
  await settled(el);
  return {el, seen};
}
const twin = (attrs: Record<string, string>) => {
  const el = document.createElement('test-twin');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};
const smallFeed = async () => (await (await fetch('/test/fixtures/small-feed.json')).json()) as Record<string, unknown>;

describe('shared element behaviour', () => {
  beforeEach(() => clearFeedCache());

  it("adds no empty lang, src or partner attribute of its own: it stays in its page's language", async () => {
    const host = await fixture(html`<div lang="ja"></div>`);
    const el = document.createElement('test-twin') as TestTwin;
    el.data = await smallFeed();
    host.append(el);
    await settled(el);
    for (const name of ['lang', 'src', 'partner']) expect(el.hasAttribute(name), name).to.equal(false);
    expect(el.matches(':lang(ja)'), 'an empty lang would make it "unknown language"').to.equal(true);
    el.lang = 'ko';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('ko');
    el.lang = '';
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('draws its own background as a card: its text keeps clear of its edge, in a dark theme on a light page', async () => {
    const host = await fixture(html`<div style="background: #fff; width: 400px"></div>`);
    const el = document.createElement('test-twin') as TestTwin;
    el.setAttribute('theme', 'dark');
    el.data = await smallFeed();
    host.append(el);
    await settled(el);
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    expect(style.backgroundColor, 'its own dark background').to.not.equal('rgb(255, 255, 255)');
    expect(parseFloat(style.borderTopLeftRadius), 'rounded corners').to.be.greaterThan(0);
    const range = document.createRange();
    range.selectNodeContents(shadow(el).querySelector('li')!);
    const text = range.getBoundingClientRect();
    expect(text.left - box.left, 'room at the start').to.be.at.least(8);
    expect(text.top - box.top, 'room above').to.be.at.least(8);
  });

  it('shows its light-DOM fallback while loading, in reserved space, then the data', async () => {
    const el = await fixture<TestTwin>(
      html`<test-twin src="/__fault/slow?key=${key()}"><a href="/feed.json">Feed</a></test-twin>`,
    );
    const loading = shadow(el).querySelector('.loading') as HTMLElement;
    expect(loading).to.exist;
    expect(loading.querySelector('slot')).to.exist;
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const loaded = oneEvent(el, 'twin-load');
    await expect(el).to.be.accessible();
    await loaded;
    expect(items(el)).to.deep.equal(['konan', 'mayors', 'esports']);
    expect(shadow(el).querySelector('slot')).to.equal(null);
  });

  it('fires a composed twin-load with the merged data and its problems', async () => {
    const feed = await smallFeed();
    (feed['events'] as unknown[]).push({id: 'bad', title: 'x', start: 'soon', format: 'online'});
    const host = await fixture(html`<div></div>`);
    const loaded = oneEvent(host, 'twin-load') as Promise<TwinLoadEvent>;
    const el = document.createElement('test-twin');
    el.data = feed;
    host.attachShadow({mode: 'open'}).append(el);
    const ev = await loaded;
    expect(ev.composed && ev.bubbles).to.equal(true);
    expect(ev.detail.data.events.map((e) => e.id)).to.deep.equal(['konan', 'mayors', 'esports']);
    expect(ev.detail.problems.map((p) => p.message)).to.have.length(1);
  });

  it('shows how many items were skipped, and where, in a notice', async () => {
    const feed = await smallFeed();
    (feed['events'] as unknown[]).push({id: 'bad', title: 'x', start: 'soon', format: 'online'}, {id: 'bad2'});
    const el = await fixture<TestTwin>(html`<test-twin lang="en" .data=${feed}></test-twin>`);
    await settled(el);
    const notice = shadow(el).querySelector('[part="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.contain('2 items were skipped because they are invalid.');
    expect(notice.textContent).to.contain('$.events[3].start');
    expect(items(el)).to.deep.equal(['konan', 'mayors', 'esports']);
    await expect(el).to.be.accessible();
  });

  it('localizes the notice with the right plural form', async () => {
    const feed = await smallFeed();
    const bad = (i: number) => ({id: `bad${i}`, title: 'x', start: 'soon', format: 'online'});
    (feed['events'] as unknown[]).push(bad(1), bad(2));
    const el = await fixture<TestTwin>(html`<test-twin lang="ru" .data=${feed}></test-twin>`);
    await settled(el);
    expect(shadow(el).querySelector('summary')!.textContent).to.contain('Пропущены 2 некорректных элемента.');
    (feed['events'] as unknown[]).push(bad(3), bad(4), bad(5));
    const reloaded = oneEvent(el, 'twin-load');
    el.data = {...feed};
    await reloaded;
    expect(shadow(el).querySelector('summary')!.textContent).to.contain('Пропущено 5 некорректных элементов.');
  });

  it('shows a localized error with the failing address and a retry that works', async () => {
    const k = key();
    const {el, seen} = await mount(() => twin({lang: 'ja', src: `/__fault/fail-once?key=${k}`}), ['twin-error']);
    const err = seen.get('twin-error') as TwinErrorEvent;
    expect(err.detail).to.include({kind: 'http', status: 500, source: `/__fault/fail-once?key=${k}`});
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('サーバー');
    expect(alert.textContent).to.contain(`/__fault/fail-once?key=${k}`);
    await expect(el).to.be.accessible();
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(retry.textContent!.trim()).to.not.equal('Try again');
    const loaded = oneEvent(el, 'twin-load');
    retry.click();
    await loaded;
    expect(items(el)).to.have.length(3);
  });

  for (const [fault, english] of [
    ['404', 'not found'],
    ['truncated', 'not valid JSON'],
    ['html', 'web page'],
    ['empty', 'empty'],
  ] as const) {
    it(`explains a ${fault} answer`, async () => {
      const {el, seen} = await mount(() => twin({lang: 'en', src: `/__fault/${fault}?key=${key()}`}), ['twin-error']);
      expect(seen.has('twin-error')).to.equal(true);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(english);
    });
  }

  it("times out a hung feed with the element's timeout instead of spinning forever", async () => {
    const {el, seen} = await mount(
      () => twin({lang: 'en', timeout: '300', src: `/__fault/hang?key=${key()}`}),
      ['twin-error'],
    );
    expect((seen.get('twin-error') as TwinErrorEvent).detail.kind).to.equal('timeout');
    expect(shadow(el).querySelector('.loading')).to.equal(null);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('did not arrive in time');
  });

  it('reads an inline JSON child', async () => {
    const feed = JSON.stringify(await smallFeed());
    const el = document.createElement('test-twin');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feed;
    el.append(script);
    const loaded = oneEvent(el, 'twin-load');
    document.body.append(el);
    await loaded;
    expect(items(el)).to.have.length(3);
    el.remove();
  });

  it('merges several feeds from src, in order, fetching each once', async () => {
    const other = await smallFeed();
    other['events'] = [
      {id: 'niigata-only', title: 'Niigata', start: '2021-09', format: 'offline', cities: ['niigata']},
    ];
    const k = key();
    const {el} = await mount(() => twin({src: `/__fault/ok?key=${k} /__fault/ok?key=${k}`}), []);
    expect(items(el)).to.deep.equal(['konan', 'mayors', 'esports']);
    const count = await (await fetch(`/__fault/count?key=${k}`)).json();
    expect(count).to.deep.equal({count: 1});
    const two = await fixture<TestTwin>(html`<test-twin .data=${[await smallFeed(), other]}></test-twin>`);
    await settled(two);
    expect(items(two)).to.deep.equal(['konan', 'mayors', 'esports', 'niigata-only']);
  });

  it('shows only what involves the partner, and updates when the partner changes', async () => {
    const el = await fixture<TestTwin>(html`<test-twin partner="niigata" .data=${await smallFeed()}></test-twin>`);
    await settled(el);
    expect(items(el)).to.deep.equal(['konan']);
    el.partner = 'harbin';
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['mayors', 'esports']);
    el.partner = 'nowhere';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="empty"]')).to.exist;
  });

  it("speaks the closest ancestor's language, its own when set, and follows changes", async () => {
    const wrapper = await fixture(html`<div lang="ja"><test-twin src="/__fault/404?key=${key()}"></test-twin></div>`);
    const el = wrapper.querySelector('test-twin')!;
    await settled(el);
    const text = () => shadow(el).querySelector('[role="alert"] .error-title')!.textContent!;
    expect(text()).to.contain('データ');
    wrapper.setAttribute('lang', 'ko');
    await waitUntil(() => /[가-힣]/.test(text()), 'the widget did not switch to Korean');
    el.lang = 'ru';
    await waitUntil(() => /[а-я]/.test(text()), 'the widget did not switch to Russian');
    wrapper.setAttribute('lang', 'ja');
    await new Promise((r) => setTimeout(r, 100));
    expect(text(), "its own lang wins over the ancestor's").to.match(/[а-я]/);
  });

  it('renders two languages side by side on one page', async () => {
    const wrap = await fixture(html`<div>
      <test-twin lang="zh-Hans" src="/__fault/404?key=${key()}"></test-twin>
      <test-twin lang="en" src="/__fault/404?key=${key()}"></test-twin>
    </div>`);
    const [zh, en] = [...wrap.querySelectorAll('test-twin')];
    await settled(zh!);
    await settled(en!);
    expect(shadow(zh!).querySelector('.error-title')!.textContent).to.match(/[\u4e00-\u9fff]/);
    expect(shadow(en!).querySelector('.error-title')!.textContent).to.equal('The data could not be loaded.');
  });

  it('gives each text the language it is written in', async () => {
    const el = await fixture<TestTwin>(html`<test-twin lang="ja" .data=${await smallFeed()}></test-twin>`);
    await settled(el);
    const langs = [...shadow(el).querySelectorAll('li')].map((li) => li.getAttribute('lang'));
    // Japanese where the feed has it; else English before the feed's own Russian; else Russian.
    expect(langs).to.deep.equal(['ja', 'en', 'ru']);
  });

  it('says so when it has no feed at all', async () => {
    const el = await fixture<TestTwin>(html`<test-twin lang="en"></test-twin>`);
    expect(shadow(el).querySelector('[part~="empty"]')!.textContent).to.contain('No feed is set.');
    await expect(el).to.be.accessible();
  });

  it('follows the theme attribute with its colour scheme', async () => {
    const el = await fixture<TestTwin>(html`<test-twin theme="dark" .data=${await smallFeed()}></test-twin>`);
    await settled(el);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const dark = getComputedStyle(el).backgroundColor;
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(el).backgroundColor).to.not.equal(dark);
  });

  it('registers twice without throwing (two copies of the kit on one page)', () => {
    class Copy extends TestTwin {}
    expect(() => defineElement('test-twin', Copy)).to.not.throw();
    expect(customElements.get('test-twin')).to.equal(TestTwin);
  });

  it('aborts its feed request when removed while loading', async () => {
    const el = await fixture<TestTwin>(html`<test-twin src="/__fault/hang?key=${key()}"></test-twin>`);
    let errors = 0;
    el.addEventListener('twin-error', () => errors++);
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).to.equal(0);
  });

  it('fetches nothing when removed in the task that added it, and loads once it is back', async () => {
    const k = key();
    const host = await fixture(html`<div></div>`);
    const el = twin({src: `/__fault/ok?key=${k}`}) as TestTwin;
    const asked: string[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => (asked.push(String(input)), pageFetch(input, init));
    try {
      host.append(el);
      el.remove();
      // Lit renders it once all the same, out of the page: that render must not start a request no one waits for.
      await el.updateComplete;
      expect(asked.filter((url) => url.includes(k))).to.deep.equal([]);
    } finally {
      window.fetch = pageFetch;
    }
    const loaded = oneEvent(el, 'twin-load');
    host.append(el);
    await loaded;
    expect(items(el)).to.deep.equal(['konan', 'mayors', 'esports']);
    expect(await (await fetch(`/__fault/count?key=${k}`)).json()).to.deep.equal({count: 1});
  });
});
