/**
 * The in-page half of test/node/lifecycle.test.ts, bundled by esbuild into an init script that runs
 * before any script of the page (so before the kit). It counts, from the page's own side:
 *
 * - live event listeners on `window`, `document` and `<html>` (wrapping `EventTarget.prototype`'s
 *   `addEventListener` / `removeEventListener`, with the browser's rules: one listener per type, callback
 *   and capture; an aborted `signal` removes it; a `once` listener that fired would still be counted,
 *   which the DevTools cross-check in Chromium would show: the kit has none on these targets);
 * - live `MutationObserver`s observing the document, and `ResizeObserver`s with an observed element
 *   (held here while observed: an observer the kit forgot to disconnect keeps its element alive, which
 *   the heap and instance checks see too);
 * - pending timers, animation frames and idle callbacks (each with its delay, to say which is left);
 * - the kit's fetches of the slow route: started, aborted (rejected with an `AbortError`), settled;
 *
 * and runs the mount / unmount cycles, many per `page.evaluate`. Nothing here keeps a reference to an
 * element once its cycle is over. Works in Chromium and Firefox (no DevTools protocol here).
 */

import {cycleKind, type BatchResult} from './lifecycle-plan.js';

const LANGS = ['en', 'ru', 'ja', 'zh-Hans', 'ko'];
/** Per element: the attributes of data cycle `i`, and what its shadow root shows once rendered. */
type Variant = {attrs: Record<string, string>; shows: string};
const VARIANTS: Record<string, (i: number) => Variant> = {
  'twin-event-calendar': (i) => {
    const view = ['month', 'list', 'year'][i % 3]!;
    return {
      attrs: {view, date: '2021-07'},
      shows: {month: '[role="grid"] td', list: '[role="listbox"] [role="option"]', year: '.months li'}[view]!,
    };
  },
  'twin-partner-map': (i): Variant =>
    i % 4 === 0
      ? {attrs: {view: 'list'}, shows: 'table tbody tr'}
      : {attrs: i % 5 === 1 ? {partner: 'niigata'} : {}, shows: '.frame .marker'},
  'twin-delegation-list': (i) => ({attrs: {sort: ['date', '-date', 'city', 'country'][i % 4]!}, shows: 'table tr.row'}),
  'twin-report-summary': (i): Variant => ({attrs: i % 3 === 0 ? {compact: ''} : {}, shows: '.figures'}),
};

/** The browser's timer functions (not Node's, whose types @types/node mixes in). */
type SetTimer = (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
type ClearTimer = (id?: number) => void;
const timers = window as unknown as {setTimeout: SetTimer; clearTimeout: ClearTimer};

const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
  setTimeout: timers.setTimeout.bind(window),
  clearTimeout: timers.clearTimeout.bind(window),
  requestAnimationFrame: window.requestAnimationFrame,
  cancelAnimationFrame: window.cancelAnimationFrame,
  requestIdleCallback: window.requestIdleCallback as typeof window.requestIdleCallback | undefined,
  cancelIdleCallback: window.cancelIdleCallback as typeof window.cancelIdleCallback | undefined,
  fetch: window.fetch,
  observe: MutationObserver.prototype.observe,
  disconnect: MutationObserver.prototype.disconnect,
  roObserve: ResizeObserver.prototype.observe,
  roUnobserve: ResizeObserver.prototype.unobserve,
  roDisconnect: ResizeObserver.prototype.disconnect,
};

// ---- listeners on window, document and <html> -------------------------------------------------

/** Per watched target: `type|capture` → the callbacks. */
const live = new Map<EventTarget, Map<string, Set<unknown>>>();

function targetName(t: EventTarget): string | undefined {
  if (t === window) return 'window';
  if (t === document) return 'document';
  if (document.documentElement && t === document.documentElement) return 'html';
  return undefined;
}

const capture = (options: boolean | EventListenerOptions | undefined) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

