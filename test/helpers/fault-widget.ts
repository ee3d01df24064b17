/**
 * For the network-fault tests: any of the four elements as a reader sees it (its state, its error,
 * its notice, its retry button) and as a page sees it (its `twin-load` and `twin-error` events), the
 * fault server's switches, and the kit's own translations of the texts the states show.
 */
import {fixture, html, waitUntil} from '@open-wc/testing';
import {str, type StrResult} from '@lit/localize';
import '../../src/event-calendar/define.js';
import '../../src/partner-map/define.js';
import '../../src/delegation-list/define.js';
import '../../src/report-summary/define.js';
import type {TwinElement} from '../../src/core/twin-element.js';
import type {TwinErrorDetail} from '../../src/core/events.js';
import {templates as ru} from '../../src/generated/locales/ru.js';
import {templates as ja} from '../../src/generated/locales/ja.js';
import {templates as zh} from '../../src/generated/locales/zh-Hans.js';
import {templates as ko} from '../../src/generated/locales/ko.js';

export const TAGS = ['twin-event-calendar', 'twin-partner-map', 'twin-delegation-list', 'twin-report-summary'] as const;
export type Tag = (typeof TAGS)[number];
export const LANGS = ['en', 'ru', 'ja', 'zh-Hans', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** What each element shows once it has data: a part that only its content has. */
const CONTENT: Record<Tag, string> = {
  'twin-event-calendar': '[part~="toolbar"]',
  'twin-partner-map': '[part~="map"]',
  'twin-delegation-list': '[part~="table"]',
  'twin-report-summary': '[part~="figures"]',
};

// ---- the kit's texts -------------------------------------------------------------------------

type Template = string | StrResult;
/** The source (English) texts of the ids below, as src/core/twin-element.ts and feed-states.ts write them. */
const en: Record<string, Template> = {
  'error.title': 'The data could not be loaded.',
  'action.retry': 'Try again',
  'notice.stale': 'The data could not be refreshed; what is shown may be out of date.',
  'error.http404': 'The feed was not found at this address (404).',
  'error.http': str`The server answered with an error (${0}).`,
  'error.timeout': 'The feed did not arrive in time.',
  'error.network': 'The feed could not be reached. Check the address and the connection.',
  'error.parse': 'The feed is damaged: it is not valid JSON.',
  'error.notJson': 'The address returned a web page instead of a feed.',
  'error.empty': 'The feed is empty.',
  'error.tooLarge': 'The feed is too large to show.',
};
const translations: Record<Lang, Record<string, unknown>> = {en, ru, ja, 'zh-Hans': zh, ko};

/** The kit's text `id` in `lang`, its placeholders filled with `values`; throws when it is missing. */
export function text(lang: Lang, id: string, ...values: unknown[]): string {
  const t = translations[lang][id] as Template | undefined;
  if (t === undefined) throw new Error(`no ${lang} text for ${id}`);
  if (typeof t === 'string') return t;
  if (!t.strTag) throw new Error(`${id} is an HTML template, not a text`);
  // A translation's placeholders are indices into the source's values.
  return t.strings.reduce((out, s, i) => out + String(values[Number(t.values[i - 1])]) + s);
}

// ---- the fault server ------------------------------------------------------------------------

let n = 0;
/** A key no other case uses: the server counts per key, and the page-wide feed cache is per URL. */
export const uniqueKey = (label: string) => `nf-${label}-${Date.now().toString(36)}-${n++}`;

/** From now on, the server answers `key` as `fault` says (`ok`: the feed), whatever the path. */
export async function setFault(key: string, fault: string): Promise<void> {
  const r = await fetch(`/__fault/set?key=${encodeURIComponent(key)}&to=${encodeURIComponent(fault)}`);
  if (!r.ok) throw new Error(`could not switch ${key} to ${fault}`);
}

/** How many times the server was asked for `key`. */
export async function hits(key: string): Promise<number> {
  return ((await (await fetch(`/__fault/count?key=${encodeURIComponent(key)}`)).json()) as {count: number}).count;
}

/** The test server's address under its other name (`localhost` ↔ `127.0.0.1`): another origin, same server. */
export function otherOrigin(): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}`;
}

// ---- the element -----------------------------------------------------------------------------

const squash = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const WAIT = {timeout: 20_000, interval: 20};

/** One element on the page, watched from before it connects: no event can be missed. */
export class Widget {
  readonly errors: TwinErrorDetail[] = [];
  loads = 0;
  /** Whether the error state ever showed. */
  sawError = false;
  private constructor(
    readonly el: TwinElement,
    readonly lang: Lang,
  ) {
    el.addEventListener('twin-error', (e) => this.errors.push(e.detail));
    el.addEventListener('twin-load', () => this.loads++);
  }

  /** Mounts `<tag src lang …attrs>` in a container wide enough for every element's full layout. */
  static async mount(tag: Tag, lang: Lang, src: string, attrs: Record<string, string> = {}): Promise<Widget> {
    const el = document.createElement(tag) as TwinElement;
    for (const [name, value] of Object.entries({lang, src, ...attrs})) el.setAttribute(name, value);
    const widget = new Widget(el, lang);
    const wrap = await fixture<HTMLElement>(html`<div style="width: 960px"></div>`);
    wrap.append(el);
    // The first render is a microtask away: watching from here sees every state the element shows.
    new MutationObserver(() => (widget.sawError ||= !!widget.alert)).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
    });
    return widget;
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  get loading(): boolean {
    return !!this.$('[part~="loading"]');
  }
  get alert(): HTMLElement | null {
    return this.$('[part~="error"][role="alert"]');
  }
  get errorTitle(): string {
    return squash(this.alert?.querySelector('.error-title'));
  }
  /** The alert's paragraphs: the title, then per failed feed its explanation and its address. */
  get alertLines(): string[] {
    return [...(this.alert?.querySelectorAll('p') ?? [])].map(squash);
  }
  get retryButton(): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>('[part~="retry-button"]');
  }
  get notice(): string | undefined {
    const notice = this.$('[part~="notice"]');
    return notice ? squash(notice.querySelector('summary')) : undefined;
  }
  /** Whether the element shows its content (the data), not a state. */
  get showsData(): boolean {
    return (
      !!this.$(CONTENT[this.el.localName as Tag]) &&
      !this.$('[part~="state"][part~="error"], [part~="state"][part~="loading"]')
    );
  }

  /** Waits for the error state with its details (a chunk of their own) rendered. */
  async untilError(): Promise<void> {
    await waitUntil(
      () => this.alert && this.alertLines.length > 1,
      `${this.el.localName} shows no detailed error`,
      WAIT,
    );
    await this.el.updateComplete;
  }
  /** Waits until `twin-load` has fired `count` times in all and the content is shown. */
  async untilData(count = 1): Promise<void> {
    await waitUntil(() => this.loads >= count && this.showsData, `${this.el.localName} shows no data`, WAIT);
    await this.el.updateComplete;
  }
  /** Waits until `twin-error` has fired `count` times in all and the element has rendered since. */
  async untilErrors(count: number): Promise<void> {
    await waitUntil(() => this.errors.length >= count, `${this.el.localName} fired no twin-error`, WAIT);
    await this.el.updateComplete;
  }
}
