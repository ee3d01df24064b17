/**
 * The sanitizer-proof form (src/mount.ts), as the CDN file runs it: a plain `div` with a class and
 * `data-*` attributes, which HTML filters keep, becomes the element; and which of the kit's forms a generic
 * sanitizer (DOMPurify, default configuration) keeps.
 */
import {expect} from '@open-wc/testing';
import DOMPurify from 'dompurify';
import '../../src/twinning-kit.js';
import {frame, pause, settle} from '../helpers/element-object.js';

/** A node's text as a reader gets it (the element's shadow root included). */
const squash = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

const FEED = '/data-schema/feeds/khabarovsk-2021.json';
const MARK = '__twinMountPwned';

let box: HTMLDivElement;
beforeEach(() => {
  box = document.createElement('div');
  box.style.width = '900px';
  document.body.append(box);
  delete (window as unknown as Record<string, unknown>)[MARK];
});
afterEach(() => box.remove());

/** Puts HTML on the page the way a CMS prints a post, then lets the mount's observer run. */
async function paste(markup: string): Promise<void> {
  box.replaceChildren(document.createRange().createContextualFragment(markup));
  await frame();
}

const child = (selector: string) => box.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>(selector);

describe('the div form', () => {
  it('mounts the named element inside the div, with its settings and the div’s fallback', async () => {
    await paste(
      `<div class="twinning-kit" data-element="event-calendar" data-src="${FEED}" data-lang="ru" data-view="list" data-heading-level="3"><a href="${FEED}">События (данные)</a></div>`,
    );
    const el = child('div.twinning-kit > twin-event-calendar')!;
    expect(el, 'the element inside the div').to.exist;
    expect(el.getAttribute('src')).to.equal(FEED);
    expect(el.getAttribute('lang')).to.equal('ru');
    expect(el.getAttribute('view')).to.equal('list');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.querySelector(':scope > a')?.textContent, 'the fallback link is the element’s child').to.equal(
      'События (данные)',
    );
    await settle(el);
    // The built-in feed's events, in Russian.
    expect(squash(el.shadowRoot!.querySelector('.list, [role="list"], ul') ?? el.shadowRoot!)).to.match(
      /Хабаровск|Ниигата|фестивал/i,
    );
  });

  it('mounts a div added later, and takes the element name with or without twin-', async () => {
    await paste('<p>Post text</p>');
    const div = document.createElement('div');
    div.className = 'twinning-kit';
    div.dataset['element'] = 'twin-report-summary';
    div.dataset['src'] = FEED;
    div.dataset['compact'] = '';
    box.append(div);
    await frame();
    const el = child('twin-report-summary')!;
    expect(el).to.exist;
    expect(el.hasAttribute('compact')).to.equal(true);
    await settle(el);
    expect(squash(el.shadowRoot!)).to.match(/2021/);
  });

  it('mounts each of the four elements once, however often the page touches it', async () => {
    await paste(
      ['event-calendar', 'partner-map', 'delegation-list', 'report-summary']
        .map((n) => `<div class="twinning-kit" data-element="${n}" data-src="${FEED}"></div>`)
        .join(''),
    );
    const divs = [...box.querySelectorAll('div.twinning-kit')];
    divs.forEach((d) => d.append(document.createElement('span')));
    await frame();
    for (const d of divs)
      expect(
        d.querySelectorAll('twin-event-calendar, twin-partner-map, twin-delegation-list, twin-report-summary'),
      ).to.have.length(1);
  });

  it('carries only the attributes the element knows: never an event handler', async () => {
    await paste(
      `<div class="twinning-kit" data-element="delegation-list" data-src="${FEED}" data-onclick="window.${MARK}=1" data-onmouseover="window.${MARK}=1" data-style="display:none" data-q="Niigata"></div>`,
    );
    const el = child('twin-delegation-list')!;
    expect(el.getAttribute('q')).to.equal('Niigata');
    for (const a of ['onclick', 'onmouseover', 'style']) expect(el.hasAttribute(a), a).to.equal(false);
    el.click();
    el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
    expect((window as unknown as Record<string, unknown>)[MARK]).to.equal(undefined);
  });

  it('says in the page’s language when the widget name is unknown, and keeps the fallback', async () => {
    for (const [lang, words] of [
      ['ru', 'Неизвестный виджет'],
      ['ja', '不明なウィジェット'],
      ['en', 'Unknown widget'],
    ] as const) {
      await paste(
        `<div lang="${lang}"><div class="twinning-kit" data-element="<img src=x onerror=window.${MARK}=1>" data-src="${FEED}"><a href="${FEED}">feed</a></div></div>`,
      );
      const note = box.querySelector('[role="note"]');
      expect(note?.textContent, lang).to.contain(words);
      expect(note?.textContent).to.contain('event-calendar, partner-map, delegation-list, report-summary');
      expect(box.querySelector('img'), 'the name is text, never markup').to.equal(null);
      expect(box.querySelector('a')?.textContent).to.equal('feed');
    }
    await pause(50);
    expect((window as unknown as Record<string, unknown>)[MARK]).to.equal(undefined);
  });

  it('refuses a javascript: or data: feed address with a clear message, and runs nothing', async () => {
    await paste(
      `<div class="twinning-kit" data-element="event-calendar" data-lang="ru" data-src="javascript:window.${MARK}=1"></div>` +
        `<div class="twinning-kit" data-element="report-summary" data-lang="ja" data-src="file:///etc/passwd"></div>`,
    );
    const cal = child('twin-event-calendar')!;
    const rep = child('twin-report-summary')!;
    await settle(cal, 15_000);
    await settle(rep, 15_000);
    expect(squash(cal.shadowRoot!)).to.contain('должен начинаться с https:// или http://');
    expect(squash(rep.shadowRoot!)).to.contain('https:// または http://');
    expect((window as unknown as Record<string, unknown>)[MARK]).to.equal(undefined);
  });
});

describe('a generic sanitizer (DOMPurify, default configuration)', () => {
  const forms = {
    element: `<script type="module" src="/kit.js"></script><twin-event-calendar src="${FEED}"><a href="${FEED}">Events</a></twin-event-calendar>`,
    div: `<div class="twinning-kit" data-element="event-calendar" data-src="${FEED}" data-lang="en"><a href="${FEED}">Events</a></div>`,
    iframe: `<iframe src="/embed.html?element=event-calendar&amp;src=${FEED}" title="Events" loading="lazy"></iframe>`,
  };

  it('keeps the div form, which then renders the widget with the feed’s data', async () => {
    await paste(DOMPurify.sanitize(forms.div));
    const el = child('twin-event-calendar')!;
    expect(el, 'mounted from the sanitized div').to.exist;
    await settle(el);
    expect(squash(el.shadowRoot!)).to.match(/Niigata|Khabarovsk|festival/i);
  });

  it('strips the custom element, the script and the iframe (their fallback text stays)', async () => {
    const element = DOMPurify.sanitize(forms.element);
    expect(element).not.to.contain('twin-event-calendar');
    expect(element).not.to.contain('<script');
    expect(element).to.contain('Events');
    expect(DOMPurify.sanitize(forms.iframe)).not.to.contain('<iframe');
  });
});
