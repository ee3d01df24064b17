/**
 * The base of the browser tests' page objects: a person's view of one kit element. It mounts the element
 * (a fixture in a container of a given width, with `src`, `data`, `lang` and other attributes), waits
 * ONCE, the same way for every element, until it has loaded (`settle`), and queries its shadow DOM.
 * Each element has its own subclass (calendar-object.ts, map-object.ts, delegation-list-object.ts,
 * report-summary-object.ts) with what a person sees and presses in that element.
 *
 * Loaded means: the element has rendered and nothing in it is busy (`aria-busy="true"`). That is the
 * state the kit shows, whatever brought it there: `ready` (its data), `error`, `unconfigured`; the
 * loading state (and `idle`, before a widget far below the fold comes near) is the one with
 * `aria-busy`, and so is the delegation list while a search waits for its code. Unlike the `twin-load`
 * and `twin-error` events, it cannot be missed by a test that starts waiting after the element loaded
 * (a `data` property loads within microtasks).
 */
import {fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';

/** Two animation frames: what the last render asked for is on screen. */
export const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** A pause of `ms` milliseconds. */
export const pause = (ms: number): Promise<unknown> => new Promise((r) => setTimeout(r, ms));

/** An element's text as a reader gets it: white space collapsed, trimmed. */
export const squash = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What to mount: attributes (`lang`, `src` and any other; `''` for a boolean one) and/or a `data` property. */
export interface MountOptions {
  lang?: string;
  src?: string;
  data?: unknown;
  attrs?: Record<string, string>;
  /** The container's width in CSS pixels. */
  width?: number;
}

/** Creates `<tag>` with `options` in a container of the given width; the element, not yet settled. */
export async function mountElement<E extends HTMLElement>(tag: string, options: MountOptions = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  if (options.lang !== undefined) el.setAttribute('lang', options.lang);
  if (options.data !== undefined) (el as unknown as {data: unknown}).data = options.data;
  else if (options.src !== undefined) el.setAttribute('src', options.src);
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  await fixture(html`<div style=${`width: ${options.width ?? 1000}px`}>${el}</div>`);
  return el;
}

/** Attributes written as in HTML (`view="list" compact`) → a record (`{view: 'list', compact: ''}`). */
export function parseAttrs(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) out[name!] = value ?? '';
  return out;
}

/** Whether `el` has rendered and nothing in it is busy (see the top of this file). */
export function isSettled(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && root.childElementCount > 0 && !root.querySelector('[aria-busy="true"]');
}

/**
 * Waits until `el` has loaded (see the top of this file), then for two frames and the render they ask
 * for. A widget still loading out of sight is scrolled into view once, as a reader would come to it: far
 * below the fold, a widget waits until it comes near the viewport (src/core/controllers/near-viewport.ts).
 * One in sight is left where it is (a test measuring positions finds the page as it was).
 */
export async function settle(el: Element, timeout = 10_000): Promise<void> {
  const lit = el as Partial<Pick<LitElement, 'updateComplete'>>;
  const end = Date.now() + timeout;
  let scrolled = false;
  for (;;) {
    await lit.updateComplete;
    if (isSettled(el)) {
      await frame();
      await lit.updateComplete;
      return;
    }
    if (!scrolled) {
      scrolled = true;
      const box = el.getBoundingClientRect();
      if (box.top >= innerHeight || box.bottom <= 0) el.scrollIntoView();
    }
    if (Date.now() > end) throw new Error(`<${el.localName}> is still loading after ${timeout} ms`);
    await pause(20);
  }
}

/** A person's view of one kit element: its shadow DOM, read as text. */
export class ElementObject<E extends LitElement = LitElement> {
  constructor(readonly el: E) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  /** The first match of `selector` in the shadow root (or in `from`). */
  $<T extends Element = HTMLElement>(selector: string, from: ParentNode = this.root): T | null {
    return from.querySelector<T>(selector);
  }
  /** Every match of `selector` in the shadow root (or in `from`). */
  $$<T extends Element = HTMLElement>(selector: string, from: ParentNode = this.root): T[] {
    return [...from.querySelectorAll<T>(selector)];
  }
  /** An element's text, white space collapsed. */
  text(el: Element | null | undefined): string {
    return squash(el);
  }
  /** The text of the CSS part `name` (`[part~=name]`), '' when there is none. */
  partText(name: string): string {
    return squash(this.$(`[part~="${name}"]`));
  }
  /** The element in focus inside the shadow root. */
  get focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }
  /** Waits until the element has loaded: see `settle` above. */
  settle(): Promise<void> {
    return settle(this.el);
  }
  /** Lets the renders the last action asked for happen. */
  async rendered(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.el.updateComplete;
  }
}
