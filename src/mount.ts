/**
 * The sanitizer-proof form (CDN file only). A CMS that strips unknown tags keeps a plain `div` with a
 * class and `data-*` attributes (WordPress's KSES for an author, DOMPurify):
 *
 *   <div class="twinning-kit" data-element="event-calendar" data-src="/feeds/k.json" data-lang="ru">
 *     <a href="/feeds/k.json">…</a>
 *   </div>
 *
 * Each such div, on the page now or added later, gets the element inside: `data-element` names it
 * (`event-calendar`, `partner-map`, `delegation-list`, `report-summary`, with or without `twin-`), every
 * attribute `X` the element observes (and `lang`) is taken from `data-X` (never an `on…` handler or anything
 * it does not know), and the div's children become its fallback. The feed address is checked by the
 * element itself (http(s) only). An unknown name leaves the fallback and says so in the page's language.
 */
import {closestLang, uiLocaleFor} from './core/locale.js';

const ELEMENTS = ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'];
const SELECTOR = 'div.twinning-kit[data-element]';

/** "Unknown widget" in the five languages; the names it knows follow. */
const UNKNOWN = {
  en: 'Unknown widget',
  ru: 'Неизвестный виджет',
  ja: '不明なウィジェット',
  ko: '알 수 없는 위젯',
  'zh-Hans': '未知的组件',
};

const done = new WeakSet<Element>();

function mount(div: HTMLElement): void {
  if (done.has(div)) return;
  done.add(div);
  const name = div.dataset['element']!.trim()
    .toLowerCase()
    .replace(/^twin-/, '');
  const Element = ELEMENTS.includes(name) && customElements.get(`twin-${name}`);
  if (!Element) {
    const p = document.createElement('p');
    p.role = 'note';
    p.textContent = `${UNKNOWN[uiLocaleFor(div.dataset['lang'] || closestLang(div))]} «${name}»: ${ELEMENTS.join(', ')}`;
    div.append(p);
    return;
  }
  const el = new Element();
  for (const a of ['lang', ...((Element as unknown as {observedAttributes: string[]}).observedAttributes ?? [])]) {
    const value = div.getAttribute(`data-${a}`);
    if (value !== null) el.setAttribute(a, value);
  }
  el.append(...div.childNodes);
  div.append(el);
}

/** Mounts every div of the sanitizer-proof form at or under `root` (the document, or an added node). */
function mountAll(root: Document | Element): void {
  if (root instanceof HTMLDivElement && root.matches(SELECTOR)) mount(root);
  root.querySelectorAll<HTMLElement>(SELECTOR).forEach(mount);
}

if (typeof document !== 'undefined') {
  mountAll(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) mountAll(n);
  }).observe(document, {childList: true, subtree: true});
}
