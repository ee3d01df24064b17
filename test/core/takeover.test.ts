/**
 * Issue 19, the take-over of pre-rendered content (`twinning-kit render`, a `[data-twin-static]` child):
 * while the feed loads, each element keeps showing that content where it was (no shimmer in between,
 * nothing moved by the host's inset); once drawn, the widget replaces it (the light DOM stays, no longer
 * rendered); when the feed fails, the error shows and the content stays under it.
 *
 * Runs in Chromium (`npm test`) and in Firefox (`npm run test:firefox`).
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setFault, TAGS, uniqueKey, type Tag} from '../helpers/fault-widget.js';
import type {TwinElement} from '../../src/core/twin-element.js';

/** What each element shows once it has data: a part that only its content has. */
const CONTENT: Record<Tag, string> = {
  'twin-event-calendar': '[part~="toolbar"]',
  'twin-partner-map': '[part~="map"]',
  'twin-delegation-list': '[part~="table"]',
  'twin-report-summary': '[part~="figures"]',
};
const WAIT = {timeout: 20_000, interval: 20};

const TEXT = 'Twinning with Niigata since 1965: the content without JavaScript.';
/** `<tag>` with a text and children. */
function make(tag: string, text: string, ...children: Element[]): HTMLElement {
  const e = document.createElement(tag);
  e.append(text, ...children);
  return e;
}

interface Mounted {
  el: TwinElement;
  /** The pre-rendered block and a paragraph of it. */
  block: HTMLElement;
  para: HTMLElement;
  loads: number;
}

/**
 * `<tag lang="en" src>` with hand-written pre-rendered content as `twinning-kit render` writes it, in a
 * container 960 px wide; the element upgrades as it enters the page.
 */
async function mount(tag: Tag, src: string): Promise<Mounted> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 960px"></div>`);
  const name = tag.replace('twin-', '');
  const el = document.createElement(tag) as TwinElement;
  el.setAttribute('lang', 'en');
  el.setAttribute('src', src);
  const block = make('div', '', make('h2', `Pre-rendered ${name}`), make('p', TEXT));
  block.className = `twin-static twin-static-${name}`;
  block.dataset['twinStatic'] = '';
  block.lang = 'en';
  block.lastElementChild!.className = 'para';
  el.append(block);
  const m: Mounted = {el, block: el.firstElementChild as HTMLElement, para: el.querySelector('.para')!, loads: 0};
  el.addEventListener('twin-load', () => m.loads++);
  wrap.append(el);
  await el.updateComplete;
  return m;
}

/**
 * Where the same content is before the script runs: in a plain block (an undefined element with the
 * README's `display: block`), in a container as wide: the paragraph's place and the height it all takes.
 */
async function reference(m: Mounted): Promise<{top: number; left: number; height: number}> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 960px"><div></div></div>`);
  wrap.firstElementChild!.append(m.block.cloneNode(true));
  const para = wrap.querySelector('.para')!;
  return {top: box(para).top - box(wrap).top, left: box(para).left - box(wrap).left, height: box(wrap).height};
}

/**
 * What src/static/static.css must give the pre-rendered block for the take-over not to move it: its own
 * block formatting context (its headings' margins do not collapse through the element, which has a
 * padding once defined) and the element's line height (the host sets it for everything inside).
 */
const STATIC_CSS = '.twin-static { display: flow-root; line-height: 1.45; }';
before(() => {
  const style = document.createElement('style');
  style.textContent = STATIC_CSS;
  document.head.append(style);
});

const box = (e: Element) => e.getBoundingClientRect();
/** Drawn: a box with a size, and visible to the browser's own check. */
const drawn = (e: Element) => box(e).width > 0 && box(e).height > 0 && e.checkVisibility();

for (const tag of TAGS) {
  describe(`${tag} takes over pre-rendered content`, () => {
    it('keeps it where it was while the feed loads, then replaces it with the widget', async () => {
      const key = uniqueKey('takeover');
      await setFault(key, 'slow'); // the feed after 500 ms
      const m = await mount(tag, `/__fault/slow?key=${key}`);
      const root = m.el.shadowRoot!;
      // Loading: the content itself, no shimmer, not inset by the host's padding.
      expect(root.querySelector('[part~="loading"]'), 'loading').to.exist;
      expect(root.querySelector('.state'), 'a shimmer or a state box').to.equal(null);
      expect(drawn(m.para), 'the pre-rendered text is drawn while loading').to.equal(true);
      const host = box(m.el);
      const was = await reference(m);
      expect(box(m.para).top - host.top, 'the text has not moved down').to.be.closeTo(was.top, 0.5);
      expect(box(m.para).left - host.left, 'nor sideways').to.be.closeTo(was.left, 0.5);
      expect(host.height, 'nor grown').to.be.closeTo(was.height, 0.5);
      // Drawn: the widget, and the pre-rendered content no longer rendered (still in the light DOM).
      await waitUntil(() => m.loads > 0 && root.querySelector(CONTENT[tag]), `${tag} shows no data`, WAIT);
      await m.el.updateComplete;
      expect(root.querySelector('[part~="loading"]')).to.equal(null);
      expect(m.block.isConnected && m.block.parentElement).to.equal(m.el);
      expect(drawn(m.para), 'the pre-rendered text is still drawn').to.equal(false);
      expect(box(m.para).height).to.equal(0);
      expect(drawn(root.querySelector(CONTENT[tag])!)).to.equal(true);
    });

    it('keeps it under the error when the feed fails', async () => {
      const key = uniqueKey('takeover-404');
      await setFault(key, '404');
      const m = await mount(tag, `/__fault/404?key=${key}`);
      const root = m.el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~="error"][role="alert"]'), `${tag} shows no error`, WAIT);
      await m.el.updateComplete;
      const alert = root.querySelector('[part~="error"][role="alert"]')!;
      expect(drawn(alert), 'the error').to.equal(true);
      expect(drawn(m.para), 'the pre-rendered text stays').to.equal(true);
      expect(box(m.block).top, 'under the error').to.be.at.least(box(alert).bottom - 0.5);
      expect(box(m.block).bottom).to.be.at.most(box(m.el).bottom + 0.5);
    });
  });
}

describe('an element without pre-rendered content', () => {
  it('still shows the shimmer and its fallback link while loading, and no fallback with the error', async () => {
    const key = uniqueKey('takeover-none');
    await setFault(key, '404');
    const wrap = await fixture<HTMLElement>(html`<div style="width: 960px"></div>`);
    const el = document.createElement('twin-event-calendar') as TwinElement;
    el.setAttribute('src', `/__fault/404?key=${key}`);
    const link = make('a', 'Events (JSON)') as HTMLAnchorElement;
    link.href = '/feed.json';
    el.append(link);
    wrap.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.state.loading')).to.exist;
    expect(drawn(el.querySelector('a')!)).to.equal(true);
    await waitUntil(() => root.querySelector('[part~="error"]'), 'no error', WAIT);
    await el.updateComplete;
    expect(drawn(el.querySelector('a')!), 'the fallback is not shown with the error').to.equal(false);
  });
});
