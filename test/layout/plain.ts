/**
 * A plain page (no styles: the browser's body margin of 8 px) with one kit element on it, for the layout
 * check (test/node/layout.test.ts) and the screenshots (scripts/screenshots.mjs), driven from Node through
 * `window.twinLayout`. `?font=sans` sets the page in a system sans-serif stack, as a city's site would be.
 */
import '../../src/twinning-kit.js';
import {checkLayout, type LayoutFailure} from './layout-rules.js';

if (new URLSearchParams(location.search).get('font') === 'sans') {
  const style = document.createElement('style');
  style.textContent = `body {font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif}
:lang(zh) {font-family: system-ui, 'Noto Sans CJK SC', sans-serif}
:lang(ja) {font-family: system-ui, 'Noto Sans CJK JP', sans-serif}
:lang(ko) {font-family: system-ui, 'Noto Sans CJK KR', sans-serif}`;
  document.head.append(style);
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Twin extends HTMLElement {
  updateComplete: Promise<unknown>;
  uiLocale?: string;
}

let el: Twin | undefined;

/** What the element shows, roughly: changes while it still loads, re-lays out or animates. */
function signature(e: Twin): string {
  const b = e.getBoundingClientRect();
  const root = e.shadowRoot;
  const parts = [b.width, b.height, root?.querySelectorAll('*').length ?? 0];
  // The first and last few boxes in the element: a map still fitting its view moves them.
  const all = root ? [...root.querySelectorAll('*')] : [];
  for (const x of [...all.slice(0, 20), ...all.slice(-20)]) {
    const r = x.getBoundingClientRect();
    parts.push(Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height));
  }
  return `${parts.join(',')}|${root?.textContent?.length ?? 0}`;
}

/** Waits until the element has loaded and drawn, and what it shows is still (three looks 100 ms apart). */
async function settled(e: Twin, timeout = 8_000): Promise<void> {
  const end = Date.now() + timeout;
  let last = '';
  let same = 0;
  while (Date.now() < end) {
    await e.updateComplete;
    await frame();
    const root = e.shadowRoot;
    const busy = !root || root.childElementCount === 0 || !!root.querySelector('[aria-busy="true"]');
    const sig = signature(e);
    if (!busy && sig === last) {
      if (++same >= 2) return;
    } else same = 0;
    last = sig;
    await pause(100);
  }
  throw new Error(`<${e.localName}> did not settle within ${timeout} ms`);
}

const api = {
  /** Puts `<tag src=…>` alone on the page (replacing the last one) and waits until it has drawn. */
  async mount(tag: string, src: string, lang: string, theme: string, attrs: Record<string, string> = {}) {
    el?.remove();
    scrollTo(0, 0);
    el = document.createElement(tag) as Twin;
    el.setAttribute('lang', lang);
    el.setAttribute('theme', theme);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('src', src);
    document.body.append(el);
    await settled(el);
  },
  /** Sets the element's language and theme and waits until it has drawn them. */
  async set(lang: string, theme: string) {
    if (!el) throw new Error('nothing mounted');
    scrollTo(0, 0);
    el.setAttribute('lang', lang);
    el.setAttribute('theme', theme);
    await settled(el);
  },
  /** The layout rules the element breaks as it is now. */
  check(dark: boolean): LayoutFailure[] {
    if (!el) throw new Error('nothing mounted');
    return checkLayout(el, dark);
  },
  /** The element's box in the page (for a screenshot), with the page's size. */
  box() {
    const b = el!.getBoundingClientRect();
    return {
      x: b.left + scrollX,
      y: b.top + scrollY,
      width: b.width,
      height: b.height,
      page: document.documentElement.scrollHeight,
    };
  },
};

declare global {
  interface Window {
    twinLayout: typeof api;
  }
}
window.twinLayout = api;