EventTarget.prototype.addEventListener = function (
  this: EventTarget | undefined,
  type: string,
  callback: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  // A bare `addEventListener(...)` in a module is called with no `this`: the browser takes the window.
  const target = this ?? window;
  original.add.call(target, type, callback, options);
  if (!callback || !targetName(target)) return;
  const signal = typeof options === 'object' ? options.signal : undefined;
  if (signal?.aborted) return;
  const key = `${type}|${capture(options)}`;
  let byKey = live.get(target);
  if (!byKey) live.set(target, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set()));
  set.add(callback);
  if (signal) original.add.call(signal, 'abort', () => set.delete(callback), {once: true});
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget | undefined,
  type: string,
  callback: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  const target = this ?? window;
  original.remove.call(target, type, callback, options);
  live
    .get(target)
    ?.get(`${type}|${capture(options)}`)
    ?.delete(callback);
};

// ---- observers ----------------------------------------------------------------------------------

const documentObservers = new Set<MutationObserver>();
MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
  original.observe.call(this, target, options);
  if (target.getRootNode() === document) documentObservers.add(this);
};
MutationObserver.prototype.disconnect = function (this: MutationObserver) {
  original.disconnect.call(this);
  documentObservers.delete(this);
};

const resizeTargets = new Map<ResizeObserver, Set<Element>>();
ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
  original.roObserve.call(this, target, options);
  let set = resizeTargets.get(this);
  if (!set) resizeTargets.set(this, (set = new Set()));
  set.add(target);
};
ResizeObserver.prototype.unobserve = function (this: ResizeObserver, target: Element) {
  original.roUnobserve.call(this, target);
  const set = resizeTargets.get(this);
  set?.delete(target);
  if (set?.size === 0) resizeTargets.delete(this);
};
ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
  original.roDisconnect.call(this);
  resizeTargets.delete(this);
};

// ---- timers, frames, idle callbacks -------------------------------------------------------------

const pending = new Map<string, string>();

timers.setTimeout = function (handler, ms, ...args) {
  if (typeof handler !== 'function') return original.setTimeout(handler, ms, ...args);
  const id = original.setTimeout(
    (...a: unknown[]) => {
      pending.delete(`t${id}`);
      (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  pending.set(`t${id}`, `timeout ${ms ?? 0}`);
  return id;
};
timers.clearTimeout = function (id) {
  original.clearTimeout(id);
  pending.delete(`t${id}`);
};
window.requestAnimationFrame = function (callback: FrameRequestCallback) {
  const id = original.requestAnimationFrame.call(window, (now) => {
    pending.delete(`f${id}`);
    callback(now);
  });
  pending.set(`f${id}`, 'frame');
  return id;
};
window.cancelAnimationFrame = function (id: number) {
  original.cancelAnimationFrame.call(window, id);
  pending.delete(`f${id}`);
};
if (original.requestIdleCallback && original.cancelIdleCallback) {
  const request = original.requestIdleCallback;
  const cancel = original.cancelIdleCallback;
  window.requestIdleCallback = function (callback: IdleRequestCallback, options?: IdleRequestOptions) {
    const id = request.call(
      window,
      (deadline) => {
        pending.delete(`i${id}`);
        callback(deadline);
      },
      options,
    );
    pending.set(`i${id}`, 'idle');
    return id;
  };
  window.cancelIdleCallback = function (id: number) {
    cancel.call(window, id);
    pending.delete(`i${id}`);
  };
}

// ---- the kit's fetches of the slow route --------------------------------------------------------

const slowFetches = {started: 0, aborted: 0, settled: 0, failed: 0};
window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
  const p = original.fetch.call(window, input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('/slow?')) {
    slowFetches.started++;
    p.then(
      () => slowFetches.settled++,
      (err: unknown) =>
        err instanceof DOMException && err.name === 'AbortError' ? slowFetches.aborted++ : slowFetches.failed++,
    );
  }
  return p;
};

// ---- the cycles ---------------------------------------------------------------------------------

let feed: unknown;
let quickOrigin = '';

/** Resolves on the element's `twin-load`, rejects on `twin-error` or after `ms` (a stuck element); leaves no listener. */
function loaded(el: Element, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Event): void => {
      original.clearTimeout(timer);
      el.removeEventListener('twin-load', done);
      el.removeEventListener('twin-error', done);
      if (e?.type === 'twin-load') resolve();
      else
        reject(
          new Error(e ? `twin-error ${JSON.stringify((e as CustomEvent).detail)}` : `no twin-load within ${ms} ms`),
        );
    };
    const timer = original.setTimeout(() => done(), ms);
    el.addEventListener('twin-load', done);
    el.addEventListener('twin-error', done);
  });
}

