/**
 * Renders a feed in one element and view, drives what a visitor would open (details, cards, tables),
 * and reports what must never happen: a payload that ran, unsafe markup or links in any shadow root, an
 * uncaught error, a widget stuck loading or that never settles.
 */
import '../../src/twinning-kit.js';
import {clearFeedCache} from '../../src/core/load.js';
import type {TwinElement} from '../../src/core/twin-element.js';
import {armTripwire, catchingUncaught, inspect, type Finding} from './hostile.js';

export interface View {
  name: string;
  tag: 'twin-event-calendar' | 'twin-partner-map' | 'twin-delegation-list' | 'twin-report-summary';
  attrs?: Record<string, string>;
  /** Container width in px (the delegation list turns into cards below about 600). */
  width?: number;
  /** What a visitor opens after the first render. */
  open?: (root: ShadowRoot) => Promise<void> | void;
}

const click = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)?.click();

export const VIEWS: View[] = [
  {
    name: 'calendar month',
    tag: 'twin-event-calendar',
    attrs: {view: 'month', date: '2021-07'},
    open: (r) => click(r, 'button[data-event]'),
  },
  {
    name: 'calendar list',
    tag: 'twin-event-calendar',
    attrs: {view: 'list'},
    open: (r) => click(r, '[role="option"][data-event]'),
  },
  {
    name: 'calendar year',
    tag: 'twin-event-calendar',
    attrs: {view: 'year', date: '2021'},
    open: (r) => click(r, '[data-event]'),
  },
  {name: 'map', tag: 'twin-partner-map', open: (r) => click(r, '.marker[data-id]:not(.home)')},
  {name: 'map list', tag: 'twin-partner-map', attrs: {view: 'list'}},
  {name: 'delegations table', tag: 'twin-delegation-list', open: (r) => click(r, 'tr.row .toggle')},
  {name: 'delegation cards', tag: 'twin-delegation-list', width: 360, open: (r) => click(r, '.toggle')},
  {
    name: 'report',
    tag: 'twin-report-summary',
    open: (r) => r.querySelectorAll<HTMLElement>('button[aria-pressed]').forEach((b) => b.click()),
  },
  {name: 'report compact', tag: 'twin-report-summary', attrs: {compact: ''}},
];

const LANGS = ['ru', 'en', 'zh-Hans', 'ja', 'ko'];
/** Far more than any render takes: a widget that has not settled by then is hung. */
const SETTLE_MS = 15_000;

export interface Outcome {
  findings: Finding[];
  pwned: number;
  uncaught: string[];
  state: string;
  ms: number;
}

async function settle(el: TwinElement, deadline: number): Promise<void> {
  for (;;) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    if (root.childElementCount > 0 && !root.querySelector('[part~="loading"], [aria-busy="true"]')) return;
    if (performance.now() > deadline) throw new Error(`${el.localName} did not settle within ${SETTLE_MS} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function stateOf(el: TwinElement): string {
  const root = el.shadowRoot!;
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="empty"]')) return 'empty';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  return 'ready';
}

/** Renders `feed` (as the `data` property, or as an inline JSON child) in `view`, opens what it can, inspects. */
export async function renderHostile(feed: unknown, view: View, seed: number, inline = false): Promise<Outcome> {
  clearFeedCache();
  const pwned = armTripwire();
  const host = document.createElement('div');
  host.style.width = `${view.width ?? 1000}px`;
  host.lang = LANGS[seed % LANGS.length]!;
  document.body.append(host);
  const started = performance.now();
  try {
    const {value, uncaught} = await catchingUncaught(async () => {
      const el = document.createElement(view.tag) as TwinElement;
      for (const [k, v] of Object.entries(view.attrs ?? {})) el.setAttribute(k, v);
      if (inline) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(feed);
        el.append(script);
      } else {
        el.data = feed as TwinElement['data'];
      }
      host.append(el);
      const deadline = started + SETTLE_MS;
      await settle(el, deadline);
      await view.open?.(el.shadowRoot!);
      await settle(el, deadline);
      // Whatever a payload would have triggered (an image error, a handler) has had its turn by now.
      await new Promise((r) => setTimeout(r, 20));
      return {state: stateOf(el), findings: [...inspect(el.shadowRoot!, view.name), ...inspect(host, 'host')]};
    });
    return {findings: value.findings, pwned: pwned(), uncaught, state: value.state, ms: performance.now() - started};
  } finally {
    host.remove();
  }
}
