/**
 * The embed page (embed.html): one widget, named by the page's query, filling the iframe, and the
 * iframe's height told to the parent page as soon as it changes, in the frame the change is drawn:
 * - WordPress: `{secret, message: 'height', value}` with the secret of the address's `#?secret=…`, and
 *   again when the parent says `{message: 'ready', secret}` (wp-embed.js does, once it has loaded);
 * - any page: `{type: 'twin-embed-height', height}`, which embed-resize.js applies.
 * The height is the widget's, or, while a dialog is open (it lives in the top layer and does not grow
 * the document), enough to show that dialog whole. A bad query shows a message in the asked language
 * and loads nothing.
 *
 *   embed.html?element=event-calendar&src=/feeds/k.json&lang=ru&partner=niigata&view=list&theme=dark
 *   (also heading-level, date; sort for the delegation list, compact=1 for the report)
 */
import {UI_LOCALES, type UiLocale} from '../core/locale.js';
import {EMBED_ATTRIBUTES, embedKind, usableSrc} from './snippet.js';
import {EMBED_WORDS} from './words.js';

/** Beside this file, wherever it is hosted. */
const KIT_FILE = './twinning-kit.js';
/** Room above and below an open dialog, in px (its max-height below leaves the same). */
const DIALOG_ROOM = 32;

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  html, body { margin: 0; padding: 0; background: transparent; }
  body { font: 1rem/1.45 system-ui, sans-serif; }
  body > * { display: block; }
  ::part(dialog) { max-height: calc(100vh - ${DIALOG_ROOM}px); margin-top: var(--twin-embed-dialog-top, auto); }
  .problem { color-scheme: light dark; margin: 0; padding: 0.75em 1em; border-radius: 0.375em;
    color: light-dark(#1d2430, #e8ebf0); background: light-dark(#fff6d6, #3a3117);
    border: 1px solid light-dark(#c9a227, #7a6420); overflow-wrap: anywhere; }
  .problem[data-theme='light'] { color-scheme: light; }
  .problem[data-theme='dark'] { color-scheme: dark; }
  .problem p { margin: 0; }
  .problem p + p { margin-top: 0.5em; font-size: 0.9em; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const query = new URLSearchParams(location.search);
const secret = /(?:^#\?|&)secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];

/** One of the kit's languages for a tag, or undefined. */
function uiLocale(tag: string | null | undefined): UiLocale | undefined {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'zh') return 'zh-Hans';
  return UI_LOCALES.find((l) => l === base);
}
const validTag = (tag: string | null): tag is string => {
  try {
    return !!tag && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
const askedLang = query.get('lang');
const locale = uiLocale(askedLang) ?? uiLocale(navigator.language) ?? 'en';
const words = EMBED_WORDS[locale];
document.documentElement.lang = validTag(askedLang) ? askedLang : locale;

function problem(...lines: string[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  box.dataset['theme'] = query.get('theme') ?? '';
  for (const line of lines) box.append(Object.assign(document.createElement('p'), {textContent: line}));
  return box;
}

/** A dialog's height with all its content, unclipped. */
const natural = (d: HTMLElement): number => d.offsetHeight + d.scrollHeight - d.clientHeight;

/**
 * A dialog opens where the reader last pointed or focused: in an iframe taller than the screen, a
 * centred dialog may be far from it (the iframe cannot see the parent's scroll), and the browser would
 * scroll the parent page away to it. Set before the click or key opens it, so it opens there.
 */
/** `y`: in the viewport, as the dialog (fixed in the top layer) is placed. */
function aim(y: number): void {
  if (parent === window || !shown) return;
  const top = `${Math.round(Math.max(DIALOG_ROOM / 2, y - 160))}px`;
  if (shown.style.getPropertyValue('--twin-embed-dialog-top') !== top)
    shown.style.setProperty('--twin-embed-dialog-top', top);
}
addEventListener('pointerdown', (e) => aim(e.clientY), true);
addEventListener(
  'keydown',
  () => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (a && a !== document.body) aim(a.getBoundingClientRect().top);
  },
  true,
);

// The height, and when it is sent.
let shown: HTMLElement | undefined;
const dialogs = new Set<HTMLDialogElement>();
let sent = -1;
function height(): number {
  let h = (shown?.getBoundingClientRect().bottom ?? 0) + scrollY;
  for (const d of dialogs) {
    const top = parseFloat(getComputedStyle(d).marginTop) || DIALOG_ROOM / 2;
    h = Math.max(h, top + natural(d) + DIALOG_ROOM / 2);
  }
  return Math.ceil(h);
}
function report(always = false): void {
  if (parent === window) return;
  const h = height();
  if (h === sent && !always) return;
  sent = h;
  parent.postMessage({type: 'twin-embed-height', height: h}, '*');
  if (secret) parent.postMessage({secret, message: 'height', value: h}, '*');
}
// A ResizeObserver calls back after layout and before paint: the message leaves in the frame that changed.
const resized = new ResizeObserver(() => report());

function show(el: HTMLElement): void {
  if (shown) resized.unobserve(shown);
  shown?.replaceWith(el);
  if (!el.isConnected) document.body.append(el);
  shown = el;
  resized.observe(el);
}

/** A modal dialog opening or closing inside the widget changes the height needed at once. */
function watchDialogs(root: ShadowRoot): void {
  new MutationObserver(() => {
    for (const d of root.querySelectorAll('dialog')) {
      if (d.open && !dialogs.has(d)) resized.observe(d);
      if (!d.open && dialogs.delete(d)) resized.unobserve(d);
      if (d.open) dialogs.add(d);
    }
    report();
  }).observe(root, {subtree: true, attributes: true, attributeFilter: ['open']});
}

function widget(): HTMLElement {
  const kind = embedKind(query.get('element'));
  const src = query.get('src')?.trim() ?? '';
  if (!kind) return problem(words.unknownElement(query.get('element') ?? ''), words.example);
  if (!src) return problem(words.noSrc, words.example);
  if (!usableSrc(src)) return problem(words.badSrc(src), words.example);
  document.title = `${words.kinds[kind]} — ${words.suffix}`;
  const el = document.createElement(`twin-${kind}`);
  el.setAttribute('src', src);
  for (const name of EMBED_ATTRIBUTES) {
    const value = query.get(name)?.trim();
    // `compact` is a switch: `compact=0` or `compact=false` leaves it off.
    if (value && !(name === 'compact' && /^(0|false)$/.test(value))) el.setAttribute(name, value);
  }
  import(/* @vite-ignore */ new URL(KIT_FILE, import.meta.url).href).then(
    () => customElements.whenDefined(el.localName).then(() => el.shadowRoot && watchDialogs(el.shadowRoot)),
    () => {
      show(problem(words.noKit));
      speak();
    },
  );
  return el;
}

// A hidden iframe gets no frames, so no ResizeObserver callback: WordPress keeps its embed hidden until the
// page first speaks. So the height also leaves once the widget has loaded or failed, or at once for a problem.
const speak = () => void setTimeout(() => report(true), 50);
addEventListener('twin-load', speak);
addEventListener('twin-error', speak);
show(widget());
if (shown?.className === 'problem') speak();

addEventListener('message', (e: MessageEvent<{message?: unknown; secret?: unknown} | null>) => {
  if (secret && e.source === parent && e.data?.message === 'ready' && e.data.secret === secret) report(true);
});