interface KitElement extends HTMLElement {
  data: unknown;
  src: string;
  updateComplete: Promise<boolean>;
}

function liveListeners(): number {
  let n = 0;
  for (const byKey of live.values()) for (const set of byKey.values()) n += set.size;
  return n;
}

function notePeak(result: BatchResult): void {
  const p = result.peak;
  p.listeners = Math.max(p.listeners, liveListeners());
  p.documentObservers = Math.max(p.documentObservers, documentObservers.size);
  p.resizeObservers = Math.max(p.resizeObservers, resizeTargets.size);
}

async function cycle(tag: string, i: number, prefix: string, result: BatchResult): Promise<void> {
  const stage = document.getElementById('stage')!;
  const el = document.createElement(tag) as KitElement;
  el.lang = LANGS[i % LANGS.length]!;
  const kind = cycleKind(i);
  if (kind === 'data') {
    const {attrs, shows} = VARIANTS[tag]!(i);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = feed;
    const done = loaded(el, 10_000);
    stage.append(el);
    await done;
    await el.updateComplete;
    notePeak(result);
    const root = el.shadowRoot;
    if (root?.querySelector(shows) && !root.querySelector('[aria-busy="true"], [role="alert"], [part~="empty"]'))
      result.rendered++;
    else result.failures.push(`${tag} #${i}: ${shows} not rendered`);
    el.remove();
  } else if (kind === 'slow') {
    const id = `${prefix}-${i}`;
    el.src = `/slow?id=${id}`;
    stage.append(el);
    await el.updateComplete;
    notePeak(result);
    if (el.shadowRoot?.querySelector('[aria-busy="true"]')) result.loading++;
    else result.failures.push(`${tag} #${i}: no loading state`);
    // Removed only once the server holds the request: the abort must reach it.
    const seen = await original.fetch.call(window, `/seen?id=${id}`);
    if (!seen.ok) result.failures.push(`${tag} #${i}: the server did not get the request`);
    el.remove();
  } else {
    el.src = `${quickOrigin}/slow?id=${prefix}-${i}`;
    const fetched = slowFetches.started;
    stage.append(el);
    el.remove();
    await el.updateComplete;
    result.quick++;
    if (slowFetches.started > fetched) result.quickFetched++;
  }
}

window.__lifecycle = {
  async ready(origin) {
    quickOrigin = origin;
    await Promise.all(Object.keys(VARIANTS).map((tag) => customElements.whenDefined(tag)));
    feed = await (await original.fetch.call(window, '/feed.json')).json();
  },
  async cycles(tag, from, count, prefix) {
    const result: BatchResult = {
      rendered: 0,
      loading: 0,
      quick: 0,
      quickFetched: 0,
      peak: {listeners: 0, documentObservers: 0, resizeObservers: 0},
      ms: {data: 0, slow: 0, quick: 0},
      failures: [],
    };
    for (let i = from; i < from + count; i++) {
      const t0 = performance.now();
      try {
        await cycle(tag, i, prefix, result);
        result.ms[cycleKind(i)] += performance.now() - t0;
      } catch (err) {
        result.failures.push(`${tag} #${i}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    document.getElementById('stage')!.replaceChildren();
    return result;
  },
  async mountAll(on) {
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    if (!on) return;
    for (const tag of Object.keys(VARIANTS)) {
      const el = document.createElement(tag) as KitElement;
      el.data = feed;
      const done = loaded(el, 10_000);
      stage.append(el);
      // Below the ones before it, it waits until a reader comes near (deferred loading): scrolled to, as a reader would.
      el.scrollIntoView();
      await done;
      await el.updateComplete;
    }
  },
  snapshot() {
    const listeners: string[] = [];
    for (const [target, byKey] of live) {
      for (const [key, set] of byKey)
        for (let n = 0; n < set.size; n++)
          listeners.push(
            `${targetName(target) ?? '?'}:${key.replace(/\|true$/, ' (capture)').replace(/\|false$/, '')}`,
          );
    }
    return {
      listeners: listeners.sort(),
      documentObservers: documentObservers.size,
      resizeObservers: resizeTargets.size,
      pending: [...pending.values()].sort(),
      slowFetches: {...slowFetches},
    };
  },
};
