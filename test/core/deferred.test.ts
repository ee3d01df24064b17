/**
 * A widget far below the fold does no work until it comes near the viewport: no request, no render,
 * only its reserved space and its fallback. Near it (scrolled to, or printed), it loads as any other.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {clearFeedCache} from '../../src/core/load.js';
import '../helpers/test-element.js';
import type {TestTwin} from '../helpers/test-element.js';

let n = 0;
const key = () => `deferred-${Date.now()}-${n++}`;
const count = async (k: string) => ((await (await fetch(`/__fault/count?key=${k}`)).json()) as {count: number}).count;
const frames = (k = 3) =>
  new Promise<void>((r) => {
    const step = (i: number) => (i ? requestAnimationFrame(() => step(i - 1)) : r());
    step(k);
  });

describe('widgets far below the fold', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => window.scrollTo(0, 0));

  it('wait, without a request, until they are scrolled near; then they load', async () => {
    const k = key();
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 6000px"></div>
      <test-twin src=${`/__fault/ok?key=${k}`}><a href="/feed.json">Feed</a></test-twin>
    </div>`);
    const el = page.querySelector('test-twin') as TestTwin;
    await el.updateComplete;
    await frames();
    await new Promise((r) => setTimeout(r, 300));
    expect(await count(k), 'no request yet').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'its reserved space and fallback show').to.exist;
    const loaded = oneEvent(el, 'twin-load');
    el.scrollIntoView();
    await loaded;
    expect(await count(k)).to.equal(1);
    expect(el.shadowRoot!.querySelector('li[data-id]')).to.exist;
  });

  it('load at once when on the first screen or near it', async () => {
    const k = key();
    const el = await fixture<TestTwin>(html`<test-twin src=${`/__fault/ok?key=${k}`}></test-twin>`);
    await oneEvent(el, 'twin-load');
    expect(await count(k)).to.equal(1);
  });

  it('all load when the page is printed', async () => {
    const k = key();
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 9000px"></div>
      <test-twin src=${`/__fault/ok?key=${k}`}></test-twin>
    </div>`);
    const el = page.querySelector('test-twin') as TestTwin;
    await el.updateComplete;
    await frames();
    expect(await count(k)).to.equal(0);
    const loaded = oneEvent(el, 'twin-load');
    window.dispatchEvent(new Event('beforeprint'));
    await loaded;
    expect(el.shadowRoot!.querySelector('li[data-id]')).to.exist;
  });

  it('leave nothing waiting when removed before they came near', async () => {
    const k = key();
    const page = await fixture<HTMLElement>(html`<div><div style="height: 9000px"></div></div>`);
    const el = document.createElement('test-twin') as TestTwin;
    el.src = `/__fault/ok?key=${k}`;
    page.append(el);
    await el.updateComplete;
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((r) => setTimeout(r, 200));
    expect(await count(k), 'a removed widget never fetches').to.equal(0);
  });
});
